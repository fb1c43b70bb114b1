/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Friction;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workflow Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getManualEffort <em>Manual Effort</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getErrorRate <em>Error Rate</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowStepImpl#getUseCases <em>Use Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkflowStepImpl extends NamedElementImpl implements WorkflowStep {
	/**
	 * The default value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected String actor = ACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getManualEffort() <em>Manual Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualEffort()
	 * @generated
	 * @ordered
	 */
	protected static final double MANUAL_EFFORT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getManualEffort() <em>Manual Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManualEffort()
	 * @generated
	 * @ordered
	 */
	protected double manualEffort = MANUAL_EFFORT_EDEFAULT;

	/**
	 * This is true if the Manual Effort attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean manualEffortESet;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected double volume = VOLUME_EDEFAULT;

	/**
	 * This is true if the Volume attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean volumeESet;

	/**
	 * The default value of the '{@link #getErrorRate() <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorRate()
	 * @generated
	 * @ordered
	 */
	protected static final double ERROR_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getErrorRate() <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorRate()
	 * @generated
	 * @ordered
	 */
	protected double errorRate = ERROR_RATE_EDEFAULT;

	/**
	 * This is true if the Error Rate attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean errorRateESet;

	/**
	 * The cached value of the '{@link #getSuccessors() <em>Successors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuccessors()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowStep> successors;

	/**
	 * The cached value of the '{@link #getPredecessors() <em>Predecessors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPredecessors()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowStep> predecessors;

	/**
	 * The cached value of the '{@link #getFrictions() <em>Frictions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrictions()
	 * @generated
	 * @ordered
	 */
	protected EList<Friction> frictions;

	/**
	 * The cached value of the '{@link #getUseCases() <em>Use Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseCases()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> useCases;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.WORKFLOW_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workflow getWorkflow() {
		if (eContainerFeatureID() != CartographPackage.WORKFLOW_STEP__WORKFLOW) return null;
		return (Workflow)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActor() {
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(String newActor) {
		String oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW_STEP__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getManualEffort() {
		return manualEffort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManualEffort(double newManualEffort) {
		double oldManualEffort = manualEffort;
		manualEffort = newManualEffort;
		boolean oldManualEffortESet = manualEffortESet;
		manualEffortESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT, oldManualEffort, manualEffort, !oldManualEffortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetManualEffort() {
		double oldManualEffort = manualEffort;
		boolean oldManualEffortESet = manualEffortESet;
		manualEffort = MANUAL_EFFORT_EDEFAULT;
		manualEffortESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT, oldManualEffort, MANUAL_EFFORT_EDEFAULT, oldManualEffortESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetManualEffort() {
		return manualEffortESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(double newVolume) {
		double oldVolume = volume;
		volume = newVolume;
		boolean oldVolumeESet = volumeESet;
		volumeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW_STEP__VOLUME, oldVolume, volume, !oldVolumeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVolume() {
		double oldVolume = volume;
		boolean oldVolumeESet = volumeESet;
		volume = VOLUME_EDEFAULT;
		volumeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.WORKFLOW_STEP__VOLUME, oldVolume, VOLUME_EDEFAULT, oldVolumeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVolume() {
		return volumeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getErrorRate() {
		return errorRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorRate(double newErrorRate) {
		double oldErrorRate = errorRate;
		errorRate = newErrorRate;
		boolean oldErrorRateESet = errorRateESet;
		errorRateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW_STEP__ERROR_RATE, oldErrorRate, errorRate, !oldErrorRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetErrorRate() {
		double oldErrorRate = errorRate;
		boolean oldErrorRateESet = errorRateESet;
		errorRate = ERROR_RATE_EDEFAULT;
		errorRateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.WORKFLOW_STEP__ERROR_RATE, oldErrorRate, ERROR_RATE_EDEFAULT, oldErrorRateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetErrorRate() {
		return errorRateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowStep> getSuccessors() {
		if (successors == null) {
			successors = new EObjectWithInverseResolvingEList.ManyInverse<WorkflowStep>(WorkflowStep.class, this, CartographPackage.WORKFLOW_STEP__SUCCESSORS, CartographPackage.WORKFLOW_STEP__PREDECESSORS);
		}
		return successors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowStep> getPredecessors() {
		if (predecessors == null) {
			predecessors = new EObjectWithInverseResolvingEList.ManyInverse<WorkflowStep>(WorkflowStep.class, this, CartographPackage.WORKFLOW_STEP__PREDECESSORS, CartographPackage.WORKFLOW_STEP__SUCCESSORS);
		}
		return predecessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Friction> getFrictions() {
		if (frictions == null) {
			frictions = new EObjectContainmentEList<Friction>(Friction.class, this, CartographPackage.WORKFLOW_STEP__FRICTIONS);
		}
		return frictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getUseCases() {
		if (useCases == null) {
			useCases = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.WORKFLOW_STEP__USE_CASES, CartographPackage.USE_CASE__STEPS);
		}
		return useCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__WORKFLOW:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, CartographPackage.WORKFLOW_STEP__WORKFLOW, msgs);
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSuccessors()).basicAdd(otherEnd, msgs);
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPredecessors()).basicAdd(otherEnd, msgs);
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getUseCases()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__WORKFLOW:
				return eBasicSetContainer(null, CartographPackage.WORKFLOW_STEP__WORKFLOW, msgs);
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				return ((InternalEList<?>)getSuccessors()).basicRemove(otherEnd, msgs);
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				return ((InternalEList<?>)getPredecessors()).basicRemove(otherEnd, msgs);
			case CartographPackage.WORKFLOW_STEP__FRICTIONS:
				return ((InternalEList<?>)getFrictions()).basicRemove(otherEnd, msgs);
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				return ((InternalEList<?>)getUseCases()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case CartographPackage.WORKFLOW_STEP__WORKFLOW:
				return eInternalContainer().eInverseRemove(this, CartographPackage.WORKFLOW__STEPS, Workflow.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__WORKFLOW:
				return getWorkflow();
			case CartographPackage.WORKFLOW_STEP__ACTOR:
				return getActor();
			case CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT:
				return getManualEffort();
			case CartographPackage.WORKFLOW_STEP__VOLUME:
				return getVolume();
			case CartographPackage.WORKFLOW_STEP__ERROR_RATE:
				return getErrorRate();
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				return getSuccessors();
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				return getPredecessors();
			case CartographPackage.WORKFLOW_STEP__FRICTIONS:
				return getFrictions();
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				return getUseCases();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__ACTOR:
				setActor((String)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT:
				setManualEffort((Double)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__VOLUME:
				setVolume((Double)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__ERROR_RATE:
				setErrorRate((Double)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				getSuccessors().clear();
				getSuccessors().addAll((Collection<? extends WorkflowStep>)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				getPredecessors().clear();
				getPredecessors().addAll((Collection<? extends WorkflowStep>)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__FRICTIONS:
				getFrictions().clear();
				getFrictions().addAll((Collection<? extends Friction>)newValue);
				return;
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				getUseCases().clear();
				getUseCases().addAll((Collection<? extends UseCase>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__ACTOR:
				setActor(ACTOR_EDEFAULT);
				return;
			case CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT:
				unsetManualEffort();
				return;
			case CartographPackage.WORKFLOW_STEP__VOLUME:
				unsetVolume();
				return;
			case CartographPackage.WORKFLOW_STEP__ERROR_RATE:
				unsetErrorRate();
				return;
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				getSuccessors().clear();
				return;
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				getPredecessors().clear();
				return;
			case CartographPackage.WORKFLOW_STEP__FRICTIONS:
				getFrictions().clear();
				return;
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				getUseCases().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CartographPackage.WORKFLOW_STEP__WORKFLOW:
				return getWorkflow() != null;
			case CartographPackage.WORKFLOW_STEP__ACTOR:
				return ACTOR_EDEFAULT == null ? actor != null : !ACTOR_EDEFAULT.equals(actor);
			case CartographPackage.WORKFLOW_STEP__MANUAL_EFFORT:
				return isSetManualEffort();
			case CartographPackage.WORKFLOW_STEP__VOLUME:
				return isSetVolume();
			case CartographPackage.WORKFLOW_STEP__ERROR_RATE:
				return isSetErrorRate();
			case CartographPackage.WORKFLOW_STEP__SUCCESSORS:
				return successors != null && !successors.isEmpty();
			case CartographPackage.WORKFLOW_STEP__PREDECESSORS:
				return predecessors != null && !predecessors.isEmpty();
			case CartographPackage.WORKFLOW_STEP__FRICTIONS:
				return frictions != null && !frictions.isEmpty();
			case CartographPackage.WORKFLOW_STEP__USE_CASES:
				return useCases != null && !useCases.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (actor: "); //$NON-NLS-1$
		result.append(actor);
		result.append(", manualEffort: "); //$NON-NLS-1$
		if (manualEffortESet) result.append(manualEffort); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", volume: "); //$NON-NLS-1$
		if (volumeESet) result.append(volume); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", errorRate: "); //$NON-NLS-1$
		if (errorRateESet) result.append(errorRate); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //WorkflowStepImpl
