/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Kpi;

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
 * An implementation of the model object '<em><b>Business Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getProblem <em>Problem</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getProposedSolution <em>Proposed Solution</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getExpectedBenefits <em>Expected Benefits</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getOneOffCost <em>One Off Cost</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getRunningCostPerYear <em>Running Cost Per Year</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getAnnualRevenueGained <em>Annual Revenue Gained</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getAnnualCostAvoided <em>Annual Cost Avoided</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getTimeToValueMonths <em>Time To Value Months</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getDataNeeded <em>Data Needed</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getComplianceNotes <em>Compliance Notes</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.BusinessCaseImpl#getSponsor <em>Sponsor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessCaseImpl extends MinimalEObjectImpl.Container implements BusinessCase {
	/**
	 * The default value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProblem() <em>Problem</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblem()
	 * @generated
	 * @ordered
	 */
	protected String problem = PROBLEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getProposedSolution() <em>Proposed Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedSolution()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPOSED_SOLUTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProposedSolution() <em>Proposed Solution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProposedSolution()
	 * @generated
	 * @ordered
	 */
	protected String proposedSolution = PROPOSED_SOLUTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedBenefits() <em>Expected Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBenefits()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_BENEFITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedBenefits() <em>Expected Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBenefits()
	 * @generated
	 * @ordered
	 */
	protected String expectedBenefits = EXPECTED_BENEFITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The default value of the '{@link #getOneOffCost() <em>One Off Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOneOffCost()
	 * @generated
	 * @ordered
	 */
	protected static final double ONE_OFF_COST_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getOneOffCost() <em>One Off Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOneOffCost()
	 * @generated
	 * @ordered
	 */
	protected double oneOffCost = ONE_OFF_COST_EDEFAULT;

	/**
	 * This is true if the One Off Cost attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean oneOffCostESet;

	/**
	 * The default value of the '{@link #getRunningCostPerYear() <em>Running Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunningCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected static final double RUNNING_COST_PER_YEAR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRunningCostPerYear() <em>Running Cost Per Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunningCostPerYear()
	 * @generated
	 * @ordered
	 */
	protected double runningCostPerYear = RUNNING_COST_PER_YEAR_EDEFAULT;

	/**
	 * This is true if the Running Cost Per Year attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean runningCostPerYearESet;

	/**
	 * The default value of the '{@link #getAnnualRevenueGained() <em>Annual Revenue Gained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenueGained()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_REVENUE_GAINED_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualRevenueGained() <em>Annual Revenue Gained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualRevenueGained()
	 * @generated
	 * @ordered
	 */
	protected double annualRevenueGained = ANNUAL_REVENUE_GAINED_EDEFAULT;

	/**
	 * This is true if the Annual Revenue Gained attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean annualRevenueGainedESet;

	/**
	 * The default value of the '{@link #getAnnualCostAvoided() <em>Annual Cost Avoided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCostAvoided()
	 * @generated
	 * @ordered
	 */
	protected static final double ANNUAL_COST_AVOIDED_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAnnualCostAvoided() <em>Annual Cost Avoided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualCostAvoided()
	 * @generated
	 * @ordered
	 */
	protected double annualCostAvoided = ANNUAL_COST_AVOIDED_EDEFAULT;

	/**
	 * This is true if the Annual Cost Avoided attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean annualCostAvoidedESet;

	/**
	 * The default value of the '{@link #getTimeToValueMonths() <em>Time To Value Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeToValueMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int TIME_TO_VALUE_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTimeToValueMonths() <em>Time To Value Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeToValueMonths()
	 * @generated
	 * @ordered
	 */
	protected int timeToValueMonths = TIME_TO_VALUE_MONTHS_EDEFAULT;

	/**
	 * This is true if the Time To Value Months attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeToValueMonthsESet;

	/**
	 * The default value of the '{@link #getDataNeeded() <em>Data Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataNeeded()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_NEEDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataNeeded() <em>Data Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataNeeded()
	 * @generated
	 * @ordered
	 */
	protected String dataNeeded = DATA_NEEDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected static final String RISKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected String risks = RISKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getComplianceNotes() <em>Compliance Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLIANCE_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComplianceNotes() <em>Compliance Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplianceNotes()
	 * @generated
	 * @ordered
	 */
	protected String complianceNotes = COMPLIANCE_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDependencies() <em>Dependencies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected static final String DEPENDENCIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected String dependencies = DEPENDENCIES_EDEFAULT;

	/**
	 * The default value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected static final String SPONSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected String sponsor = SPONSOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.BUSINESS_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProblem() {
		return problem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProblem(String newProblem) {
		String oldProblem = problem;
		problem = newProblem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__PROBLEM, oldProblem, problem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProposedSolution() {
		return proposedSolution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposedSolution(String newProposedSolution) {
		String oldProposedSolution = proposedSolution;
		proposedSolution = newProposedSolution;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__PROPOSED_SOLUTION, oldProposedSolution, proposedSolution));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectedBenefits() {
		return expectedBenefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedBenefits(String newExpectedBenefits) {
		String oldExpectedBenefits = expectedBenefits;
		expectedBenefits = newExpectedBenefits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__EXPECTED_BENEFITS, oldExpectedBenefits, expectedBenefits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, CartographPackage.BUSINESS_CASE__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOneOffCost() {
		return oneOffCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOneOffCost(double newOneOffCost) {
		double oldOneOffCost = oneOffCost;
		oneOffCost = newOneOffCost;
		boolean oldOneOffCostESet = oneOffCostESet;
		oneOffCostESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__ONE_OFF_COST, oldOneOffCost, oneOffCost, !oldOneOffCostESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOneOffCost() {
		double oldOneOffCost = oneOffCost;
		boolean oldOneOffCostESet = oneOffCostESet;
		oneOffCost = ONE_OFF_COST_EDEFAULT;
		oneOffCostESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.BUSINESS_CASE__ONE_OFF_COST, oldOneOffCost, ONE_OFF_COST_EDEFAULT, oldOneOffCostESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOneOffCost() {
		return oneOffCostESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRunningCostPerYear() {
		return runningCostPerYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunningCostPerYear(double newRunningCostPerYear) {
		double oldRunningCostPerYear = runningCostPerYear;
		runningCostPerYear = newRunningCostPerYear;
		boolean oldRunningCostPerYearESet = runningCostPerYearESet;
		runningCostPerYearESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR, oldRunningCostPerYear, runningCostPerYear, !oldRunningCostPerYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRunningCostPerYear() {
		double oldRunningCostPerYear = runningCostPerYear;
		boolean oldRunningCostPerYearESet = runningCostPerYearESet;
		runningCostPerYear = RUNNING_COST_PER_YEAR_EDEFAULT;
		runningCostPerYearESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR, oldRunningCostPerYear, RUNNING_COST_PER_YEAR_EDEFAULT, oldRunningCostPerYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRunningCostPerYear() {
		return runningCostPerYearESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualRevenueGained() {
		return annualRevenueGained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualRevenueGained(double newAnnualRevenueGained) {
		double oldAnnualRevenueGained = annualRevenueGained;
		annualRevenueGained = newAnnualRevenueGained;
		boolean oldAnnualRevenueGainedESet = annualRevenueGainedESet;
		annualRevenueGainedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED, oldAnnualRevenueGained, annualRevenueGained, !oldAnnualRevenueGainedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAnnualRevenueGained() {
		double oldAnnualRevenueGained = annualRevenueGained;
		boolean oldAnnualRevenueGainedESet = annualRevenueGainedESet;
		annualRevenueGained = ANNUAL_REVENUE_GAINED_EDEFAULT;
		annualRevenueGainedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED, oldAnnualRevenueGained, ANNUAL_REVENUE_GAINED_EDEFAULT, oldAnnualRevenueGainedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAnnualRevenueGained() {
		return annualRevenueGainedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAnnualCostAvoided() {
		return annualCostAvoided;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualCostAvoided(double newAnnualCostAvoided) {
		double oldAnnualCostAvoided = annualCostAvoided;
		annualCostAvoided = newAnnualCostAvoided;
		boolean oldAnnualCostAvoidedESet = annualCostAvoidedESet;
		annualCostAvoidedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED, oldAnnualCostAvoided, annualCostAvoided, !oldAnnualCostAvoidedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAnnualCostAvoided() {
		double oldAnnualCostAvoided = annualCostAvoided;
		boolean oldAnnualCostAvoidedESet = annualCostAvoidedESet;
		annualCostAvoided = ANNUAL_COST_AVOIDED_EDEFAULT;
		annualCostAvoidedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED, oldAnnualCostAvoided, ANNUAL_COST_AVOIDED_EDEFAULT, oldAnnualCostAvoidedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAnnualCostAvoided() {
		return annualCostAvoidedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeToValueMonths() {
		return timeToValueMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeToValueMonths(int newTimeToValueMonths) {
		int oldTimeToValueMonths = timeToValueMonths;
		timeToValueMonths = newTimeToValueMonths;
		boolean oldTimeToValueMonthsESet = timeToValueMonthsESet;
		timeToValueMonthsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS, oldTimeToValueMonths, timeToValueMonths, !oldTimeToValueMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimeToValueMonths() {
		int oldTimeToValueMonths = timeToValueMonths;
		boolean oldTimeToValueMonthsESet = timeToValueMonthsESet;
		timeToValueMonths = TIME_TO_VALUE_MONTHS_EDEFAULT;
		timeToValueMonthsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS, oldTimeToValueMonths, TIME_TO_VALUE_MONTHS_EDEFAULT, oldTimeToValueMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimeToValueMonths() {
		return timeToValueMonthsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataNeeded() {
		return dataNeeded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataNeeded(String newDataNeeded) {
		String oldDataNeeded = dataNeeded;
		dataNeeded = newDataNeeded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__DATA_NEEDED, oldDataNeeded, dataNeeded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRisks() {
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRisks(String newRisks) {
		String oldRisks = risks;
		risks = newRisks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__RISKS, oldRisks, risks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComplianceNotes() {
		return complianceNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplianceNotes(String newComplianceNotes) {
		String oldComplianceNotes = complianceNotes;
		complianceNotes = newComplianceNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__COMPLIANCE_NOTES, oldComplianceNotes, complianceNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDependencies() {
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDependencies(String newDependencies) {
		String oldDependencies = dependencies;
		dependencies = newDependencies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__DEPENDENCIES, oldDependencies, dependencies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(String newSponsor) {
		String oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.BUSINESS_CASE__SPONSOR, oldSponsor, sponsor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.BUSINESS_CASE__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.BUSINESS_CASE__PROBLEM:
				return getProblem();
			case CartographPackage.BUSINESS_CASE__PROPOSED_SOLUTION:
				return getProposedSolution();
			case CartographPackage.BUSINESS_CASE__EXPECTED_BENEFITS:
				return getExpectedBenefits();
			case CartographPackage.BUSINESS_CASE__KPIS:
				return getKpis();
			case CartographPackage.BUSINESS_CASE__ONE_OFF_COST:
				return getOneOffCost();
			case CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR:
				return getRunningCostPerYear();
			case CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED:
				return getAnnualRevenueGained();
			case CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED:
				return getAnnualCostAvoided();
			case CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS:
				return getTimeToValueMonths();
			case CartographPackage.BUSINESS_CASE__DATA_NEEDED:
				return getDataNeeded();
			case CartographPackage.BUSINESS_CASE__RISKS:
				return getRisks();
			case CartographPackage.BUSINESS_CASE__COMPLIANCE_NOTES:
				return getComplianceNotes();
			case CartographPackage.BUSINESS_CASE__DEPENDENCIES:
				return getDependencies();
			case CartographPackage.BUSINESS_CASE__SPONSOR:
				return getSponsor();
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
			case CartographPackage.BUSINESS_CASE__PROBLEM:
				setProblem((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__PROPOSED_SOLUTION:
				setProposedSolution((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__EXPECTED_BENEFITS:
				setExpectedBenefits((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__ONE_OFF_COST:
				setOneOffCost((Double)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR:
				setRunningCostPerYear((Double)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED:
				setAnnualRevenueGained((Double)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED:
				setAnnualCostAvoided((Double)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS:
				setTimeToValueMonths((Integer)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__DATA_NEEDED:
				setDataNeeded((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__RISKS:
				setRisks((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__COMPLIANCE_NOTES:
				setComplianceNotes((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__DEPENDENCIES:
				setDependencies((String)newValue);
				return;
			case CartographPackage.BUSINESS_CASE__SPONSOR:
				setSponsor((String)newValue);
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
			case CartographPackage.BUSINESS_CASE__PROBLEM:
				setProblem(PROBLEM_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__PROPOSED_SOLUTION:
				setProposedSolution(PROPOSED_SOLUTION_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__EXPECTED_BENEFITS:
				setExpectedBenefits(EXPECTED_BENEFITS_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__KPIS:
				getKpis().clear();
				return;
			case CartographPackage.BUSINESS_CASE__ONE_OFF_COST:
				unsetOneOffCost();
				return;
			case CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR:
				unsetRunningCostPerYear();
				return;
			case CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED:
				unsetAnnualRevenueGained();
				return;
			case CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED:
				unsetAnnualCostAvoided();
				return;
			case CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS:
				unsetTimeToValueMonths();
				return;
			case CartographPackage.BUSINESS_CASE__DATA_NEEDED:
				setDataNeeded(DATA_NEEDED_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__RISKS:
				setRisks(RISKS_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__COMPLIANCE_NOTES:
				setComplianceNotes(COMPLIANCE_NOTES_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__DEPENDENCIES:
				setDependencies(DEPENDENCIES_EDEFAULT);
				return;
			case CartographPackage.BUSINESS_CASE__SPONSOR:
				setSponsor(SPONSOR_EDEFAULT);
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
			case CartographPackage.BUSINESS_CASE__PROBLEM:
				return PROBLEM_EDEFAULT == null ? problem != null : !PROBLEM_EDEFAULT.equals(problem);
			case CartographPackage.BUSINESS_CASE__PROPOSED_SOLUTION:
				return PROPOSED_SOLUTION_EDEFAULT == null ? proposedSolution != null : !PROPOSED_SOLUTION_EDEFAULT.equals(proposedSolution);
			case CartographPackage.BUSINESS_CASE__EXPECTED_BENEFITS:
				return EXPECTED_BENEFITS_EDEFAULT == null ? expectedBenefits != null : !EXPECTED_BENEFITS_EDEFAULT.equals(expectedBenefits);
			case CartographPackage.BUSINESS_CASE__KPIS:
				return kpis != null && !kpis.isEmpty();
			case CartographPackage.BUSINESS_CASE__ONE_OFF_COST:
				return isSetOneOffCost();
			case CartographPackage.BUSINESS_CASE__RUNNING_COST_PER_YEAR:
				return isSetRunningCostPerYear();
			case CartographPackage.BUSINESS_CASE__ANNUAL_REVENUE_GAINED:
				return isSetAnnualRevenueGained();
			case CartographPackage.BUSINESS_CASE__ANNUAL_COST_AVOIDED:
				return isSetAnnualCostAvoided();
			case CartographPackage.BUSINESS_CASE__TIME_TO_VALUE_MONTHS:
				return isSetTimeToValueMonths();
			case CartographPackage.BUSINESS_CASE__DATA_NEEDED:
				return DATA_NEEDED_EDEFAULT == null ? dataNeeded != null : !DATA_NEEDED_EDEFAULT.equals(dataNeeded);
			case CartographPackage.BUSINESS_CASE__RISKS:
				return RISKS_EDEFAULT == null ? risks != null : !RISKS_EDEFAULT.equals(risks);
			case CartographPackage.BUSINESS_CASE__COMPLIANCE_NOTES:
				return COMPLIANCE_NOTES_EDEFAULT == null ? complianceNotes != null : !COMPLIANCE_NOTES_EDEFAULT.equals(complianceNotes);
			case CartographPackage.BUSINESS_CASE__DEPENDENCIES:
				return DEPENDENCIES_EDEFAULT == null ? dependencies != null : !DEPENDENCIES_EDEFAULT.equals(dependencies);
			case CartographPackage.BUSINESS_CASE__SPONSOR:
				return SPONSOR_EDEFAULT == null ? sponsor != null : !SPONSOR_EDEFAULT.equals(sponsor);
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
		result.append(" (problem: "); //$NON-NLS-1$
		result.append(problem);
		result.append(", proposedSolution: "); //$NON-NLS-1$
		result.append(proposedSolution);
		result.append(", expectedBenefits: "); //$NON-NLS-1$
		result.append(expectedBenefits);
		result.append(", oneOffCost: "); //$NON-NLS-1$
		if (oneOffCostESet) result.append(oneOffCost); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", runningCostPerYear: "); //$NON-NLS-1$
		if (runningCostPerYearESet) result.append(runningCostPerYear); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", annualRevenueGained: "); //$NON-NLS-1$
		if (annualRevenueGainedESet) result.append(annualRevenueGained); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", annualCostAvoided: "); //$NON-NLS-1$
		if (annualCostAvoidedESet) result.append(annualCostAvoided); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", timeToValueMonths: "); //$NON-NLS-1$
		if (timeToValueMonthsESet) result.append(timeToValueMonths); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", dataNeeded: "); //$NON-NLS-1$
		result.append(dataNeeded);
		result.append(", risks: "); //$NON-NLS-1$
		result.append(risks);
		result.append(", complianceNotes: "); //$NON-NLS-1$
		result.append(complianceNotes);
		result.append(", dependencies: "); //$NON-NLS-1$
		result.append(dependencies);
		result.append(", sponsor: "); //$NON-NLS-1$
		result.append(sponsor);
		result.append(')');
		return result.toString();
	}

} //BusinessCaseImpl
