/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.ScoringConfiguration;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getStrategyId <em>Strategy Id</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getImpactThreshold <em>Impact Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getFeasibilityThreshold <em>Feasibility Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getDisagreementThreshold <em>Disagreement Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getGates <em>Gates</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#isPartialRanking <em>Partial Ranking</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.ScoringConfigurationImpl#getMinimumCoverage <em>Minimum Coverage</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringConfigurationImpl extends MinimalEObjectImpl.Container implements ScoringConfiguration {
	/**
	 * The default value of the '{@link #getStrategyId() <em>Strategy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategyId()
	 * @generated
	 * @ordered
	 */
	protected static final String STRATEGY_ID_EDEFAULT = "weighted-sum"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getStrategyId() <em>Strategy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategyId()
	 * @generated
	 * @ordered
	 */
	protected String strategyId = STRATEGY_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpactThreshold() <em>Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpactThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double IMPACT_THRESHOLD_EDEFAULT = 50.0;

	/**
	 * The cached value of the '{@link #getImpactThreshold() <em>Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpactThreshold()
	 * @generated
	 * @ordered
	 */
	protected double impactThreshold = IMPACT_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeasibilityThreshold() <em>Feasibility Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeasibilityThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double FEASIBILITY_THRESHOLD_EDEFAULT = 50.0;

	/**
	 * The cached value of the '{@link #getFeasibilityThreshold() <em>Feasibility Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeasibilityThreshold()
	 * @generated
	 * @ordered
	 */
	protected double feasibilityThreshold = FEASIBILITY_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final Aggregation AGGREGATION_EDEFAULT = Aggregation.MEDIAN;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected Aggregation aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDisagreementThreshold() <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double DISAGREEMENT_THRESHOLD_EDEFAULT = 25.0;

	/**
	 * The cached value of the '{@link #getDisagreementThreshold() <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisagreementThreshold()
	 * @generated
	 * @ordered
	 */
	protected double disagreementThreshold = DISAGREEMENT_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<CriterionSetting> criteria;

	/**
	 * The cached value of the '{@link #getGates() <em>Gates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGates()
	 * @generated
	 * @ordered
	 */
	protected EList<Gate> gates;

	/**
	 * The default value of the '{@link #isPartialRanking() <em>Partial Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartialRanking()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PARTIAL_RANKING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPartialRanking() <em>Partial Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartialRanking()
	 * @generated
	 * @ordered
	 */
	protected boolean partialRanking = PARTIAL_RANKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimumCoverage() <em>Minimum Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCoverage()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMUM_COVERAGE_EDEFAULT = 50.0;

	/**
	 * The cached value of the '{@link #getMinimumCoverage() <em>Minimum Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimumCoverage()
	 * @generated
	 * @ordered
	 */
	protected double minimumCoverage = MINIMUM_COVERAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.SCORING_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStrategyId() {
		return strategyId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategyId(String newStrategyId) {
		String oldStrategyId = strategyId;
		strategyId = newStrategyId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__STRATEGY_ID, oldStrategyId, strategyId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getImpactThreshold() {
		return impactThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpactThreshold(double newImpactThreshold) {
		double oldImpactThreshold = impactThreshold;
		impactThreshold = newImpactThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__IMPACT_THRESHOLD, oldImpactThreshold, impactThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFeasibilityThreshold() {
		return feasibilityThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeasibilityThreshold(double newFeasibilityThreshold) {
		double oldFeasibilityThreshold = feasibilityThreshold;
		feasibilityThreshold = newFeasibilityThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD, oldFeasibilityThreshold, feasibilityThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregation getAggregation() {
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(Aggregation newAggregation) {
		Aggregation oldAggregation = aggregation;
		aggregation = newAggregation == null ? AGGREGATION_EDEFAULT : newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDisagreementThreshold() {
		return disagreementThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisagreementThreshold(double newDisagreementThreshold) {
		double oldDisagreementThreshold = disagreementThreshold;
		disagreementThreshold = newDisagreementThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD, oldDisagreementThreshold, disagreementThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CriterionSetting> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<CriterionSetting>(CriterionSetting.class, this, CartographPackage.SCORING_CONFIGURATION__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gate> getGates() {
		if (gates == null) {
			gates = new EObjectContainmentEList<Gate>(Gate.class, this, CartographPackage.SCORING_CONFIGURATION__GATES);
		}
		return gates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPartialRanking() {
		return partialRanking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartialRanking(boolean newPartialRanking) {
		boolean oldPartialRanking = partialRanking;
		partialRanking = newPartialRanking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__PARTIAL_RANKING, oldPartialRanking, partialRanking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimumCoverage() {
		return minimumCoverage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimumCoverage(double newMinimumCoverage) {
		double oldMinimumCoverage = minimumCoverage;
		minimumCoverage = newMinimumCoverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.SCORING_CONFIGURATION__MINIMUM_COVERAGE, oldMinimumCoverage, minimumCoverage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.SCORING_CONFIGURATION__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
			case CartographPackage.SCORING_CONFIGURATION__GATES:
				return ((InternalEList<?>)getGates()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.SCORING_CONFIGURATION__STRATEGY_ID:
				return getStrategyId();
			case CartographPackage.SCORING_CONFIGURATION__IMPACT_THRESHOLD:
				return getImpactThreshold();
			case CartographPackage.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD:
				return getFeasibilityThreshold();
			case CartographPackage.SCORING_CONFIGURATION__AGGREGATION:
				return getAggregation();
			case CartographPackage.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD:
				return getDisagreementThreshold();
			case CartographPackage.SCORING_CONFIGURATION__CRITERIA:
				return getCriteria();
			case CartographPackage.SCORING_CONFIGURATION__GATES:
				return getGates();
			case CartographPackage.SCORING_CONFIGURATION__PARTIAL_RANKING:
				return isPartialRanking();
			case CartographPackage.SCORING_CONFIGURATION__MINIMUM_COVERAGE:
				return getMinimumCoverage();
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
			case CartographPackage.SCORING_CONFIGURATION__STRATEGY_ID:
				setStrategyId((String)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__IMPACT_THRESHOLD:
				setImpactThreshold((Double)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD:
				setFeasibilityThreshold((Double)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__AGGREGATION:
				setAggregation((Aggregation)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD:
				setDisagreementThreshold((Double)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends CriterionSetting>)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__GATES:
				getGates().clear();
				getGates().addAll((Collection<? extends Gate>)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__PARTIAL_RANKING:
				setPartialRanking((Boolean)newValue);
				return;
			case CartographPackage.SCORING_CONFIGURATION__MINIMUM_COVERAGE:
				setMinimumCoverage((Double)newValue);
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
			case CartographPackage.SCORING_CONFIGURATION__STRATEGY_ID:
				setStrategyId(STRATEGY_ID_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__IMPACT_THRESHOLD:
				setImpactThreshold(IMPACT_THRESHOLD_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD:
				setFeasibilityThreshold(FEASIBILITY_THRESHOLD_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD:
				setDisagreementThreshold(DISAGREEMENT_THRESHOLD_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__CRITERIA:
				getCriteria().clear();
				return;
			case CartographPackage.SCORING_CONFIGURATION__GATES:
				getGates().clear();
				return;
			case CartographPackage.SCORING_CONFIGURATION__PARTIAL_RANKING:
				setPartialRanking(PARTIAL_RANKING_EDEFAULT);
				return;
			case CartographPackage.SCORING_CONFIGURATION__MINIMUM_COVERAGE:
				setMinimumCoverage(MINIMUM_COVERAGE_EDEFAULT);
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
			case CartographPackage.SCORING_CONFIGURATION__STRATEGY_ID:
				return STRATEGY_ID_EDEFAULT == null ? strategyId != null : !STRATEGY_ID_EDEFAULT.equals(strategyId);
			case CartographPackage.SCORING_CONFIGURATION__IMPACT_THRESHOLD:
				return impactThreshold != IMPACT_THRESHOLD_EDEFAULT;
			case CartographPackage.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD:
				return feasibilityThreshold != FEASIBILITY_THRESHOLD_EDEFAULT;
			case CartographPackage.SCORING_CONFIGURATION__AGGREGATION:
				return aggregation != AGGREGATION_EDEFAULT;
			case CartographPackage.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD:
				return disagreementThreshold != DISAGREEMENT_THRESHOLD_EDEFAULT;
			case CartographPackage.SCORING_CONFIGURATION__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case CartographPackage.SCORING_CONFIGURATION__GATES:
				return gates != null && !gates.isEmpty();
			case CartographPackage.SCORING_CONFIGURATION__PARTIAL_RANKING:
				return partialRanking != PARTIAL_RANKING_EDEFAULT;
			case CartographPackage.SCORING_CONFIGURATION__MINIMUM_COVERAGE:
				return minimumCoverage != MINIMUM_COVERAGE_EDEFAULT;
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
		result.append(" (strategyId: "); //$NON-NLS-1$
		result.append(strategyId);
		result.append(", impactThreshold: "); //$NON-NLS-1$
		result.append(impactThreshold);
		result.append(", feasibilityThreshold: "); //$NON-NLS-1$
		result.append(feasibilityThreshold);
		result.append(", aggregation: "); //$NON-NLS-1$
		result.append(aggregation);
		result.append(", disagreementThreshold: "); //$NON-NLS-1$
		result.append(disagreementThreshold);
		result.append(", partialRanking: "); //$NON-NLS-1$
		result.append(partialRanking);
		result.append(", minimumCoverage: "); //$NON-NLS-1$
		result.append(minimumCoverage);
		result.append(')');
		return result.toString();
	}

} //ScoringConfigurationImpl
