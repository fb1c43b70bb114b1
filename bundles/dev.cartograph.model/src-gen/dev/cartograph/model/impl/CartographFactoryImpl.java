/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CartographFactoryImpl extends EFactoryImpl implements CartographFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CartographFactory init() {
		try {
			CartographFactory theCartographFactory = (CartographFactory)EPackage.Registry.INSTANCE.getEFactory(CartographPackage.eNS_URI);
			if (theCartographFactory != null) {
				return theCartographFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CartographFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CartographFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CartographPackage.PROPERTY_VALUE: return createPropertyValue();
			case CartographPackage.EXTERNAL_REFERENCE: return createExternalReference();
			case CartographPackage.PROPERTY_DEFINITION: return createPropertyDefinition();
			case CartographPackage.ORGANISATION_UNIT: return createOrganisationUnit();
			case CartographPackage.PORTFOLIO: return createPortfolio();
			case CartographPackage.SCORING_CONFIGURATION: return createScoringConfiguration();
			case CartographPackage.CRITERION_SETTING: return createCriterionSetting();
			case CartographPackage.GATE: return createGate();
			case CartographPackage.CUSTOMER_JOURNEY: return createCustomerJourney();
			case CartographPackage.JOURNEY_STAGE: return createJourneyStage();
			case CartographPackage.TOUCHPOINT: return createTouchpoint();
			case CartographPackage.FRICTION: return createFriction();
			case CartographPackage.EVIDENCE: return createEvidence();
			case CartographPackage.WORKFLOW: return createWorkflow();
			case CartographPackage.WORKFLOW_STEP: return createWorkflowStep();
			case CartographPackage.USE_CASE: return createUseCase();
			case CartographPackage.SCORE: return createScore();
			case CartographPackage.BUSINESS_CASE: return createBusinessCase();
			case CartographPackage.KPI: return createKpi();
			case CartographPackage.INITIATIVE: return createInitiative();
			case CartographPackage.DATA_ASSET: return createDataAsset();
			case CartographPackage.ROADMAP: return createRoadmap();
			case CartographPackage.WAVE: return createWave();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CartographPackage.STAGE_KIND:
				return createStageKindFromString(eDataType, initialValue);
			case CartographPackage.CHANNEL:
				return createChannelFromString(eDataType, initialValue);
			case CartographPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case CartographPackage.FREQUENCY:
				return createFrequencyFromString(eDataType, initialValue);
			case CartographPackage.EVIDENCE_KIND:
				return createEvidenceKindFromString(eDataType, initialValue);
			case CartographPackage.SCOPE:
				return createScopeFromString(eDataType, initialValue);
			case CartographPackage.WORKFLOW_CATEGORY:
				return createWorkflowCategoryFromString(eDataType, initialValue);
			case CartographPackage.PERIOD:
				return createPeriodFromString(eDataType, initialValue);
			case CartographPackage.USE_CASE_STATUS:
				return createUseCaseStatusFromString(eDataType, initialValue);
			case CartographPackage.AI_PATTERN:
				return createAiPatternFromString(eDataType, initialValue);
			case CartographPackage.CONFIDENCE:
				return createConfidenceFromString(eDataType, initialValue);
			case CartographPackage.DATA_AVAILABILITY:
				return createDataAvailabilityFromString(eDataType, initialValue);
			case CartographPackage.DATA_QUALITY:
				return createDataQualityFromString(eDataType, initialValue);
			case CartographPackage.AGGREGATION:
				return createAggregationFromString(eDataType, initialValue);
			case CartographPackage.GATE_OPERATOR:
				return createGateOperatorFromString(eDataType, initialValue);
			case CartographPackage.GATE_EFFECT:
				return createGateEffectFromString(eDataType, initialValue);
			case CartographPackage.PROPERTY_TYPE:
				return createPropertyTypeFromString(eDataType, initialValue);
			case CartographPackage.UNIT_KIND:
				return createUnitKindFromString(eDataType, initialValue);
			case CartographPackage.QUADRANT_KIND:
				return createQuadrantKindFromString(eDataType, initialValue);
			case CartographPackage.DATE:
				return createDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CartographPackage.STAGE_KIND:
				return convertStageKindToString(eDataType, instanceValue);
			case CartographPackage.CHANNEL:
				return convertChannelToString(eDataType, instanceValue);
			case CartographPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case CartographPackage.FREQUENCY:
				return convertFrequencyToString(eDataType, instanceValue);
			case CartographPackage.EVIDENCE_KIND:
				return convertEvidenceKindToString(eDataType, instanceValue);
			case CartographPackage.SCOPE:
				return convertScopeToString(eDataType, instanceValue);
			case CartographPackage.WORKFLOW_CATEGORY:
				return convertWorkflowCategoryToString(eDataType, instanceValue);
			case CartographPackage.PERIOD:
				return convertPeriodToString(eDataType, instanceValue);
			case CartographPackage.USE_CASE_STATUS:
				return convertUseCaseStatusToString(eDataType, instanceValue);
			case CartographPackage.AI_PATTERN:
				return convertAiPatternToString(eDataType, instanceValue);
			case CartographPackage.CONFIDENCE:
				return convertConfidenceToString(eDataType, instanceValue);
			case CartographPackage.DATA_AVAILABILITY:
				return convertDataAvailabilityToString(eDataType, instanceValue);
			case CartographPackage.DATA_QUALITY:
				return convertDataQualityToString(eDataType, instanceValue);
			case CartographPackage.AGGREGATION:
				return convertAggregationToString(eDataType, instanceValue);
			case CartographPackage.GATE_OPERATOR:
				return convertGateOperatorToString(eDataType, instanceValue);
			case CartographPackage.GATE_EFFECT:
				return convertGateEffectToString(eDataType, instanceValue);
			case CartographPackage.PROPERTY_TYPE:
				return convertPropertyTypeToString(eDataType, instanceValue);
			case CartographPackage.UNIT_KIND:
				return convertUnitKindToString(eDataType, instanceValue);
			case CartographPackage.QUADRANT_KIND:
				return convertQuadrantKindToString(eDataType, instanceValue);
			case CartographPackage.DATE:
				return convertDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyValue createPropertyValue() {
		PropertyValueImpl propertyValue = new PropertyValueImpl();
		return propertyValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalReference createExternalReference() {
		ExternalReferenceImpl externalReference = new ExternalReferenceImpl();
		return externalReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyDefinition createPropertyDefinition() {
		PropertyDefinitionImpl propertyDefinition = new PropertyDefinitionImpl();
		return propertyDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit createOrganisationUnit() {
		OrganisationUnitImpl organisationUnit = new OrganisationUnitImpl();
		return organisationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Portfolio createPortfolio() {
		PortfolioImpl portfolio = new PortfolioImpl();
		return portfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringConfiguration createScoringConfiguration() {
		ScoringConfigurationImpl scoringConfiguration = new ScoringConfigurationImpl();
		return scoringConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionSetting createCriterionSetting() {
		CriterionSettingImpl criterionSetting = new CriterionSettingImpl();
		return criterionSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gate createGate() {
		GateImpl gate = new GateImpl();
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerJourney createCustomerJourney() {
		CustomerJourneyImpl customerJourney = new CustomerJourneyImpl();
		return customerJourney;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyStage createJourneyStage() {
		JourneyStageImpl journeyStage = new JourneyStageImpl();
		return journeyStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint() {
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Friction createFriction() {
		FrictionImpl friction = new FrictionImpl();
		return friction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workflow createWorkflow() {
		WorkflowImpl workflow = new WorkflowImpl();
		return workflow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkflowStep createWorkflowStep() {
		WorkflowStepImpl workflowStep = new WorkflowStepImpl();
		return workflowStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UseCase createUseCase() {
		UseCaseImpl useCase = new UseCaseImpl();
		return useCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCase createBusinessCase() {
		BusinessCaseImpl businessCase = new BusinessCaseImpl();
		return businessCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiative createInitiative() {
		InitiativeImpl initiative = new InitiativeImpl();
		return initiative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataAsset createDataAsset() {
		DataAssetImpl dataAsset = new DataAssetImpl();
		return dataAsset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roadmap createRoadmap() {
		RoadmapImpl roadmap = new RoadmapImpl();
		return roadmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wave createWave() {
		WaveImpl wave = new WaveImpl();
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StageKind createStageKindFromString(EDataType eDataType, String initialValue) {
		StageKind result = StageKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel createChannelFromString(EDataType eDataType, String initialValue) {
		Channel result = Channel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Frequency createFrequencyFromString(EDataType eDataType, String initialValue) {
		Frequency result = Frequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvidenceKind createEvidenceKindFromString(EDataType eDataType, String initialValue) {
		EvidenceKind result = EvidenceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvidenceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scope createScopeFromString(EDataType eDataType, String initialValue) {
		Scope result = Scope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkflowCategory createWorkflowCategoryFromString(EDataType eDataType, String initialValue) {
		WorkflowCategory result = WorkflowCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkflowCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Period createPeriodFromString(EDataType eDataType, String initialValue) {
		Period result = Period.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UseCaseStatus createUseCaseStatusFromString(EDataType eDataType, String initialValue) {
		UseCaseStatus result = UseCaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUseCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AiPattern createAiPatternFromString(EDataType eDataType, String initialValue) {
		AiPattern result = AiPattern.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAiPatternToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Confidence createConfidenceFromString(EDataType eDataType, String initialValue) {
		Confidence result = Confidence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConfidenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataAvailability createDataAvailabilityFromString(EDataType eDataType, String initialValue) {
		DataAvailability result = DataAvailability.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataAvailabilityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataQuality createDataQualityFromString(EDataType eDataType, String initialValue) {
		DataQuality result = DataQuality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataQualityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aggregation createAggregationFromString(EDataType eDataType, String initialValue) {
		Aggregation result = Aggregation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GateOperator createGateOperatorFromString(EDataType eDataType, String initialValue) {
		GateOperator result = GateOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGateOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GateEffect createGateEffectFromString(EDataType eDataType, String initialValue) {
		GateEffect result = GateEffect.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGateEffectToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PropertyType createPropertyTypeFromString(EDataType eDataType, String initialValue) {
		PropertyType result = PropertyType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPropertyTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public UnitKind createUnitKindFromString(EDataType eDataType, String initialValue) {
		UnitKind result = UnitKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuadrantKind createQuadrantKindFromString(EDataType eDataType, String initialValue) {
		QuadrantKind result = QuadrantKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuadrantKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Reads an ISO 8601 calendar date (yyyy-MM-dd); an empty text is no date.
	 * @throws java.time.format.DateTimeParseException if the text is not such a date
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null || initialValue.isBlank() ? null : LocalDate.parse(initialValue.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes an ISO 8601 calendar date (yyyy-MM-dd), independent of the writer's time zone.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : ((LocalDate)instanceValue).toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CartographPackage getCartographPackage() {
		return (CartographPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CartographPackage getPackage() {
		return CartographPackage.eINSTANCE;
	}

} //CartographFactoryImpl
