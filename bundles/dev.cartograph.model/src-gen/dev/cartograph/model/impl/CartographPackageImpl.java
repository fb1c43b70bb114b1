/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.AiPattern;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Channel;
import dev.cartograph.model.Confidence;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.DataAvailability;
import dev.cartograph.model.DataQuality;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.ExternalReference;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Period;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.QuadrantKind;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.UnitKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CartographPackageImpl extends EPackageImpl implements CartographPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationUnitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass portfolioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoringConfigurationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass criterionSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerJourneyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass frictionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workflowStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass useCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initiativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataAssetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roadmapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass waveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum severityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum frequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evidenceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workflowCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum useCaseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aiPatternEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum confidenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataAvailabilityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataQualityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aggregationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gateOperatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gateEffectEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum propertyTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum unitKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quadrantKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType dateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see dev.cartograph.model.CartographPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CartographPackageImpl() {
		super(eNS_URI, CartographFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CartographPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CartographPackage init() {
		if (isInited) return (CartographPackage)EPackage.Registry.INSTANCE.getEPackage(CartographPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCartographPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CartographPackageImpl theCartographPackage = registeredCartographPackage instanceof CartographPackageImpl ? (CartographPackageImpl)registeredCartographPackage : new CartographPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCartographPackage.createPackageContents();

		// Initialize created meta-data
		theCartographPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theCartographPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CartographPackage.eNS_URI, theCartographPackage);
		return theCartographPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamedElement_Properties() {
		return (EReference)namedElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNamedElement_Origin() {
		return (EReference)namedElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPropertyValue() {
		return propertyValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyValue_Key() {
		return (EAttribute)propertyValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyValue_Value() {
		return (EAttribute)propertyValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalReference() {
		return externalReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalReference_Source() {
		return (EAttribute)externalReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalReference_Id() {
		return (EAttribute)externalReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPropertyDefinition() {
		return propertyDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Key() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Name() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_NameFr() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Type() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Choices() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_AppliesTo() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Description() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisationUnit() {
		return organisationUnitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisationUnit_Kind() {
		return (EAttribute)organisationUnitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisationUnit_Parent() {
		return (EReference)organisationUnitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPortfolio() {
		return portfolioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_Organisation() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_Owner() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPortfolio_Currency() {
		return (EAttribute)portfolioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Scoring() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Journeys() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Workflows() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_UseCases() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Initiatives() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_DataAssets() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Roadmap() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_PropertyDefinitions() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPortfolio_Units() {
		return (EReference)portfolioEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoringConfiguration() {
		return scoringConfigurationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_StrategyId() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_ImpactThreshold() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_FeasibilityThreshold() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_Aggregation() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_DisagreementThreshold() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringConfiguration_Criteria() {
		return (EReference)scoringConfigurationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringConfiguration_Gates() {
		return (EReference)scoringConfigurationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_PartialRanking() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringConfiguration_MinimumCoverage() {
		return (EAttribute)scoringConfigurationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCriterionSetting() {
		return criterionSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterionSetting_CriterionId() {
		return (EAttribute)criterionSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterionSetting_Enabled() {
		return (EAttribute)criterionSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCriterionSetting_Weight() {
		return (EAttribute)criterionSettingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGate() {
		return gateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_CriterionId() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Operator() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Value() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Effect() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Reason() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGate_Enabled() {
		return (EAttribute)gateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerJourney() {
		return customerJourneyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerJourney_Persona() {
		return (EAttribute)customerJourneyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerJourney_Stages() {
		return (EReference)customerJourneyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourneyStage() {
		return journeyStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyStage_Kind() {
		return (EAttribute)journeyStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyStage_Journey() {
		return (EReference)journeyStageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyStage_Touchpoints() {
		return (EReference)journeyStageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyStage_Frictions() {
		return (EReference)journeyStageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyStage_UseCases() {
		return (EReference)journeyStageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint() {
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Channel() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Frictions() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFriction() {
		return frictionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFriction_Severity() {
		return (EAttribute)frictionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFriction_Frequency() {
		return (EAttribute)frictionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFriction_DrivesChurn() {
		return (EAttribute)frictionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFriction_OutOfScope() {
		return (EAttribute)frictionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFriction_Evidence() {
		return (EReference)frictionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFriction_Touchpoints() {
		return (EReference)frictionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFriction_AddressedBy() {
		return (EReference)frictionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidence() {
		return evidenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Kind() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Source() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Quote() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Figure() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_Link() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidence_CollectedOn() {
		return (EAttribute)evidenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvidence_Properties() {
		return (EReference)evidenceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflow() {
		return workflowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Scope() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Category() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_OwningUnit() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Unit() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Volume() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflow_Period() {
		return (EAttribute)workflowEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflow_Steps() {
		return (EReference)workflowEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkflowStep() {
		return workflowStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowStep_Workflow() {
		return (EReference)workflowStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowStep_Actor() {
		return (EAttribute)workflowStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowStep_ManualEffort() {
		return (EAttribute)workflowStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowStep_Volume() {
		return (EAttribute)workflowStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkflowStep_ErrorRate() {
		return (EAttribute)workflowStepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowStep_Successors() {
		return (EReference)workflowStepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowStep_Predecessors() {
		return (EReference)workflowStepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowStep_Frictions() {
		return (EReference)workflowStepEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkflowStep_UseCases() {
		return (EReference)workflowStepEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUseCase() {
		return useCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_Scope() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_Status() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_RejectionReason() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_AiPattern() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_Sponsor() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUseCase_Owner() {
		return (EAttribute)useCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Unit() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Steps() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Stages() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Frictions() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Initiatives() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_DataAssets() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_DependsOn() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Dependents() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Wave() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_BusinessCase() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getUseCase_Scores() {
		return (EReference)useCaseEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_CriterionId() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Rationale() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Confidence() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Assessor() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Date() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessCase() {
		return businessCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_Problem() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_ProposedSolution() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_ExpectedBenefits() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessCase_Kpis() {
		return (EReference)businessCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_OneOffCost() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_RunningCostPerYear() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_AnnualRevenueGained() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_AnnualCostAvoided() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_TimeToValueMonths() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_DataNeeded() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_Risks() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_ComplianceNotes() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_Dependencies() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessCase_Sponsor() {
		return (EAttribute)businessCaseEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpi() {
		return kpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Unit() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Baseline() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Target() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_HorizonMonths() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitiative() {
		return initiativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiative_Owner() {
		return (EAttribute)initiativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitiative_UseCases() {
		return (EReference)initiativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataAsset() {
		return dataAssetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_System() {
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Availability() {
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_Quality() {
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataAsset_ContainsPersonalData() {
		return (EAttribute)dataAssetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataAsset_UsedBy() {
		return (EReference)dataAssetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoadmap() {
		return roadmapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRoadmap_Waves() {
		return (EReference)roadmapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWave() {
		return waveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_Start() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_End() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_Theme() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_Capacity() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWave_UseCases() {
		return (EReference)waveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_IntendedScopes() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_IntendedCategories() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWave_IntendedQuadrants() {
		return (EAttribute)waveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStageKind() {
		return stageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannel() {
		return channelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSeverity() {
		return severityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFrequency() {
		return frequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvidenceKind() {
		return evidenceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScope() {
		return scopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkflowCategory() {
		return workflowCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriod() {
		return periodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUseCaseStatus() {
		return useCaseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAiPattern() {
		return aiPatternEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConfidence() {
		return confidenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataAvailability() {
		return dataAvailabilityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataQuality() {
		return dataQualityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAggregation() {
		return aggregationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGateOperator() {
		return gateOperatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGateEffect() {
		return gateEffectEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPropertyType() {
		return propertyTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getUnitKind() {
		return unitKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuadrantKind() {
		return quadrantKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDate() {
		return dateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CartographFactory getCartographFactory() {
		return (CartographFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);
		createEReference(namedElementEClass, NAMED_ELEMENT__PROPERTIES);
		createEReference(namedElementEClass, NAMED_ELEMENT__ORIGIN);

		propertyValueEClass = createEClass(PROPERTY_VALUE);
		createEAttribute(propertyValueEClass, PROPERTY_VALUE__KEY);
		createEAttribute(propertyValueEClass, PROPERTY_VALUE__VALUE);

		externalReferenceEClass = createEClass(EXTERNAL_REFERENCE);
		createEAttribute(externalReferenceEClass, EXTERNAL_REFERENCE__SOURCE);
		createEAttribute(externalReferenceEClass, EXTERNAL_REFERENCE__ID);

		propertyDefinitionEClass = createEClass(PROPERTY_DEFINITION);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__KEY);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__NAME);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__NAME_FR);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__TYPE);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__CHOICES);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__APPLIES_TO);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__DESCRIPTION);

		organisationUnitEClass = createEClass(ORGANISATION_UNIT);
		createEAttribute(organisationUnitEClass, ORGANISATION_UNIT__KIND);
		createEReference(organisationUnitEClass, ORGANISATION_UNIT__PARENT);

		portfolioEClass = createEClass(PORTFOLIO);
		createEAttribute(portfolioEClass, PORTFOLIO__ORGANISATION);
		createEAttribute(portfolioEClass, PORTFOLIO__OWNER);
		createEAttribute(portfolioEClass, PORTFOLIO__CURRENCY);
		createEReference(portfolioEClass, PORTFOLIO__SCORING);
		createEReference(portfolioEClass, PORTFOLIO__JOURNEYS);
		createEReference(portfolioEClass, PORTFOLIO__WORKFLOWS);
		createEReference(portfolioEClass, PORTFOLIO__USE_CASES);
		createEReference(portfolioEClass, PORTFOLIO__INITIATIVES);
		createEReference(portfolioEClass, PORTFOLIO__DATA_ASSETS);
		createEReference(portfolioEClass, PORTFOLIO__ROADMAP);
		createEReference(portfolioEClass, PORTFOLIO__PROPERTY_DEFINITIONS);
		createEReference(portfolioEClass, PORTFOLIO__UNITS);

		scoringConfigurationEClass = createEClass(SCORING_CONFIGURATION);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__STRATEGY_ID);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__IMPACT_THRESHOLD);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__AGGREGATION);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD);
		createEReference(scoringConfigurationEClass, SCORING_CONFIGURATION__CRITERIA);
		createEReference(scoringConfigurationEClass, SCORING_CONFIGURATION__GATES);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__PARTIAL_RANKING);
		createEAttribute(scoringConfigurationEClass, SCORING_CONFIGURATION__MINIMUM_COVERAGE);

		criterionSettingEClass = createEClass(CRITERION_SETTING);
		createEAttribute(criterionSettingEClass, CRITERION_SETTING__CRITERION_ID);
		createEAttribute(criterionSettingEClass, CRITERION_SETTING__ENABLED);
		createEAttribute(criterionSettingEClass, CRITERION_SETTING__WEIGHT);

		gateEClass = createEClass(GATE);
		createEAttribute(gateEClass, GATE__CRITERION_ID);
		createEAttribute(gateEClass, GATE__OPERATOR);
		createEAttribute(gateEClass, GATE__VALUE);
		createEAttribute(gateEClass, GATE__EFFECT);
		createEAttribute(gateEClass, GATE__REASON);
		createEAttribute(gateEClass, GATE__ENABLED);

		customerJourneyEClass = createEClass(CUSTOMER_JOURNEY);
		createEAttribute(customerJourneyEClass, CUSTOMER_JOURNEY__PERSONA);
		createEReference(customerJourneyEClass, CUSTOMER_JOURNEY__STAGES);

		journeyStageEClass = createEClass(JOURNEY_STAGE);
		createEAttribute(journeyStageEClass, JOURNEY_STAGE__KIND);
		createEReference(journeyStageEClass, JOURNEY_STAGE__JOURNEY);
		createEReference(journeyStageEClass, JOURNEY_STAGE__TOUCHPOINTS);
		createEReference(journeyStageEClass, JOURNEY_STAGE__FRICTIONS);
		createEReference(journeyStageEClass, JOURNEY_STAGE__USE_CASES);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEAttribute(touchpointEClass, TOUCHPOINT__CHANNEL);
		createEReference(touchpointEClass, TOUCHPOINT__FRICTIONS);

		frictionEClass = createEClass(FRICTION);
		createEAttribute(frictionEClass, FRICTION__SEVERITY);
		createEAttribute(frictionEClass, FRICTION__FREQUENCY);
		createEAttribute(frictionEClass, FRICTION__DRIVES_CHURN);
		createEAttribute(frictionEClass, FRICTION__OUT_OF_SCOPE);
		createEReference(frictionEClass, FRICTION__EVIDENCE);
		createEReference(frictionEClass, FRICTION__TOUCHPOINTS);
		createEReference(frictionEClass, FRICTION__ADDRESSED_BY);

		evidenceEClass = createEClass(EVIDENCE);
		createEAttribute(evidenceEClass, EVIDENCE__KIND);
		createEAttribute(evidenceEClass, EVIDENCE__SOURCE);
		createEAttribute(evidenceEClass, EVIDENCE__QUOTE);
		createEAttribute(evidenceEClass, EVIDENCE__FIGURE);
		createEAttribute(evidenceEClass, EVIDENCE__LINK);
		createEAttribute(evidenceEClass, EVIDENCE__COLLECTED_ON);
		createEReference(evidenceEClass, EVIDENCE__PROPERTIES);

		workflowEClass = createEClass(WORKFLOW);
		createEAttribute(workflowEClass, WORKFLOW__SCOPE);
		createEAttribute(workflowEClass, WORKFLOW__CATEGORY);
		createEAttribute(workflowEClass, WORKFLOW__OWNING_UNIT);
		createEReference(workflowEClass, WORKFLOW__UNIT);
		createEAttribute(workflowEClass, WORKFLOW__VOLUME);
		createEAttribute(workflowEClass, WORKFLOW__PERIOD);
		createEReference(workflowEClass, WORKFLOW__STEPS);

		workflowStepEClass = createEClass(WORKFLOW_STEP);
		createEReference(workflowStepEClass, WORKFLOW_STEP__WORKFLOW);
		createEAttribute(workflowStepEClass, WORKFLOW_STEP__ACTOR);
		createEAttribute(workflowStepEClass, WORKFLOW_STEP__MANUAL_EFFORT);
		createEAttribute(workflowStepEClass, WORKFLOW_STEP__VOLUME);
		createEAttribute(workflowStepEClass, WORKFLOW_STEP__ERROR_RATE);
		createEReference(workflowStepEClass, WORKFLOW_STEP__SUCCESSORS);
		createEReference(workflowStepEClass, WORKFLOW_STEP__PREDECESSORS);
		createEReference(workflowStepEClass, WORKFLOW_STEP__FRICTIONS);
		createEReference(workflowStepEClass, WORKFLOW_STEP__USE_CASES);

		useCaseEClass = createEClass(USE_CASE);
		createEAttribute(useCaseEClass, USE_CASE__SCOPE);
		createEAttribute(useCaseEClass, USE_CASE__STATUS);
		createEAttribute(useCaseEClass, USE_CASE__REJECTION_REASON);
		createEAttribute(useCaseEClass, USE_CASE__AI_PATTERN);
		createEAttribute(useCaseEClass, USE_CASE__SPONSOR);
		createEAttribute(useCaseEClass, USE_CASE__OWNER);
		createEReference(useCaseEClass, USE_CASE__UNIT);
		createEReference(useCaseEClass, USE_CASE__STEPS);
		createEReference(useCaseEClass, USE_CASE__STAGES);
		createEReference(useCaseEClass, USE_CASE__FRICTIONS);
		createEReference(useCaseEClass, USE_CASE__INITIATIVES);
		createEReference(useCaseEClass, USE_CASE__DATA_ASSETS);
		createEReference(useCaseEClass, USE_CASE__DEPENDS_ON);
		createEReference(useCaseEClass, USE_CASE__DEPENDENTS);
		createEReference(useCaseEClass, USE_CASE__WAVE);
		createEReference(useCaseEClass, USE_CASE__BUSINESS_CASE);
		createEReference(useCaseEClass, USE_CASE__SCORES);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__CRITERION_ID);
		createEAttribute(scoreEClass, SCORE__VALUE);
		createEAttribute(scoreEClass, SCORE__RATIONALE);
		createEAttribute(scoreEClass, SCORE__CONFIDENCE);
		createEAttribute(scoreEClass, SCORE__ASSESSOR);
		createEAttribute(scoreEClass, SCORE__DATE);

		businessCaseEClass = createEClass(BUSINESS_CASE);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__PROBLEM);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__PROPOSED_SOLUTION);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__EXPECTED_BENEFITS);
		createEReference(businessCaseEClass, BUSINESS_CASE__KPIS);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__ONE_OFF_COST);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__RUNNING_COST_PER_YEAR);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__ANNUAL_REVENUE_GAINED);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__ANNUAL_COST_AVOIDED);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__TIME_TO_VALUE_MONTHS);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__DATA_NEEDED);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__RISKS);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__COMPLIANCE_NOTES);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__DEPENDENCIES);
		createEAttribute(businessCaseEClass, BUSINESS_CASE__SPONSOR);

		kpiEClass = createEClass(KPI);
		createEAttribute(kpiEClass, KPI__UNIT);
		createEAttribute(kpiEClass, KPI__BASELINE);
		createEAttribute(kpiEClass, KPI__TARGET);
		createEAttribute(kpiEClass, KPI__HORIZON_MONTHS);

		initiativeEClass = createEClass(INITIATIVE);
		createEAttribute(initiativeEClass, INITIATIVE__OWNER);
		createEReference(initiativeEClass, INITIATIVE__USE_CASES);

		dataAssetEClass = createEClass(DATA_ASSET);
		createEAttribute(dataAssetEClass, DATA_ASSET__SYSTEM);
		createEAttribute(dataAssetEClass, DATA_ASSET__AVAILABILITY);
		createEAttribute(dataAssetEClass, DATA_ASSET__QUALITY);
		createEAttribute(dataAssetEClass, DATA_ASSET__CONTAINS_PERSONAL_DATA);
		createEReference(dataAssetEClass, DATA_ASSET__USED_BY);

		roadmapEClass = createEClass(ROADMAP);
		createEReference(roadmapEClass, ROADMAP__WAVES);

		waveEClass = createEClass(WAVE);
		createEAttribute(waveEClass, WAVE__START);
		createEAttribute(waveEClass, WAVE__END);
		createEAttribute(waveEClass, WAVE__THEME);
		createEAttribute(waveEClass, WAVE__CAPACITY);
		createEReference(waveEClass, WAVE__USE_CASES);
		createEAttribute(waveEClass, WAVE__INTENDED_SCOPES);
		createEAttribute(waveEClass, WAVE__INTENDED_CATEGORIES);
		createEAttribute(waveEClass, WAVE__INTENDED_QUADRANTS);

		// Create enums
		stageKindEEnum = createEEnum(STAGE_KIND);
		channelEEnum = createEEnum(CHANNEL);
		severityEEnum = createEEnum(SEVERITY);
		frequencyEEnum = createEEnum(FREQUENCY);
		evidenceKindEEnum = createEEnum(EVIDENCE_KIND);
		scopeEEnum = createEEnum(SCOPE);
		workflowCategoryEEnum = createEEnum(WORKFLOW_CATEGORY);
		periodEEnum = createEEnum(PERIOD);
		useCaseStatusEEnum = createEEnum(USE_CASE_STATUS);
		aiPatternEEnum = createEEnum(AI_PATTERN);
		confidenceEEnum = createEEnum(CONFIDENCE);
		dataAvailabilityEEnum = createEEnum(DATA_AVAILABILITY);
		dataQualityEEnum = createEEnum(DATA_QUALITY);
		aggregationEEnum = createEEnum(AGGREGATION);
		gateOperatorEEnum = createEEnum(GATE_OPERATOR);
		gateEffectEEnum = createEEnum(GATE_EFFECT);
		propertyTypeEEnum = createEEnum(PROPERTY_TYPE);
		unitKindEEnum = createEEnum(UNIT_KIND);
		quadrantKindEEnum = createEEnum(QUADRANT_KIND);

		// Create data types
		dateEDataType = createEDataType(DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		organisationUnitEClass.getESuperTypes().add(this.getNamedElement());
		portfolioEClass.getESuperTypes().add(this.getNamedElement());
		customerJourneyEClass.getESuperTypes().add(this.getNamedElement());
		journeyStageEClass.getESuperTypes().add(this.getNamedElement());
		touchpointEClass.getESuperTypes().add(this.getNamedElement());
		frictionEClass.getESuperTypes().add(this.getNamedElement());
		workflowEClass.getESuperTypes().add(this.getNamedElement());
		workflowStepEClass.getESuperTypes().add(this.getNamedElement());
		useCaseEClass.getESuperTypes().add(this.getNamedElement());
		kpiEClass.getESuperTypes().add(this.getNamedElement());
		initiativeEClass.getESuperTypes().add(this.getNamedElement());
		dataAssetEClass.getESuperTypes().add(this.getNamedElement());
		roadmapEClass.getESuperTypes().add(this.getNamedElement());
		waveEClass.getESuperTypes().add(this.getNamedElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getNamedElement_Properties(), this.getPropertyValue(), null, "properties", null, 0, -1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getNamedElement_Origin(), this.getExternalReference(), null, "origin", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(propertyValueEClass, PropertyValue.class, "PropertyValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPropertyValue_Key(), ecorePackage.getEString(), "key", null, 1, 1, PropertyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, PropertyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(externalReferenceEClass, ExternalReference.class, "ExternalReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getExternalReference_Source(), ecorePackage.getEString(), "source", null, 1, 1, ExternalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getExternalReference_Id(), ecorePackage.getEString(), "id", null, 1, 1, ExternalReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(propertyDefinitionEClass, PropertyDefinition.class, "PropertyDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_Key(), ecorePackage.getEString(), "key", null, 1, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_Name(), ecorePackage.getEString(), "name", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_NameFr(), ecorePackage.getEString(), "nameFr", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_Type(), this.getPropertyType(), "type", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_Choices(), ecorePackage.getEString(), "choices", null, 0, -1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_AppliesTo(), ecorePackage.getEString(), "appliesTo", null, 0, -1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPropertyDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(organisationUnitEClass, OrganisationUnit.class, "OrganisationUnit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getOrganisationUnit_Kind(), this.getUnitKind(), "kind", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getOrganisationUnit_Parent(), this.getOrganisationUnit(), null, "parent", null, 0, 1, OrganisationUnit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(portfolioEClass, Portfolio.class, "Portfolio", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPortfolio_Organisation(), ecorePackage.getEString(), "organisation", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPortfolio_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPortfolio_Currency(), ecorePackage.getEString(), "currency", "EUR", 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPortfolio_Scoring(), this.getScoringConfiguration(), null, "scoring", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_Journeys(), this.getCustomerJourney(), null, "journeys", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_Workflows(), this.getWorkflow(), null, "workflows", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_UseCases(), this.getUseCase(), null, "useCases", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_Initiatives(), this.getInitiative(), null, "initiatives", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_DataAssets(), this.getDataAsset(), null, "dataAssets", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_Roadmap(), this.getRoadmap(), null, "roadmap", null, 0, 1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_PropertyDefinitions(), this.getPropertyDefinition(), null, "propertyDefinitions", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPortfolio_Units(), this.getOrganisationUnit(), null, "units", null, 0, -1, Portfolio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scoringConfigurationEClass, ScoringConfiguration.class, "ScoringConfiguration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScoringConfiguration_StrategyId(), ecorePackage.getEString(), "strategyId", "weighted-sum", 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getScoringConfiguration_ImpactThreshold(), ecorePackage.getEDouble(), "impactThreshold", "50.0", 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getScoringConfiguration_FeasibilityThreshold(), ecorePackage.getEDouble(), "feasibilityThreshold", "50.0", 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getScoringConfiguration_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoringConfiguration_DisagreementThreshold(), ecorePackage.getEDouble(), "disagreementThreshold", "25.0", 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getScoringConfiguration_Criteria(), this.getCriterionSetting(), null, "criteria", null, 0, -1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScoringConfiguration_Gates(), this.getGate(), null, "gates", null, 0, -1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoringConfiguration_PartialRanking(), ecorePackage.getEBoolean(), "partialRanking", null, 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoringConfiguration_MinimumCoverage(), ecorePackage.getEDouble(), "minimumCoverage", "50.0", 0, 1, ScoringConfiguration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(criterionSettingEClass, CriterionSetting.class, "CriterionSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCriterionSetting_CriterionId(), ecorePackage.getEString(), "criterionId", null, 1, 1, CriterionSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCriterionSetting_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, CriterionSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getCriterionSetting_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, CriterionSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(gateEClass, Gate.class, "Gate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getGate_CriterionId(), ecorePackage.getEString(), "criterionId", null, 1, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGate_Operator(), this.getGateOperator(), "operator", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGate_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGate_Effect(), this.getGateEffect(), "effect", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGate_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGate_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Gate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(customerJourneyEClass, CustomerJourney.class, "CustomerJourney", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCustomerJourney_Persona(), ecorePackage.getEString(), "persona", null, 0, 1, CustomerJourney.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCustomerJourney_Stages(), this.getJourneyStage(), this.getJourneyStage_Journey(), "stages", null, 0, -1, CustomerJourney.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(journeyStageEClass, JourneyStage.class, "JourneyStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getJourneyStage_Kind(), this.getStageKind(), "kind", null, 0, 1, JourneyStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourneyStage_Journey(), this.getCustomerJourney(), this.getCustomerJourney_Stages(), "journey", null, 0, 1, JourneyStage.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourneyStage_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, JourneyStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourneyStage_Frictions(), this.getFriction(), null, "frictions", null, 0, -1, JourneyStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getJourneyStage_UseCases(), this.getUseCase(), this.getUseCase_Stages(), "useCases", null, 0, -1, JourneyStage.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTouchpoint_Channel(), this.getChannel(), "channel", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTouchpoint_Frictions(), this.getFriction(), this.getFriction_Touchpoints(), "frictions", null, 0, -1, Touchpoint.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(frictionEClass, Friction.class, "Friction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getFriction_Severity(), this.getSeverity(), "severity", null, 0, 1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFriction_Frequency(), this.getFrequency(), "frequency", null, 0, 1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFriction_DrivesChurn(), ecorePackage.getEBoolean(), "drivesChurn", null, 0, 1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getFriction_OutOfScope(), ecorePackage.getEBoolean(), "outOfScope", null, 0, 1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFriction_Evidence(), this.getEvidence(), null, "evidence", null, 0, -1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFriction_Touchpoints(), this.getTouchpoint(), this.getTouchpoint_Frictions(), "touchpoints", null, 0, -1, Friction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getFriction_AddressedBy(), this.getUseCase(), this.getUseCase_Frictions(), "addressedBy", null, 0, -1, Friction.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(evidenceEClass, Evidence.class, "Evidence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEvidence_Kind(), this.getEvidenceKind(), "kind", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_Source(), ecorePackage.getEString(), "source", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_Figure(), ecorePackage.getEString(), "figure", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_Link(), ecorePackage.getEString(), "link", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvidence_CollectedOn(), this.getDate(), "collectedOn", null, 0, 1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvidence_Properties(), this.getPropertyValue(), null, "properties", null, 0, -1, Evidence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(workflowEClass, Workflow.class, "Workflow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getWorkflow_Scope(), this.getScope(), "scope", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflow_Category(), this.getWorkflowCategory(), "category", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflow_OwningUnit(), ecorePackage.getEString(), "owningUnit", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWorkflow_Unit(), this.getOrganisationUnit(), null, "unit", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflow_Volume(), ecorePackage.getEDouble(), "volume", null, 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflow_Period(), this.getPeriod(), "period", "month", 0, 1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getWorkflow_Steps(), this.getWorkflowStep(), this.getWorkflowStep_Workflow(), "steps", null, 0, -1, Workflow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(workflowStepEClass, WorkflowStep.class, "WorkflowStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getWorkflowStep_Workflow(), this.getWorkflow(), this.getWorkflow_Steps(), "workflow", null, 0, 1, WorkflowStep.class, IS_TRANSIENT, !IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflowStep_Actor(), ecorePackage.getEString(), "actor", null, 0, 1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflowStep_ManualEffort(), ecorePackage.getEDouble(), "manualEffort", null, 0, 1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflowStep_Volume(), ecorePackage.getEDouble(), "volume", null, 0, 1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWorkflowStep_ErrorRate(), ecorePackage.getEDouble(), "errorRate", null, 0, 1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWorkflowStep_Successors(), this.getWorkflowStep(), this.getWorkflowStep_Predecessors(), "successors", null, 0, -1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWorkflowStep_Predecessors(), this.getWorkflowStep(), this.getWorkflowStep_Successors(), "predecessors", null, 0, -1, WorkflowStep.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWorkflowStep_Frictions(), this.getFriction(), null, "frictions", null, 0, -1, WorkflowStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWorkflowStep_UseCases(), this.getUseCase(), this.getUseCase_Steps(), "useCases", null, 0, -1, WorkflowStep.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(useCaseEClass, UseCase.class, "UseCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getUseCase_Scope(), this.getScope(), "scope", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUseCase_Status(), this.getUseCaseStatus(), "status", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUseCase_RejectionReason(), ecorePackage.getEString(), "rejectionReason", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUseCase_AiPattern(), this.getAiPattern(), "aiPattern", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUseCase_Sponsor(), ecorePackage.getEString(), "sponsor", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUseCase_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Unit(), this.getOrganisationUnit(), null, "unit", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Steps(), this.getWorkflowStep(), this.getWorkflowStep_UseCases(), "steps", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Stages(), this.getJourneyStage(), this.getJourneyStage_UseCases(), "stages", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Frictions(), this.getFriction(), this.getFriction_AddressedBy(), "frictions", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Initiatives(), this.getInitiative(), this.getInitiative_UseCases(), "initiatives", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_DataAssets(), this.getDataAsset(), this.getDataAsset_UsedBy(), "dataAssets", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_DependsOn(), this.getUseCase(), this.getUseCase_Dependents(), "dependsOn", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Dependents(), this.getUseCase(), this.getUseCase_DependsOn(), "dependents", null, 0, -1, UseCase.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Wave(), this.getWave(), this.getWave_UseCases(), "wave", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_BusinessCase(), this.getBusinessCase(), null, "businessCase", null, 0, 1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getUseCase_Scores(), this.getScore(), null, "scores", null, 0, -1, UseCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScore_CriterionId(), ecorePackage.getEString(), "criterionId", null, 1, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScore_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScore_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScore_Confidence(), this.getConfidence(), "confidence", "medium", 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getScore_Assessor(), ecorePackage.getEString(), "assessor", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScore_Date(), this.getDate(), "date", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(businessCaseEClass, BusinessCase.class, "BusinessCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBusinessCase_Problem(), ecorePackage.getEString(), "problem", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_ProposedSolution(), ecorePackage.getEString(), "proposedSolution", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_ExpectedBenefits(), ecorePackage.getEString(), "expectedBenefits", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBusinessCase_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_OneOffCost(), ecorePackage.getEDouble(), "oneOffCost", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_RunningCostPerYear(), ecorePackage.getEDouble(), "runningCostPerYear", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_AnnualRevenueGained(), ecorePackage.getEDouble(), "annualRevenueGained", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_AnnualCostAvoided(), ecorePackage.getEDouble(), "annualCostAvoided", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_TimeToValueMonths(), ecorePackage.getEInt(), "timeToValueMonths", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_DataNeeded(), ecorePackage.getEString(), "dataNeeded", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_Risks(), ecorePackage.getEString(), "risks", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_ComplianceNotes(), ecorePackage.getEString(), "complianceNotes", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_Dependencies(), ecorePackage.getEString(), "dependencies", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBusinessCase_Sponsor(), ecorePackage.getEString(), "sponsor", null, 0, 1, BusinessCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiEClass, Kpi.class, "Kpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKpi_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Baseline(), ecorePackage.getEDouble(), "baseline", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Target(), ecorePackage.getEDouble(), "target", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_HorizonMonths(), ecorePackage.getEInt(), "horizonMonths", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(initiativeEClass, Initiative.class, "Initiative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInitiative_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Initiative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInitiative_UseCases(), this.getUseCase(), this.getUseCase_Initiatives(), "useCases", null, 0, -1, Initiative.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(dataAssetEClass, DataAsset.class, "DataAsset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDataAsset_System(), ecorePackage.getEString(), "system", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataAsset_Availability(), this.getDataAvailability(), "availability", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataAsset_Quality(), this.getDataQuality(), "quality", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDataAsset_ContainsPersonalData(), ecorePackage.getEBoolean(), "containsPersonalData", null, 0, 1, DataAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getDataAsset_UsedBy(), this.getUseCase(), this.getUseCase_DataAssets(), "usedBy", null, 0, -1, DataAsset.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(roadmapEClass, Roadmap.class, "Roadmap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getRoadmap_Waves(), this.getWave(), null, "waves", null, 0, -1, Roadmap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(waveEClass, Wave.class, "Wave", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getWave_Start(), this.getDate(), "start", null, 0, 1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_End(), this.getDate(), "end", null, 0, 1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_Capacity(), ecorePackage.getEInt(), "capacity", null, 0, 1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getWave_UseCases(), this.getUseCase(), this.getUseCase_Wave(), "useCases", null, 0, -1, Wave.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_IntendedScopes(), this.getScope(), "intendedScopes", null, 0, -1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_IntendedCategories(), this.getWorkflowCategory(), "intendedCategories", null, 0, -1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWave_IntendedQuadrants(), this.getQuadrantKind(), "intendedQuadrants", null, 0, -1, Wave.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(stageKindEEnum, StageKind.class, "StageKind"); //$NON-NLS-1$
		addEEnumLiteral(stageKindEEnum, StageKind.DISCOVERY);
		addEEnumLiteral(stageKindEEnum, StageKind.ONBOARDING);
		addEEnumLiteral(stageKindEEnum, StageKind.ENGAGEMENT);
		addEEnumLiteral(stageKindEEnum, StageKind.SUPPORT);
		addEEnumLiteral(stageKindEEnum, StageKind.RETENTION);
		addEEnumLiteral(stageKindEEnum, StageKind.POST_JOURNEY);

		initEEnum(channelEEnum, Channel.class, "Channel"); //$NON-NLS-1$
		addEEnumLiteral(channelEEnum, Channel.WEB);
		addEEnumLiteral(channelEEnum, Channel.MOBILE_APP);
		addEEnumLiteral(channelEEnum, Channel.EMAIL);
		addEEnumLiteral(channelEEnum, Channel.PHONE);
		addEEnumLiteral(channelEEnum, Channel.CHAT);
		addEEnumLiteral(channelEEnum, Channel.IN_PERSON);
		addEEnumLiteral(channelEEnum, Channel.POST);
		addEEnumLiteral(channelEEnum, Channel.SOCIAL_MEDIA);
		addEEnumLiteral(channelEEnum, Channel.PARTNER);
		addEEnumLiteral(channelEEnum, Channel.OTHER);

		initEEnum(severityEEnum, Severity.class, "Severity"); //$NON-NLS-1$
		addEEnumLiteral(severityEEnum, Severity.LOW);
		addEEnumLiteral(severityEEnum, Severity.MEDIUM);
		addEEnumLiteral(severityEEnum, Severity.HIGH);
		addEEnumLiteral(severityEEnum, Severity.CRITICAL);

		initEEnum(frequencyEEnum, Frequency.class, "Frequency"); //$NON-NLS-1$
		addEEnumLiteral(frequencyEEnum, Frequency.RARE);
		addEEnumLiteral(frequencyEEnum, Frequency.OCCASIONAL);
		addEEnumLiteral(frequencyEEnum, Frequency.FREQUENT);
		addEEnumLiteral(frequencyEEnum, Frequency.CONSTANT);

		initEEnum(evidenceKindEEnum, EvidenceKind.class, "EvidenceKind"); //$NON-NLS-1$
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.INTERVIEW);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.SURVEY);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.SUPPORT_TICKETS);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.ANALYTICS);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.NPS_VERBATIM);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OBSERVATION);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.PROCESS_MINING);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.DOCUMENT);
		addEEnumLiteral(evidenceKindEEnum, EvidenceKind.OTHER);

		initEEnum(scopeEEnum, Scope.class, "Scope"); //$NON-NLS-1$
		addEEnumLiteral(scopeEEnum, Scope.INTERNAL);
		addEEnumLiteral(scopeEEnum, Scope.EXTERNAL);

		initEEnum(workflowCategoryEEnum, WorkflowCategory.class, "WorkflowCategory"); //$NON-NLS-1$
		addEEnumLiteral(workflowCategoryEEnum, WorkflowCategory.HIGH_VOLUME_REPETITIVE);
		addEEnumLiteral(workflowCategoryEEnum, WorkflowCategory.LONG_TAIL);
		addEEnumLiteral(workflowCategoryEEnum, WorkflowCategory.CUSTOMER_FACING);

		initEEnum(periodEEnum, Period.class, "Period"); //$NON-NLS-1$
		addEEnumLiteral(periodEEnum, Period.DAY);
		addEEnumLiteral(periodEEnum, Period.WEEK);
		addEEnumLiteral(periodEEnum, Period.MONTH);
		addEEnumLiteral(periodEEnum, Period.QUARTER);
		addEEnumLiteral(periodEEnum, Period.YEAR);

		initEEnum(useCaseStatusEEnum, UseCaseStatus.class, "UseCaseStatus"); //$NON-NLS-1$
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.IDEA);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.QUALIFIED);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.BUSINESS_CASE);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.APPROVED);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.PILOT);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.DEPLOYED);
		addEEnumLiteral(useCaseStatusEEnum, UseCaseStatus.REJECTED);

		initEEnum(aiPatternEEnum, AiPattern.class, "AiPattern"); //$NON-NLS-1$
		addEEnumLiteral(aiPatternEEnum, AiPattern.EXTRACTION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.CLASSIFICATION_ROUTING);
		addEEnumLiteral(aiPatternEEnum, AiPattern.GENERATION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.CONVERSATIONAL_ASSISTANT);
		addEEnumLiteral(aiPatternEEnum, AiPattern.SEARCH_KNOWLEDGE);
		addEEnumLiteral(aiPatternEEnum, AiPattern.PREDICTION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.RECOMMENDATION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.ANOMALY_DETECTION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.OPTIMISATION);
		addEEnumLiteral(aiPatternEEnum, AiPattern.OTHER);

		initEEnum(confidenceEEnum, Confidence.class, "Confidence"); //$NON-NLS-1$
		addEEnumLiteral(confidenceEEnum, Confidence.LOW);
		addEEnumLiteral(confidenceEEnum, Confidence.MEDIUM);
		addEEnumLiteral(confidenceEEnum, Confidence.HIGH);

		initEEnum(dataAvailabilityEEnum, DataAvailability.class, "DataAvailability"); //$NON-NLS-1$
		addEEnumLiteral(dataAvailabilityEEnum, DataAvailability.AVAILABLE);
		addEEnumLiteral(dataAvailabilityEEnum, DataAvailability.PARTIAL);
		addEEnumLiteral(dataAvailabilityEEnum, DataAvailability.TO_BE_ACQUIRED);

		initEEnum(dataQualityEEnum, DataQuality.class, "DataQuality"); //$NON-NLS-1$
		addEEnumLiteral(dataQualityEEnum, DataQuality.UNKNOWN);
		addEEnumLiteral(dataQualityEEnum, DataQuality.LOW);
		addEEnumLiteral(dataQualityEEnum, DataQuality.MEDIUM);
		addEEnumLiteral(dataQualityEEnum, DataQuality.HIGH);

		initEEnum(aggregationEEnum, Aggregation.class, "Aggregation"); //$NON-NLS-1$
		addEEnumLiteral(aggregationEEnum, Aggregation.MEDIAN);
		addEEnumLiteral(aggregationEEnum, Aggregation.MEAN);
		addEEnumLiteral(aggregationEEnum, Aggregation.MINIMUM);
		addEEnumLiteral(aggregationEEnum, Aggregation.MAXIMUM);

		initEEnum(gateOperatorEEnum, GateOperator.class, "GateOperator"); //$NON-NLS-1$
		addEEnumLiteral(gateOperatorEEnum, GateOperator.AT_LEAST);
		addEEnumLiteral(gateOperatorEEnum, GateOperator.AT_MOST);

		initEEnum(gateEffectEEnum, GateEffect.class, "GateEffect"); //$NON-NLS-1$
		addEEnumLiteral(gateEffectEEnum, GateEffect.BLOCK);
		addEEnumLiteral(gateEffectEEnum, GateEffect.NOT_READY);

		initEEnum(propertyTypeEEnum, PropertyType.class, "PropertyType"); //$NON-NLS-1$
		addEEnumLiteral(propertyTypeEEnum, PropertyType.TEXT);
		addEEnumLiteral(propertyTypeEEnum, PropertyType.NUMBER);
		addEEnumLiteral(propertyTypeEEnum, PropertyType.DATE);
		addEEnumLiteral(propertyTypeEEnum, PropertyType.YES_NO);
		addEEnumLiteral(propertyTypeEEnum, PropertyType.CHOICE);

		initEEnum(unitKindEEnum, UnitKind.class, "UnitKind"); //$NON-NLS-1$
		addEEnumLiteral(unitKindEEnum, UnitKind.DEPARTMENT);
		addEEnumLiteral(unitKindEEnum, UnitKind.AGENCY);
		addEEnumLiteral(unitKindEEnum, UnitKind.BUSINESS_UNIT);
		addEEnumLiteral(unitKindEEnum, UnitKind.OTHER);

		initEEnum(quadrantKindEEnum, QuadrantKind.class, "QuadrantKind"); //$NON-NLS-1$
		addEEnumLiteral(quadrantKindEEnum, QuadrantKind.QUICK_WIN);
		addEEnumLiteral(quadrantKindEEnum, QuadrantKind.STRATEGIC_BET);
		addEEnumLiteral(quadrantKindEEnum, QuadrantKind.FILL_IN);
		addEEnumLiteral(quadrantKindEEnum, QuadrantKind.DROP);

		// Initialize data types
		initEDataType(dateEDataType, LocalDate.class, "Date", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //CartographPackageImpl
