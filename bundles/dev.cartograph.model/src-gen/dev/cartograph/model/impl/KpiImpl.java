/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Kpi;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.KpiImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.KpiImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.KpiImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.KpiImpl#getHorizonMonths <em>Horizon Months</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends NamedElementImpl implements Kpi {
	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected double baseline = BASELINE_EDEFAULT;

	/**
	 * This is true if the Baseline attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean baselineESet;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * This is true if the Target attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean targetESet;

	/**
	 * The default value of the '{@link #getHorizonMonths() <em>Horizon Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int HORIZON_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHorizonMonths() <em>Horizon Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHorizonMonths()
	 * @generated
	 * @ordered
	 */
	protected int horizonMonths = HORIZON_MONTHS_EDEFAULT;

	/**
	 * This is true if the Horizon Months attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean horizonMonthsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.KPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.KPI__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(double newBaseline) {
		double oldBaseline = baseline;
		baseline = newBaseline;
		boolean oldBaselineESet = baselineESet;
		baselineESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.KPI__BASELINE, oldBaseline, baseline, !oldBaselineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBaseline() {
		double oldBaseline = baseline;
		boolean oldBaselineESet = baselineESet;
		baseline = BASELINE_EDEFAULT;
		baselineESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.KPI__BASELINE, oldBaseline, BASELINE_EDEFAULT, oldBaselineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBaseline() {
		return baselineESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		boolean oldTargetESet = targetESet;
		targetESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.KPI__TARGET, oldTarget, target, !oldTargetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTarget() {
		double oldTarget = target;
		boolean oldTargetESet = targetESet;
		target = TARGET_EDEFAULT;
		targetESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.KPI__TARGET, oldTarget, TARGET_EDEFAULT, oldTargetESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTarget() {
		return targetESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHorizonMonths() {
		return horizonMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizonMonths(int newHorizonMonths) {
		int oldHorizonMonths = horizonMonths;
		horizonMonths = newHorizonMonths;
		boolean oldHorizonMonthsESet = horizonMonthsESet;
		horizonMonthsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.KPI__HORIZON_MONTHS, oldHorizonMonths, horizonMonths, !oldHorizonMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHorizonMonths() {
		int oldHorizonMonths = horizonMonths;
		boolean oldHorizonMonthsESet = horizonMonthsESet;
		horizonMonths = HORIZON_MONTHS_EDEFAULT;
		horizonMonthsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.KPI__HORIZON_MONTHS, oldHorizonMonths, HORIZON_MONTHS_EDEFAULT, oldHorizonMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHorizonMonths() {
		return horizonMonthsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.KPI__UNIT:
				return getUnit();
			case CartographPackage.KPI__BASELINE:
				return getBaseline();
			case CartographPackage.KPI__TARGET:
				return getTarget();
			case CartographPackage.KPI__HORIZON_MONTHS:
				return getHorizonMonths();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CartographPackage.KPI__UNIT:
				setUnit((String)newValue);
				return;
			case CartographPackage.KPI__BASELINE:
				setBaseline((Double)newValue);
				return;
			case CartographPackage.KPI__TARGET:
				setTarget((Double)newValue);
				return;
			case CartographPackage.KPI__HORIZON_MONTHS:
				setHorizonMonths((Integer)newValue);
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
			case CartographPackage.KPI__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case CartographPackage.KPI__BASELINE:
				unsetBaseline();
				return;
			case CartographPackage.KPI__TARGET:
				unsetTarget();
				return;
			case CartographPackage.KPI__HORIZON_MONTHS:
				unsetHorizonMonths();
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
			case CartographPackage.KPI__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case CartographPackage.KPI__BASELINE:
				return isSetBaseline();
			case CartographPackage.KPI__TARGET:
				return isSetTarget();
			case CartographPackage.KPI__HORIZON_MONTHS:
				return isSetHorizonMonths();
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
		result.append(" (unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", baseline: "); //$NON-NLS-1$
		if (baselineESet) result.append(baseline); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", target: "); //$NON-NLS-1$
		if (targetESet) result.append(target); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", horizonMonths: "); //$NON-NLS-1$
		if (horizonMonthsESet) result.append(horizonMonths); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //KpiImpl
