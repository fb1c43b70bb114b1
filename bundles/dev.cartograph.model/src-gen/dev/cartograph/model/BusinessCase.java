/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The one-page business case of a use case. Amounts are in the portfolio's currency.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.BusinessCase#getProblem <em>Problem</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getProposedSolution <em>Proposed Solution</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getExpectedBenefits <em>Expected Benefits</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getKpis <em>Kpis</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getOneOffCost <em>One Off Cost</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getRunningCostPerYear <em>Running Cost Per Year</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getAnnualRevenueGained <em>Annual Revenue Gained</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getAnnualCostAvoided <em>Annual Cost Avoided</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getTimeToValueMonths <em>Time To Value Months</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getDataNeeded <em>Data Needed</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getRisks <em>Risks</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getComplianceNotes <em>Compliance Notes</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link dev.cartograph.model.BusinessCase#getSponsor <em>Sponsor</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getBusinessCase()
 * @model
 * @generated
 */
public interface BusinessCase extends EObject {
	/**
	 * Returns the value of the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problem</em>' attribute.
	 * @see #setProblem(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_Problem()
	 * @model
	 * @generated
	 */
	String getProblem();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getProblem <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Problem</em>' attribute.
	 * @see #getProblem()
	 * @generated
	 */
	void setProblem(String value);

	/**
	 * Returns the value of the '<em><b>Proposed Solution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proposed Solution</em>' attribute.
	 * @see #setProposedSolution(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_ProposedSolution()
	 * @model
	 * @generated
	 */
	String getProposedSolution();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getProposedSolution <em>Proposed Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposed Solution</em>' attribute.
	 * @see #getProposedSolution()
	 * @generated
	 */
	void setProposedSolution(String value);

	/**
	 * Returns the value of the '<em><b>Expected Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Benefits</em>' attribute.
	 * @see #setExpectedBenefits(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_ExpectedBenefits()
	 * @model
	 * @generated
	 */
	String getExpectedBenefits();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getExpectedBenefits <em>Expected Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Benefits</em>' attribute.
	 * @see #getExpectedBenefits()
	 * @generated
	 */
	void setExpectedBenefits(String value);

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>One Off Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>One Off Cost</em>' attribute.
	 * @see #isSetOneOffCost()
	 * @see #unsetOneOffCost()
	 * @see #setOneOffCost(double)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_OneOffCost()
	 * @model unsettable="true"
	 * @generated
	 */
	double getOneOffCost();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getOneOffCost <em>One Off Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>One Off Cost</em>' attribute.
	 * @see #isSetOneOffCost()
	 * @see #unsetOneOffCost()
	 * @see #getOneOffCost()
	 * @generated
	 */
	void setOneOffCost(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.BusinessCase#getOneOffCost <em>One Off Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOneOffCost()
	 * @see #getOneOffCost()
	 * @see #setOneOffCost(double)
	 * @generated
	 */
	void unsetOneOffCost();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.BusinessCase#getOneOffCost <em>One Off Cost</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>One Off Cost</em>' attribute is set.
	 * @see #unsetOneOffCost()
	 * @see #getOneOffCost()
	 * @see #setOneOffCost(double)
	 * @generated
	 */
	boolean isSetOneOffCost();

	/**
	 * Returns the value of the '<em><b>Running Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Running Cost Per Year</em>' attribute.
	 * @see #isSetRunningCostPerYear()
	 * @see #unsetRunningCostPerYear()
	 * @see #setRunningCostPerYear(double)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_RunningCostPerYear()
	 * @model unsettable="true"
	 * @generated
	 */
	double getRunningCostPerYear();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getRunningCostPerYear <em>Running Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Running Cost Per Year</em>' attribute.
	 * @see #isSetRunningCostPerYear()
	 * @see #unsetRunningCostPerYear()
	 * @see #getRunningCostPerYear()
	 * @generated
	 */
	void setRunningCostPerYear(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.BusinessCase#getRunningCostPerYear <em>Running Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRunningCostPerYear()
	 * @see #getRunningCostPerYear()
	 * @see #setRunningCostPerYear(double)
	 * @generated
	 */
	void unsetRunningCostPerYear();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.BusinessCase#getRunningCostPerYear <em>Running Cost Per Year</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Running Cost Per Year</em>' attribute is set.
	 * @see #unsetRunningCostPerYear()
	 * @see #getRunningCostPerYear()
	 * @see #setRunningCostPerYear(double)
	 * @generated
	 */
	boolean isSetRunningCostPerYear();

	/**
	 * Returns the value of the '<em><b>Annual Revenue Gained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Revenue Gained</em>' attribute.
	 * @see #isSetAnnualRevenueGained()
	 * @see #unsetAnnualRevenueGained()
	 * @see #setAnnualRevenueGained(double)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_AnnualRevenueGained()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAnnualRevenueGained();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualRevenueGained <em>Annual Revenue Gained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Revenue Gained</em>' attribute.
	 * @see #isSetAnnualRevenueGained()
	 * @see #unsetAnnualRevenueGained()
	 * @see #getAnnualRevenueGained()
	 * @generated
	 */
	void setAnnualRevenueGained(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualRevenueGained <em>Annual Revenue Gained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAnnualRevenueGained()
	 * @see #getAnnualRevenueGained()
	 * @see #setAnnualRevenueGained(double)
	 * @generated
	 */
	void unsetAnnualRevenueGained();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualRevenueGained <em>Annual Revenue Gained</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Annual Revenue Gained</em>' attribute is set.
	 * @see #unsetAnnualRevenueGained()
	 * @see #getAnnualRevenueGained()
	 * @see #setAnnualRevenueGained(double)
	 * @generated
	 */
	boolean isSetAnnualRevenueGained();

	/**
	 * Returns the value of the '<em><b>Annual Cost Avoided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Cost Avoided</em>' attribute.
	 * @see #isSetAnnualCostAvoided()
	 * @see #unsetAnnualCostAvoided()
	 * @see #setAnnualCostAvoided(double)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_AnnualCostAvoided()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAnnualCostAvoided();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualCostAvoided <em>Annual Cost Avoided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Cost Avoided</em>' attribute.
	 * @see #isSetAnnualCostAvoided()
	 * @see #unsetAnnualCostAvoided()
	 * @see #getAnnualCostAvoided()
	 * @generated
	 */
	void setAnnualCostAvoided(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualCostAvoided <em>Annual Cost Avoided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAnnualCostAvoided()
	 * @see #getAnnualCostAvoided()
	 * @see #setAnnualCostAvoided(double)
	 * @generated
	 */
	void unsetAnnualCostAvoided();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.BusinessCase#getAnnualCostAvoided <em>Annual Cost Avoided</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Annual Cost Avoided</em>' attribute is set.
	 * @see #unsetAnnualCostAvoided()
	 * @see #getAnnualCostAvoided()
	 * @see #setAnnualCostAvoided(double)
	 * @generated
	 */
	boolean isSetAnnualCostAvoided();

	/**
	 * Returns the value of the '<em><b>Time To Value Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time To Value Months</em>' attribute.
	 * @see #isSetTimeToValueMonths()
	 * @see #unsetTimeToValueMonths()
	 * @see #setTimeToValueMonths(int)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_TimeToValueMonths()
	 * @model unsettable="true"
	 * @generated
	 */
	int getTimeToValueMonths();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getTimeToValueMonths <em>Time To Value Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time To Value Months</em>' attribute.
	 * @see #isSetTimeToValueMonths()
	 * @see #unsetTimeToValueMonths()
	 * @see #getTimeToValueMonths()
	 * @generated
	 */
	void setTimeToValueMonths(int value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.BusinessCase#getTimeToValueMonths <em>Time To Value Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeToValueMonths()
	 * @see #getTimeToValueMonths()
	 * @see #setTimeToValueMonths(int)
	 * @generated
	 */
	void unsetTimeToValueMonths();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.BusinessCase#getTimeToValueMonths <em>Time To Value Months</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Time To Value Months</em>' attribute is set.
	 * @see #unsetTimeToValueMonths()
	 * @see #getTimeToValueMonths()
	 * @see #setTimeToValueMonths(int)
	 * @generated
	 */
	boolean isSetTimeToValueMonths();

	/**
	 * Returns the value of the '<em><b>Data Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Needed</em>' attribute.
	 * @see #setDataNeeded(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_DataNeeded()
	 * @model
	 * @generated
	 */
	String getDataNeeded();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getDataNeeded <em>Data Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Needed</em>' attribute.
	 * @see #getDataNeeded()
	 * @generated
	 */
	void setDataNeeded(String value);

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' attribute.
	 * @see #setRisks(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_Risks()
	 * @model
	 * @generated
	 */
	String getRisks();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getRisks <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risks</em>' attribute.
	 * @see #getRisks()
	 * @generated
	 */
	void setRisks(String value);

	/**
	 * Returns the value of the '<em><b>Compliance Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliance Notes</em>' attribute.
	 * @see #setComplianceNotes(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_ComplianceNotes()
	 * @model
	 * @generated
	 */
	String getComplianceNotes();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getComplianceNotes <em>Compliance Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliance Notes</em>' attribute.
	 * @see #getComplianceNotes()
	 * @generated
	 */
	void setComplianceNotes(String value);

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependencies</em>' attribute.
	 * @see #setDependencies(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_Dependencies()
	 * @model
	 * @generated
	 */
	String getDependencies();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getDependencies <em>Dependencies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dependencies</em>' attribute.
	 * @see #getDependencies()
	 * @generated
	 */
	void setDependencies(String value);

	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor</em>' attribute.
	 * @see #setSponsor(String)
	 * @see dev.cartograph.model.CartographPackage#getBusinessCase_Sponsor()
	 * @model
	 * @generated
	 */
	String getSponsor();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.BusinessCase#getSponsor <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' attribute.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(String value);

} // BusinessCase
