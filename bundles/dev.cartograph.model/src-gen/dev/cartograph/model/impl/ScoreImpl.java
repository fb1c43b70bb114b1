/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Confidence;
import dev.cartograph.model.Score;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getCriterionId <em>Criterion Id</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getValue <em>Value</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoreImpl#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreImpl extends MinimalEObjectImpl.Container implements Score {
	/**
	 * The default value of the '{@link #getCriterionId() <em>Criterion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterionId()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITERION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriterionId() <em>Criterion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterionId()
	 * @generated
	 * @ordered
	 */
	protected String criterionId = CRITERION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected static final Confidence CONFIDENCE_EDEFAULT = Confidence.MEDIUM;

	/**
	 * The cached value of the '{@link #getConfidence() <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidence()
	 * @generated
	 * @ordered
	 */
	protected Confidence confidence = CONFIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSESSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssessor() <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessor()
	 * @generated
	 * @ordered
	 */
	protected String assessor = ASSESSOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.SCORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriterionId() {
		return criterionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterionId(String newCriterionId) {
		String oldCriterionId = criterionId;
		criterionId = newCriterionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__CRITERION_ID, oldCriterionId, criterionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue) {
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Confidence getConfidence() {
		return confidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfidence(Confidence newConfidence) {
		Confidence oldConfidence = confidence;
		confidence = newConfidence == null ? CONFIDENCE_EDEFAULT : newConfidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__CONFIDENCE, oldConfidence, confidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssessor() {
		return assessor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessor(String newAssessor) {
		String oldAssessor = assessor;
		assessor = newAssessor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__ASSESSOR, oldAssessor, assessor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.SCORE__CRITERION_ID:
				return getCriterionId();
			case CartographPackage.SCORE__VALUE:
				return getValue();
			case CartographPackage.SCORE__RATIONALE:
				return getRationale();
			case CartographPackage.SCORE__CONFIDENCE:
				return getConfidence();
			case CartographPackage.SCORE__ASSESSOR:
				return getAssessor();
			case CartographPackage.SCORE__DATE:
				return getDate();
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
			case CartographPackage.SCORE__CRITERION_ID:
				setCriterionId((String)newValue);
				return;
			case CartographPackage.SCORE__VALUE:
				setValue((Double)newValue);
				return;
			case CartographPackage.SCORE__RATIONALE:
				setRationale((String)newValue);
				return;
			case CartographPackage.SCORE__CONFIDENCE:
				setConfidence((Confidence)newValue);
				return;
			case CartographPackage.SCORE__ASSESSOR:
				setAssessor((String)newValue);
				return;
			case CartographPackage.SCORE__DATE:
				setDate((LocalDate)newValue);
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
			case CartographPackage.SCORE__CRITERION_ID:
				setCriterionId(CRITERION_ID_EDEFAULT);
				return;
			case CartographPackage.SCORE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case CartographPackage.SCORE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CartographPackage.SCORE__CONFIDENCE:
				setConfidence(CONFIDENCE_EDEFAULT);
				return;
			case CartographPackage.SCORE__ASSESSOR:
				setAssessor(ASSESSOR_EDEFAULT);
				return;
			case CartographPackage.SCORE__DATE:
				setDate(DATE_EDEFAULT);
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
			case CartographPackage.SCORE__CRITERION_ID:
				return CRITERION_ID_EDEFAULT == null ? criterionId != null : !CRITERION_ID_EDEFAULT.equals(criterionId);
			case CartographPackage.SCORE__VALUE:
				return value != VALUE_EDEFAULT;
			case CartographPackage.SCORE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CartographPackage.SCORE__CONFIDENCE:
				return confidence != CONFIDENCE_EDEFAULT;
			case CartographPackage.SCORE__ASSESSOR:
				return ASSESSOR_EDEFAULT == null ? assessor != null : !ASSESSOR_EDEFAULT.equals(assessor);
			case CartographPackage.SCORE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
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
		result.append(" (criterionId: "); //$NON-NLS-1$
		result.append(criterionId);
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(", confidence: "); //$NON-NLS-1$
		result.append(confidence);
		result.append(", assessor: "); //$NON-NLS-1$
		result.append(assessor);
		result.append(", date: "); //$NON-NLS-1$
		result.append(date);
		result.append(')');
		return result.toString();
	}

} //ScoreImpl
