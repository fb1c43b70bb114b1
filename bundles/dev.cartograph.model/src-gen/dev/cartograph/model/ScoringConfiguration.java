/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The portfolio's shared grid: which criteria are enabled and how they weigh, quadrant thresholds, knock-out gates and how assessors' scores aggregate.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getStrategyId <em>Strategy Id</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getImpactThreshold <em>Impact Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getFeasibilityThreshold <em>Feasibility Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getDisagreementThreshold <em>Disagreement Threshold</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getGates <em>Gates</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#isPartialRanking <em>Partial Ranking</em>}</li>
 *   <li>{@link dev.cartograph.model.ScoringConfiguration#getMinimumCoverage <em>Minimum Coverage</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration()
 * @model
 * @generated
 */
public interface ScoringConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Strategy Id</b></em>' attribute.
	 * The default value is <code>"weighted-sum"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy Id</em>' attribute.
	 * @see #setStrategyId(String)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_StrategyId()
	 * @model default="weighted-sum"
	 * @generated
	 */
	String getStrategyId();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getStrategyId <em>Strategy Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy Id</em>' attribute.
	 * @see #getStrategyId()
	 * @generated
	 */
	void setStrategyId(String value);

	/**
	 * Returns the value of the '<em><b>Impact Threshold</b></em>' attribute.
	 * The default value is <code>"50.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Impact score (0-100) at or above which a use case is high impact.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact Threshold</em>' attribute.
	 * @see #setImpactThreshold(double)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_ImpactThreshold()
	 * @model default="50.0"
	 * @generated
	 */
	double getImpactThreshold();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getImpactThreshold <em>Impact Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact Threshold</em>' attribute.
	 * @see #getImpactThreshold()
	 * @generated
	 */
	void setImpactThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Feasibility Threshold</b></em>' attribute.
	 * The default value is <code>"50.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Feasibility score (0-100) at or above which a use case is highly feasible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feasibility Threshold</em>' attribute.
	 * @see #setFeasibilityThreshold(double)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_FeasibilityThreshold()
	 * @model default="50.0"
	 * @generated
	 */
	double getFeasibilityThreshold();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getFeasibilityThreshold <em>Feasibility Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feasibility Threshold</em>' attribute.
	 * @see #getFeasibilityThreshold()
	 * @generated
	 */
	void setFeasibilityThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see dev.cartograph.model.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see dev.cartograph.model.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Disagreement Threshold</b></em>' attribute.
	 * The default value is <code>"25.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spread between assessors (in points of the 0-100 normalised scale) above which a criterion is flagged as disputed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disagreement Threshold</em>' attribute.
	 * @see #setDisagreementThreshold(double)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_DisagreementThreshold()
	 * @model default="25.0"
	 * @generated
	 */
	double getDisagreementThreshold();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getDisagreementThreshold <em>Disagreement Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disagreement Threshold</em>' attribute.
	 * @see #getDisagreementThreshold()
	 * @generated
	 */
	void setDisagreementThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.CriterionSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<CriterionSetting> getCriteria();

	/**
	 * Returns the value of the '<em><b>Gates</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Gate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gates</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_Gates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gate> getGates();

	/**
	 * Returns the value of the '<em><b>Partial Ranking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a use case scored on some enabled criteria only is ranked on those it has, re-weighted, with its coverage shown (partial), instead of staying incomplete (strict, the default).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partial Ranking</em>' attribute.
	 * @see #setPartialRanking(boolean)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_PartialRanking()
	 * @model
	 * @generated
	 */
	boolean isPartialRanking();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#isPartialRanking <em>Partial Ranking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partial Ranking</em>' attribute.
	 * @see #isPartialRanking()
	 * @generated
	 */
	void setPartialRanking(boolean value);

	/**
	 * Returns the value of the '<em><b>Minimum Coverage</b></em>' attribute.
	 * The default value is <code>"50.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With partial ranking, the share (0-100 %) of the enabled criteria a use case must be scored on to be ranked; below it, it stays incomplete.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum Coverage</em>' attribute.
	 * @see #setMinimumCoverage(double)
	 * @see dev.cartograph.model.CartographPackage#getScoringConfiguration_MinimumCoverage()
	 * @model default="50.0"
	 * @generated
	 */
	double getMinimumCoverage();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.ScoringConfiguration#getMinimumCoverage <em>Minimum Coverage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum Coverage</em>' attribute.
	 * @see #getMinimumCoverage()
	 * @generated
	 */
	void setMinimumCoverage(double value);

} // ScoringConfiguration
