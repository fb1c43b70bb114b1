/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Severity;
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
 * An implementation of the model object '<em><b>Friction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#isDrivesChurn <em>Drives Churn</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#isOutOfScope <em>Out Of Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.FrictionImpl#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FrictionImpl extends NamedElementImpl implements Friction {
	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.LOW;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.RARE;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #isDrivesChurn() <em>Drives Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrivesChurn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DRIVES_CHURN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDrivesChurn() <em>Drives Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDrivesChurn()
	 * @generated
	 * @ordered
	 */
	protected boolean drivesChurn = DRIVES_CHURN_EDEFAULT;

	/**
	 * The default value of the '{@link #isOutOfScope() <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutOfScope()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OUT_OF_SCOPE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOutOfScope() <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOutOfScope()
	 * @generated
	 * @ordered
	 */
	protected boolean outOfScope = OUT_OF_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * The cached value of the '{@link #getAddressedBy() <em>Addressed By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> addressedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FrictionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.FRICTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.FRICTION__SEVERITY, oldSeverity, severity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.FRICTION__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDrivesChurn() {
		return drivesChurn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrivesChurn(boolean newDrivesChurn) {
		boolean oldDrivesChurn = drivesChurn;
		drivesChurn = newDrivesChurn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.FRICTION__DRIVES_CHURN, oldDrivesChurn, drivesChurn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOutOfScope() {
		return outOfScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutOfScope(boolean newOutOfScope) {
		boolean oldOutOfScope = outOfScope;
		outOfScope = newOutOfScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.FRICTION__OUT_OF_SCOPE, oldOutOfScope, outOfScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, CartographPackage.FRICTION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectWithInverseResolvingEList.ManyInverse<Touchpoint>(Touchpoint.class, this, CartographPackage.FRICTION__TOUCHPOINTS, CartographPackage.TOUCHPOINT__FRICTIONS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getAddressedBy() {
		if (addressedBy == null) {
			addressedBy = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.FRICTION__ADDRESSED_BY, CartographPackage.USE_CASE__FRICTIONS);
		}
		return addressedBy;
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
			case CartographPackage.FRICTION__TOUCHPOINTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTouchpoints()).basicAdd(otherEnd, msgs);
			case CartographPackage.FRICTION__ADDRESSED_BY:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAddressedBy()).basicAdd(otherEnd, msgs);
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
			case CartographPackage.FRICTION__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case CartographPackage.FRICTION__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
			case CartographPackage.FRICTION__ADDRESSED_BY:
				return ((InternalEList<?>)getAddressedBy()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.FRICTION__SEVERITY:
				return getSeverity();
			case CartographPackage.FRICTION__FREQUENCY:
				return getFrequency();
			case CartographPackage.FRICTION__DRIVES_CHURN:
				return isDrivesChurn();
			case CartographPackage.FRICTION__OUT_OF_SCOPE:
				return isOutOfScope();
			case CartographPackage.FRICTION__EVIDENCE:
				return getEvidence();
			case CartographPackage.FRICTION__TOUCHPOINTS:
				return getTouchpoints();
			case CartographPackage.FRICTION__ADDRESSED_BY:
				return getAddressedBy();
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
			case CartographPackage.FRICTION__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case CartographPackage.FRICTION__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case CartographPackage.FRICTION__DRIVES_CHURN:
				setDrivesChurn((Boolean)newValue);
				return;
			case CartographPackage.FRICTION__OUT_OF_SCOPE:
				setOutOfScope((Boolean)newValue);
				return;
			case CartographPackage.FRICTION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case CartographPackage.FRICTION__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
				return;
			case CartographPackage.FRICTION__ADDRESSED_BY:
				getAddressedBy().clear();
				getAddressedBy().addAll((Collection<? extends UseCase>)newValue);
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
			case CartographPackage.FRICTION__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case CartographPackage.FRICTION__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case CartographPackage.FRICTION__DRIVES_CHURN:
				setDrivesChurn(DRIVES_CHURN_EDEFAULT);
				return;
			case CartographPackage.FRICTION__OUT_OF_SCOPE:
				setOutOfScope(OUT_OF_SCOPE_EDEFAULT);
				return;
			case CartographPackage.FRICTION__EVIDENCE:
				getEvidence().clear();
				return;
			case CartographPackage.FRICTION__TOUCHPOINTS:
				getTouchpoints().clear();
				return;
			case CartographPackage.FRICTION__ADDRESSED_BY:
				getAddressedBy().clear();
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
			case CartographPackage.FRICTION__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case CartographPackage.FRICTION__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case CartographPackage.FRICTION__DRIVES_CHURN:
				return drivesChurn != DRIVES_CHURN_EDEFAULT;
			case CartographPackage.FRICTION__OUT_OF_SCOPE:
				return outOfScope != OUT_OF_SCOPE_EDEFAULT;
			case CartographPackage.FRICTION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case CartographPackage.FRICTION__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
			case CartographPackage.FRICTION__ADDRESSED_BY:
				return addressedBy != null && !addressedBy.isEmpty();
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
		result.append(" (severity: "); //$NON-NLS-1$
		result.append(severity);
		result.append(", frequency: "); //$NON-NLS-1$
		result.append(frequency);
		result.append(", drivesChurn: "); //$NON-NLS-1$
		result.append(drivesChurn);
		result.append(", outOfScope: "); //$NON-NLS-1$
		result.append(outOfScope);
		result.append(')');
		return result.toString();
	}

} //FrictionImpl
