/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Period;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getOwningUnit <em>Owning Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WorkflowImpl#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkflowImpl extends NamedElementImpl implements Workflow {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final Scope SCOPE_EDEFAULT = Scope.INTERNAL;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Scope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final WorkflowCategory CATEGORY_EDEFAULT = WorkflowCategory.HIGH_VOLUME_REPETITIVE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected WorkflowCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningUnit() <em>Owning Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningUnit() <em>Owning Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningUnit = OWNING_UNIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit unit;

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
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final Period PERIOD_EDEFAULT = Period.MONTH;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected Period period = PERIOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowStep> steps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.WORKFLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		Scope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(WorkflowCategory newCategory) {
		WorkflowCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningUnit() {
		return owningUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningUnit(String newOwningUnit) {
		String oldOwningUnit = owningUnit;
		owningUnit = newOwningUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__OWNING_UNIT, oldOwningUnit, owningUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (OrganisationUnit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CartographPackage.WORKFLOW__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(OrganisationUnit newUnit) {
		OrganisationUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__VOLUME, oldVolume, volume, !oldVolumeESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.WORKFLOW__VOLUME, oldVolume, VOLUME_EDEFAULT, oldVolumeESet));
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
	public Period getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(Period newPeriod) {
		Period oldPeriod = period;
		period = newPeriod == null ? PERIOD_EDEFAULT : newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WORKFLOW__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentWithInverseEList<WorkflowStep>(WorkflowStep.class, this, CartographPackage.WORKFLOW__STEPS, CartographPackage.WORKFLOW_STEP__WORKFLOW);
		}
		return steps;
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
			case CartographPackage.WORKFLOW__STEPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSteps()).basicAdd(otherEnd, msgs);
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
			case CartographPackage.WORKFLOW__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.WORKFLOW__SCOPE:
				return getScope();
			case CartographPackage.WORKFLOW__CATEGORY:
				return getCategory();
			case CartographPackage.WORKFLOW__OWNING_UNIT:
				return getOwningUnit();
			case CartographPackage.WORKFLOW__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case CartographPackage.WORKFLOW__VOLUME:
				return getVolume();
			case CartographPackage.WORKFLOW__PERIOD:
				return getPeriod();
			case CartographPackage.WORKFLOW__STEPS:
				return getSteps();
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
			case CartographPackage.WORKFLOW__SCOPE:
				setScope((Scope)newValue);
				return;
			case CartographPackage.WORKFLOW__CATEGORY:
				setCategory((WorkflowCategory)newValue);
				return;
			case CartographPackage.WORKFLOW__OWNING_UNIT:
				setOwningUnit((String)newValue);
				return;
			case CartographPackage.WORKFLOW__UNIT:
				setUnit((OrganisationUnit)newValue);
				return;
			case CartographPackage.WORKFLOW__VOLUME:
				setVolume((Double)newValue);
				return;
			case CartographPackage.WORKFLOW__PERIOD:
				setPeriod((Period)newValue);
				return;
			case CartographPackage.WORKFLOW__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends WorkflowStep>)newValue);
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
			case CartographPackage.WORKFLOW__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CartographPackage.WORKFLOW__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CartographPackage.WORKFLOW__OWNING_UNIT:
				setOwningUnit(OWNING_UNIT_EDEFAULT);
				return;
			case CartographPackage.WORKFLOW__UNIT:
				setUnit((OrganisationUnit)null);
				return;
			case CartographPackage.WORKFLOW__VOLUME:
				unsetVolume();
				return;
			case CartographPackage.WORKFLOW__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case CartographPackage.WORKFLOW__STEPS:
				getSteps().clear();
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
			case CartographPackage.WORKFLOW__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case CartographPackage.WORKFLOW__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case CartographPackage.WORKFLOW__OWNING_UNIT:
				return OWNING_UNIT_EDEFAULT == null ? owningUnit != null : !OWNING_UNIT_EDEFAULT.equals(owningUnit);
			case CartographPackage.WORKFLOW__UNIT:
				return unit != null;
			case CartographPackage.WORKFLOW__VOLUME:
				return isSetVolume();
			case CartographPackage.WORKFLOW__PERIOD:
				return period != PERIOD_EDEFAULT;
			case CartographPackage.WORKFLOW__STEPS:
				return steps != null && !steps.isEmpty();
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
		result.append(" (scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", owningUnit: "); //$NON-NLS-1$
		result.append(owningUnit);
		result.append(", volume: "); //$NON-NLS-1$
		if (volumeESet) result.append(volume); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", period: "); //$NON-NLS-1$
		result.append(period);
		result.append(')');
		return result.toString();
	}

} //WorkflowImpl
