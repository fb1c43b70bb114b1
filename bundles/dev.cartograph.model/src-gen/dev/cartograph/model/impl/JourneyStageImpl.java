/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.UseCase;

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
 * An implementation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.JourneyStageImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.JourneyStageImpl#getJourney <em>Journey</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.JourneyStageImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.JourneyStageImpl#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.JourneyStageImpl#getUseCases <em>Use Cases</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyStageImpl extends NamedElementImpl implements JourneyStage {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final StageKind KIND_EDEFAULT = StageKind.DISCOVERY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected StageKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

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
	protected JourneyStageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.JOURNEY_STAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StageKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(StageKind newKind) {
		StageKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.JOURNEY_STAGE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerJourney getJourney() {
		if (eContainerFeatureID() != CartographPackage.JOURNEY_STAGE__JOURNEY) return null;
		return (CustomerJourney)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, CartographPackage.JOURNEY_STAGE__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Friction> getFrictions() {
		if (frictions == null) {
			frictions = new EObjectContainmentEList<Friction>(Friction.class, this, CartographPackage.JOURNEY_STAGE__FRICTIONS);
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
			useCases = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.JOURNEY_STAGE__USE_CASES, CartographPackage.USE_CASE__STAGES);
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
			case CartographPackage.JOURNEY_STAGE__JOURNEY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return eBasicSetContainer(otherEnd, CartographPackage.JOURNEY_STAGE__JOURNEY, msgs);
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
			case CartographPackage.JOURNEY_STAGE__JOURNEY:
				return eBasicSetContainer(null, CartographPackage.JOURNEY_STAGE__JOURNEY, msgs);
			case CartographPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case CartographPackage.JOURNEY_STAGE__FRICTIONS:
				return ((InternalEList<?>)getFrictions()).basicRemove(otherEnd, msgs);
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
			case CartographPackage.JOURNEY_STAGE__JOURNEY:
				return eInternalContainer().eInverseRemove(this, CartographPackage.CUSTOMER_JOURNEY__STAGES, CustomerJourney.class, msgs);
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
			case CartographPackage.JOURNEY_STAGE__KIND:
				return getKind();
			case CartographPackage.JOURNEY_STAGE__JOURNEY:
				return getJourney();
			case CartographPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return getTouchpoints();
			case CartographPackage.JOURNEY_STAGE__FRICTIONS:
				return getFrictions();
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
			case CartographPackage.JOURNEY_STAGE__KIND:
				setKind((StageKind)newValue);
				return;
			case CartographPackage.JOURNEY_STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CartographPackage.JOURNEY_STAGE__FRICTIONS:
				getFrictions().clear();
				getFrictions().addAll((Collection<? extends Friction>)newValue);
				return;
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
			case CartographPackage.JOURNEY_STAGE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CartographPackage.JOURNEY_STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case CartographPackage.JOURNEY_STAGE__FRICTIONS:
				getFrictions().clear();
				return;
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
			case CartographPackage.JOURNEY_STAGE__KIND:
				return kind != KIND_EDEFAULT;
			case CartographPackage.JOURNEY_STAGE__JOURNEY:
				return getJourney() != null;
			case CartographPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case CartographPackage.JOURNEY_STAGE__FRICTIONS:
				return frictions != null && !frictions.isEmpty();
			case CartographPackage.JOURNEY_STAGE__USE_CASES:
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //JourneyStageImpl
