/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Cartograph metamodel: one discovery programme (a portfolio) of AI use cases, anchored on customer journeys and workflows, scored on a shared grid and planned in roadmap waves.
 * <!-- end-model-doc -->
 * @see dev.cartograph.model.CartographFactory
 * @model kind="package"
 * @generated
 */
public interface CartographPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://cartograph.dev/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cartograph"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CartographPackage eINSTANCE = dev.cartograph.model.impl.CartographPackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.NamedElementImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__PROPERTIES = 2;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ORIGIN = 3;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.PropertyValueImpl <em>Property Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.PropertyValueImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyValue()
	 * @generated
	 */
	int PROPERTY_VALUE = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.ExternalReferenceImpl <em>External Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.ExternalReferenceImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getExternalReference()
	 * @generated
	 */
	int EXTERNAL_REFERENCE = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_REFERENCE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_REFERENCE__ID = 1;

	/**
	 * The number of structural features of the '<em>External Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_REFERENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>External Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.PropertyDefinitionImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyDefinition()
	 * @generated
	 */
	int PROPERTY_DEFINITION = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__KEY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Name Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__NAME_FR = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__CHOICES = 4;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__APPLIES_TO = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__DESCRIPTION = 6;

	/**
	 * The number of structural features of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.OrganisationUnitImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getOrganisationUnit()
	 * @generated
	 */
	int ORGANISATION_UNIT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT__PARENT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Organisation Unit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANISATION_UNIT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.PortfolioImpl <em>Portfolio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.PortfolioImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getPortfolio()
	 * @generated
	 */
	int PORTFOLIO = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ORGANISATION = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__SCORING = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Journeys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__JOURNEYS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Workflows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__WORKFLOWS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Use Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__USE_CASES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__INITIATIVES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__DATA_ASSETS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Roadmap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ROADMAP = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Property Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__PROPERTY_DEFINITIONS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Units</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__UNITS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.ScoringConfigurationImpl <em>Scoring Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.ScoringConfigurationImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getScoringConfiguration()
	 * @generated
	 */
	int SCORING_CONFIGURATION = 6;

	/**
	 * The feature id for the '<em><b>Strategy Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__STRATEGY_ID = 0;

	/**
	 * The feature id for the '<em><b>Impact Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__IMPACT_THRESHOLD = 1;

	/**
	 * The feature id for the '<em><b>Feasibility Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD = 2;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__AGGREGATION = 3;

	/**
	 * The feature id for the '<em><b>Disagreement Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD = 4;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__CRITERIA = 5;

	/**
	 * The feature id for the '<em><b>Gates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__GATES = 6;

	/**
	 * The feature id for the '<em><b>Partial Ranking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__PARTIAL_RANKING = 7;

	/**
	 * The feature id for the '<em><b>Minimum Coverage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION__MINIMUM_COVERAGE = 8;

	/**
	 * The number of structural features of the '<em>Scoring Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Scoring Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_CONFIGURATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.CriterionSettingImpl <em>Criterion Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.CriterionSettingImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getCriterionSetting()
	 * @generated
	 */
	int CRITERION_SETTING = 7;

	/**
	 * The feature id for the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_SETTING__CRITERION_ID = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_SETTING__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_SETTING__WEIGHT = 2;

	/**
	 * The number of structural features of the '<em>Criterion Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_SETTING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Criterion Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.GateImpl <em>Gate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.GateImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getGate()
	 * @generated
	 */
	int GATE = 8;

	/**
	 * The feature id for the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__CRITERION_ID = 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__OPERATOR = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__EFFECT = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__REASON = 4;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE__ENABLED = 5;

	/**
	 * The number of structural features of the '<em>Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Gate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.CustomerJourneyImpl <em>Customer Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.CustomerJourneyImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getCustomerJourney()
	 * @generated
	 */
	int CUSTOMER_JOURNEY = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__STAGES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Customer Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Customer Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.JourneyStageImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getJourneyStage()
	 * @generated
	 */
	int JOURNEY_STAGE = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__KIND = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Journey</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__JOURNEY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Frictions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__FRICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Use Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__USE_CASES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.TouchpointImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frictions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__FRICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.FrictionImpl <em>Friction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.FrictionImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getFriction()
	 * @generated
	 */
	int FRICTION = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__SEVERITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__FREQUENCY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Drives Churn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__DRIVES_CHURN = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Out Of Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__OUT_OF_SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Addressed By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION__ADDRESSED_BY = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Friction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Friction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FRICTION_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.EvidenceImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 13;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__QUOTE = 2;

	/**
	 * The feature id for the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__FIGURE = 3;

	/**
	 * The feature id for the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__LINK = 4;

	/**
	 * The feature id for the '<em><b>Collected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__COLLECTED_ON = 5;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__PROPERTIES = 6;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.WorkflowImpl <em>Workflow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.WorkflowImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflow()
	 * @generated
	 */
	int WORKFLOW = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Owning Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__OWNING_UNIT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__VOLUME = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PERIOD = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.WorkflowStepImpl <em>Workflow Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.WorkflowStepImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflowStep()
	 * @generated
	 */
	int WORKFLOW_STEP = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Workflow</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__WORKFLOW = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__ACTOR = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Manual Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__MANUAL_EFFORT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__VOLUME = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__ERROR_RATE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Successors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__SUCCESSORS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Predecessors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__PREDECESSORS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Frictions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__FRICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Use Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP__USE_CASES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Workflow Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Workflow Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_STEP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.UseCaseImpl <em>Use Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.UseCaseImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getUseCase()
	 * @generated
	 */
	int USE_CASE = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__REJECTION_REASON = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ai Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__AI_PATTERN = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__SPONSOR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__STEPS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__STAGES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Frictions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__FRICTIONS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Initiatives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__INITIATIVES = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Data Assets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__DATA_ASSETS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__DEPENDS_ON = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Dependents</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__DEPENDENTS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Wave</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__WAVE = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Business Case</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__BUSINESS_CASE = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE__SCORES = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The number of structural features of the '<em>Use Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The number of operations of the '<em>Use Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USE_CASE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.ScoreImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 17;

	/**
	 * The feature id for the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CRITERION_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__RATIONALE = 2;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__CONFIDENCE = 3;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__ASSESSOR = 4;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__DATE = 5;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.BusinessCaseImpl <em>Business Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.BusinessCaseImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getBusinessCase()
	 * @generated
	 */
	int BUSINESS_CASE = 18;

	/**
	 * The feature id for the '<em><b>Problem</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__PROBLEM = 0;

	/**
	 * The feature id for the '<em><b>Proposed Solution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__PROPOSED_SOLUTION = 1;

	/**
	 * The feature id for the '<em><b>Expected Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__EXPECTED_BENEFITS = 2;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__KPIS = 3;

	/**
	 * The feature id for the '<em><b>One Off Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__ONE_OFF_COST = 4;

	/**
	 * The feature id for the '<em><b>Running Cost Per Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__RUNNING_COST_PER_YEAR = 5;

	/**
	 * The feature id for the '<em><b>Annual Revenue Gained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__ANNUAL_REVENUE_GAINED = 6;

	/**
	 * The feature id for the '<em><b>Annual Cost Avoided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__ANNUAL_COST_AVOIDED = 7;

	/**
	 * The feature id for the '<em><b>Time To Value Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__TIME_TO_VALUE_MONTHS = 8;

	/**
	 * The feature id for the '<em><b>Data Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__DATA_NEEDED = 9;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__RISKS = 10;

	/**
	 * The feature id for the '<em><b>Compliance Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__COMPLIANCE_NOTES = 11;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__DEPENDENCIES = 12;

	/**
	 * The feature id for the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE__SPONSOR = 13;

	/**
	 * The number of structural features of the '<em>Business Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Business Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.KpiImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 19;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Horizon Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__HORIZON_MONTHS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.InitiativeImpl <em>Initiative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.InitiativeImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getInitiative()
	 * @generated
	 */
	int INITIATIVE = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Use Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE__USE_CASES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Initiative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.DataAssetImpl <em>Data Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.DataAssetImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataAsset()
	 * @generated
	 */
	int DATA_ASSET = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__SYSTEM = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Availability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__AVAILABILITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__QUALITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Contains Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__CONTAINS_PERSONAL_DATA = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Used By</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET__USED_BY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Data Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Data Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_ASSET_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.RoadmapImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getRoadmap()
	 * @generated
	 */
	int ROADMAP = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Waves</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP__WAVES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Roadmap</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROADMAP_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.impl.WaveImpl <em>Wave</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.impl.WaveImpl
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getWave()
	 * @generated
	 */
	int WAVE = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__PROPERTIES = NAMED_ELEMENT__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__ORIGIN = NAMED_ELEMENT__ORIGIN;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__THEME = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__CAPACITY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Use Cases</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__USE_CASES = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Intended Scopes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__INTENDED_SCOPES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Intended Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__INTENDED_CATEGORIES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Intended Quadrants</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE__INTENDED_QUADRANTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Wave</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.StageKind <em>Stage Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.StageKind
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getStageKind()
	 * @generated
	 */
	int STAGE_KIND = 24;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Channel <em>Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Channel
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 25;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Severity
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 26;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Frequency <em>Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Frequency
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getFrequency()
	 * @generated
	 */
	int FREQUENCY = 27;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.EvidenceKind
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 28;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Scope <em>Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Scope
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getScope()
	 * @generated
	 */
	int SCOPE = 29;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.WorkflowCategory <em>Workflow Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.WorkflowCategory
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflowCategory()
	 * @generated
	 */
	int WORKFLOW_CATEGORY = 30;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Period <em>Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Period
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 31;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.UseCaseStatus <em>Use Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.UseCaseStatus
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getUseCaseStatus()
	 * @generated
	 */
	int USE_CASE_STATUS = 32;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.AiPattern <em>Ai Pattern</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.AiPattern
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getAiPattern()
	 * @generated
	 */
	int AI_PATTERN = 33;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Confidence <em>Confidence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Confidence
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getConfidence()
	 * @generated
	 */
	int CONFIDENCE = 34;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.DataAvailability <em>Data Availability</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.DataAvailability
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataAvailability()
	 * @generated
	 */
	int DATA_AVAILABILITY = 35;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.DataQuality <em>Data Quality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.DataQuality
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataQuality()
	 * @generated
	 */
	int DATA_QUALITY = 36;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.Aggregation
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 37;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.GateOperator <em>Gate Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.GateOperator
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getGateOperator()
	 * @generated
	 */
	int GATE_OPERATOR = 38;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.GateEffect <em>Gate Effect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.GateEffect
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getGateEffect()
	 * @generated
	 */
	int GATE_EFFECT = 39;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.PropertyType <em>Property Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.PropertyType
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyType()
	 * @generated
	 */
	int PROPERTY_TYPE = 40;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.UnitKind <em>Unit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.UnitKind
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getUnitKind()
	 * @generated
	 */
	int UNIT_KIND = 41;

	/**
	 * The meta object id for the '{@link dev.cartograph.model.QuadrantKind <em>Quadrant Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.cartograph.model.QuadrantKind
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getQuadrantKind()
	 * @generated
	 */
	int QUADRANT_KIND = 42;

	/**
	 * The meta object id for the '<em>Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see dev.cartograph.model.impl.CartographPackageImpl#getDate()
	 * @generated
	 */
	int DATE = 43;


	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see dev.cartograph.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.cartograph.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.cartograph.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.NamedElement#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see dev.cartograph.model.NamedElement#getProperties()
	 * @see #getNamedElement()
	 * @generated
	 */
	EReference getNamedElement_Properties();

	/**
	 * Returns the meta object for the containment reference '{@link dev.cartograph.model.NamedElement#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Origin</em>'.
	 * @see dev.cartograph.model.NamedElement#getOrigin()
	 * @see #getNamedElement()
	 * @generated
	 */
	EReference getNamedElement_Origin();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.PropertyValue <em>Property Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Value</em>'.
	 * @see dev.cartograph.model.PropertyValue
	 * @generated
	 */
	EClass getPropertyValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyValue#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see dev.cartograph.model.PropertyValue#getKey()
	 * @see #getPropertyValue()
	 * @generated
	 */
	EAttribute getPropertyValue_Key();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.cartograph.model.PropertyValue#getValue()
	 * @see #getPropertyValue()
	 * @generated
	 */
	EAttribute getPropertyValue_Value();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.ExternalReference <em>External Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Reference</em>'.
	 * @see dev.cartograph.model.ExternalReference
	 * @generated
	 */
	EClass getExternalReference();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ExternalReference#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.cartograph.model.ExternalReference#getSource()
	 * @see #getExternalReference()
	 * @generated
	 */
	EAttribute getExternalReference_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ExternalReference#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.cartograph.model.ExternalReference#getId()
	 * @see #getExternalReference()
	 * @generated
	 */
	EAttribute getExternalReference_Id();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.PropertyDefinition <em>Property Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Definition</em>'.
	 * @see dev.cartograph.model.PropertyDefinition
	 * @generated
	 */
	EClass getPropertyDefinition();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyDefinition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getKey()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Key();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyDefinition#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getName()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyDefinition#getNameFr <em>Name Fr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Fr</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getNameFr()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_NameFr();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyDefinition#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getType()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Type();

	/**
	 * Returns the meta object for the attribute list '{@link dev.cartograph.model.PropertyDefinition#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getChoices()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Choices();

	/**
	 * Returns the meta object for the attribute list '{@link dev.cartograph.model.PropertyDefinition#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Applies To</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getAppliesTo()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_AppliesTo();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.PropertyDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.cartograph.model.PropertyDefinition#getDescription()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Description();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organisation Unit</em>'.
	 * @see dev.cartograph.model.OrganisationUnit
	 * @generated
	 */
	EClass getOrganisationUnit();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.OrganisationUnit#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.cartograph.model.OrganisationUnit#getKind()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EAttribute getOrganisationUnit_Kind();

	/**
	 * Returns the meta object for the reference '{@link dev.cartograph.model.OrganisationUnit#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see dev.cartograph.model.OrganisationUnit#getParent()
	 * @see #getOrganisationUnit()
	 * @generated
	 */
	EReference getOrganisationUnit_Parent();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Portfolio</em>'.
	 * @see dev.cartograph.model.Portfolio
	 * @generated
	 */
	EClass getPortfolio();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Portfolio#getOrganisation <em>Organisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organisation</em>'.
	 * @see dev.cartograph.model.Portfolio#getOrganisation()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_Organisation();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Portfolio#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.cartograph.model.Portfolio#getOwner()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Portfolio#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see dev.cartograph.model.Portfolio#getCurrency()
	 * @see #getPortfolio()
	 * @generated
	 */
	EAttribute getPortfolio_Currency();

	/**
	 * Returns the meta object for the containment reference '{@link dev.cartograph.model.Portfolio#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring</em>'.
	 * @see dev.cartograph.model.Portfolio#getScoring()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Scoring();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getJourneys <em>Journeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journeys</em>'.
	 * @see dev.cartograph.model.Portfolio#getJourneys()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Journeys();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getWorkflows <em>Workflows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workflows</em>'.
	 * @see dev.cartograph.model.Portfolio#getWorkflows()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Workflows();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Use Cases</em>'.
	 * @see dev.cartograph.model.Portfolio#getUseCases()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_UseCases();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initiatives</em>'.
	 * @see dev.cartograph.model.Portfolio#getInitiatives()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Initiatives();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Assets</em>'.
	 * @see dev.cartograph.model.Portfolio#getDataAssets()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_DataAssets();

	/**
	 * Returns the meta object for the containment reference '{@link dev.cartograph.model.Portfolio#getRoadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Roadmap</em>'.
	 * @see dev.cartograph.model.Portfolio#getRoadmap()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Roadmap();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getPropertyDefinitions <em>Property Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Property Definitions</em>'.
	 * @see dev.cartograph.model.Portfolio#getPropertyDefinitions()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_PropertyDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Portfolio#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Units</em>'.
	 * @see dev.cartograph.model.Portfolio#getUnits()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Units();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.ScoringConfiguration <em>Scoring Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Configuration</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration
	 * @generated
	 */
	EClass getScoringConfiguration();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getStrategyId <em>Strategy Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy Id</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getStrategyId()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_StrategyId();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getImpactThreshold <em>Impact Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact Threshold</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getImpactThreshold()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_ImpactThreshold();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getFeasibilityThreshold <em>Feasibility Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feasibility Threshold</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getFeasibilityThreshold()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_FeasibilityThreshold();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getAggregation()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getDisagreementThreshold <em>Disagreement Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disagreement Threshold</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getDisagreementThreshold()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_DisagreementThreshold();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.ScoringConfiguration#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getCriteria()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EReference getScoringConfiguration_Criteria();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.ScoringConfiguration#getGates <em>Gates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gates</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getGates()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EReference getScoringConfiguration_Gates();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#isPartialRanking <em>Partial Ranking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partial Ranking</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#isPartialRanking()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_PartialRanking();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.ScoringConfiguration#getMinimumCoverage <em>Minimum Coverage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum Coverage</em>'.
	 * @see dev.cartograph.model.ScoringConfiguration#getMinimumCoverage()
	 * @see #getScoringConfiguration()
	 * @generated
	 */
	EAttribute getScoringConfiguration_MinimumCoverage();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.CriterionSetting <em>Criterion Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion Setting</em>'.
	 * @see dev.cartograph.model.CriterionSetting
	 * @generated
	 */
	EClass getCriterionSetting();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.CriterionSetting#getCriterionId <em>Criterion Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion Id</em>'.
	 * @see dev.cartograph.model.CriterionSetting#getCriterionId()
	 * @see #getCriterionSetting()
	 * @generated
	 */
	EAttribute getCriterionSetting_CriterionId();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.CriterionSetting#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see dev.cartograph.model.CriterionSetting#isEnabled()
	 * @see #getCriterionSetting()
	 * @generated
	 */
	EAttribute getCriterionSetting_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.CriterionSetting#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see dev.cartograph.model.CriterionSetting#getWeight()
	 * @see #getCriterionSetting()
	 * @generated
	 */
	EAttribute getCriterionSetting_Weight();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Gate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate</em>'.
	 * @see dev.cartograph.model.Gate
	 * @generated
	 */
	EClass getGate();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#getCriterionId <em>Criterion Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion Id</em>'.
	 * @see dev.cartograph.model.Gate#getCriterionId()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_CriterionId();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see dev.cartograph.model.Gate#getOperator()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Operator();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.cartograph.model.Gate#getValue()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Value();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see dev.cartograph.model.Gate#getEffect()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Effect();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see dev.cartograph.model.Gate#getReason()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Reason();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Gate#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see dev.cartograph.model.Gate#isEnabled()
	 * @see #getGate()
	 * @generated
	 */
	EAttribute getGate_Enabled();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.CustomerJourney <em>Customer Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Journey</em>'.
	 * @see dev.cartograph.model.CustomerJourney
	 * @generated
	 */
	EClass getCustomerJourney();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.CustomerJourney#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persona</em>'.
	 * @see dev.cartograph.model.CustomerJourney#getPersona()
	 * @see #getCustomerJourney()
	 * @generated
	 */
	EAttribute getCustomerJourney_Persona();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.CustomerJourney#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see dev.cartograph.model.CustomerJourney#getStages()
	 * @see #getCustomerJourney()
	 * @generated
	 */
	EReference getCustomerJourney_Stages();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.JourneyStage <em>Journey Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Stage</em>'.
	 * @see dev.cartograph.model.JourneyStage
	 * @generated
	 */
	EClass getJourneyStage();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.JourneyStage#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.cartograph.model.JourneyStage#getKind()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EAttribute getJourneyStage_Kind();

	/**
	 * Returns the meta object for the container reference '{@link dev.cartograph.model.JourneyStage#getJourney <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Journey</em>'.
	 * @see dev.cartograph.model.JourneyStage#getJourney()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EReference getJourneyStage_Journey();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.JourneyStage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see dev.cartograph.model.JourneyStage#getTouchpoints()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EReference getJourneyStage_Touchpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.JourneyStage#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frictions</em>'.
	 * @see dev.cartograph.model.JourneyStage#getFrictions()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EReference getJourneyStage_Frictions();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.JourneyStage#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Use Cases</em>'.
	 * @see dev.cartograph.model.JourneyStage#getUseCases()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EReference getJourneyStage_UseCases();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see dev.cartograph.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see dev.cartograph.model.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Channel();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.Touchpoint#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Frictions</em>'.
	 * @see dev.cartograph.model.Touchpoint#getFrictions()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Frictions();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Friction <em>Friction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Friction</em>'.
	 * @see dev.cartograph.model.Friction
	 * @generated
	 */
	EClass getFriction();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Friction#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see dev.cartograph.model.Friction#getSeverity()
	 * @see #getFriction()
	 * @generated
	 */
	EAttribute getFriction_Severity();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Friction#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see dev.cartograph.model.Friction#getFrequency()
	 * @see #getFriction()
	 * @generated
	 */
	EAttribute getFriction_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Friction#isDrivesChurn <em>Drives Churn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drives Churn</em>'.
	 * @see dev.cartograph.model.Friction#isDrivesChurn()
	 * @see #getFriction()
	 * @generated
	 */
	EAttribute getFriction_DrivesChurn();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Friction#isOutOfScope <em>Out Of Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Out Of Scope</em>'.
	 * @see dev.cartograph.model.Friction#isOutOfScope()
	 * @see #getFriction()
	 * @generated
	 */
	EAttribute getFriction_OutOfScope();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Friction#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see dev.cartograph.model.Friction#getEvidence()
	 * @see #getFriction()
	 * @generated
	 */
	EReference getFriction_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.Friction#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see dev.cartograph.model.Friction#getTouchpoints()
	 * @see #getFriction()
	 * @generated
	 */
	EReference getFriction_Touchpoints();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.Friction#getAddressedBy <em>Addressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Addressed By</em>'.
	 * @see dev.cartograph.model.Friction#getAddressedBy()
	 * @see #getFriction()
	 * @generated
	 */
	EReference getFriction_AddressedBy();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see dev.cartograph.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see dev.cartograph.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.cartograph.model.Evidence#getSource()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see dev.cartograph.model.Evidence#getQuote()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Quote();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getFigure <em>Figure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Figure</em>'.
	 * @see dev.cartograph.model.Evidence#getFigure()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Figure();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Link</em>'.
	 * @see dev.cartograph.model.Evidence#getLink()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Link();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Evidence#getCollectedOn <em>Collected On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Collected On</em>'.
	 * @see dev.cartograph.model.Evidence#getCollectedOn()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_CollectedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Evidence#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see dev.cartograph.model.Evidence#getProperties()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Properties();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow</em>'.
	 * @see dev.cartograph.model.Workflow
	 * @generated
	 */
	EClass getWorkflow();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Workflow#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see dev.cartograph.model.Workflow#getScope()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Scope();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Workflow#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see dev.cartograph.model.Workflow#getCategory()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Category();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Workflow#getOwningUnit <em>Owning Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owning Unit</em>'.
	 * @see dev.cartograph.model.Workflow#getOwningUnit()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_OwningUnit();

	/**
	 * Returns the meta object for the reference '{@link dev.cartograph.model.Workflow#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see dev.cartograph.model.Workflow#getUnit()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Unit();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Workflow#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see dev.cartograph.model.Workflow#getVolume()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Volume();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Workflow#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see dev.cartograph.model.Workflow#getPeriod()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Period();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Workflow#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see dev.cartograph.model.Workflow#getSteps()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Steps();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.WorkflowStep <em>Workflow Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow Step</em>'.
	 * @see dev.cartograph.model.WorkflowStep
	 * @generated
	 */
	EClass getWorkflowStep();

	/**
	 * Returns the meta object for the container reference '{@link dev.cartograph.model.WorkflowStep#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Workflow</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getWorkflow()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EReference getWorkflowStep_Workflow();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.WorkflowStep#getActor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actor</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getActor()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EAttribute getWorkflowStep_Actor();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.WorkflowStep#getManualEffort <em>Manual Effort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manual Effort</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getManualEffort()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EAttribute getWorkflowStep_ManualEffort();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.WorkflowStep#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getVolume()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EAttribute getWorkflowStep_Volume();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.WorkflowStep#getErrorRate <em>Error Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Rate</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getErrorRate()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EAttribute getWorkflowStep_ErrorRate();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.WorkflowStep#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Successors</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getSuccessors()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EReference getWorkflowStep_Successors();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.WorkflowStep#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Predecessors</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getPredecessors()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EReference getWorkflowStep_Predecessors();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.WorkflowStep#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Frictions</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getFrictions()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EReference getWorkflowStep_Frictions();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.WorkflowStep#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Use Cases</em>'.
	 * @see dev.cartograph.model.WorkflowStep#getUseCases()
	 * @see #getWorkflowStep()
	 * @generated
	 */
	EReference getWorkflowStep_UseCases();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.UseCase <em>Use Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Use Case</em>'.
	 * @see dev.cartograph.model.UseCase
	 * @generated
	 */
	EClass getUseCase();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see dev.cartograph.model.UseCase#getScope()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_Scope();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see dev.cartograph.model.UseCase#getStatus()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getRejectionReason <em>Rejection Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rejection Reason</em>'.
	 * @see dev.cartograph.model.UseCase#getRejectionReason()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_RejectionReason();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getAiPattern <em>Ai Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ai Pattern</em>'.
	 * @see dev.cartograph.model.UseCase#getAiPattern()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_AiPattern();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor</em>'.
	 * @see dev.cartograph.model.UseCase#getSponsor()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_Sponsor();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.UseCase#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.cartograph.model.UseCase#getOwner()
	 * @see #getUseCase()
	 * @generated
	 */
	EAttribute getUseCase_Owner();

	/**
	 * Returns the meta object for the reference '{@link dev.cartograph.model.UseCase#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Unit</em>'.
	 * @see dev.cartograph.model.UseCase#getUnit()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Unit();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Steps</em>'.
	 * @see dev.cartograph.model.UseCase#getSteps()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Steps();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Stages</em>'.
	 * @see dev.cartograph.model.UseCase#getStages()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Stages();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Frictions</em>'.
	 * @see dev.cartograph.model.UseCase#getFrictions()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Frictions();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Initiatives</em>'.
	 * @see dev.cartograph.model.UseCase#getInitiatives()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Initiatives();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Data Assets</em>'.
	 * @see dev.cartograph.model.UseCase#getDataAssets()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_DataAssets();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Depends On</em>'.
	 * @see dev.cartograph.model.UseCase#getDependsOn()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_DependsOn();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.UseCase#getDependents <em>Dependents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dependents</em>'.
	 * @see dev.cartograph.model.UseCase#getDependents()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Dependents();

	/**
	 * Returns the meta object for the reference '{@link dev.cartograph.model.UseCase#getWave <em>Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Wave</em>'.
	 * @see dev.cartograph.model.UseCase#getWave()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Wave();

	/**
	 * Returns the meta object for the containment reference '{@link dev.cartograph.model.UseCase#getBusinessCase <em>Business Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Business Case</em>'.
	 * @see dev.cartograph.model.UseCase#getBusinessCase()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_BusinessCase();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.UseCase#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see dev.cartograph.model.UseCase#getScores()
	 * @see #getUseCase()
	 * @generated
	 */
	EReference getUseCase_Scores();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see dev.cartograph.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getCriterionId <em>Criterion Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criterion Id</em>'.
	 * @see dev.cartograph.model.Score#getCriterionId()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_CriterionId();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see dev.cartograph.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see dev.cartograph.model.Score#getRationale()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see dev.cartograph.model.Score#getConfidence()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getAssessor <em>Assessor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessor</em>'.
	 * @see dev.cartograph.model.Score#getAssessor()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Assessor();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Score#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see dev.cartograph.model.Score#getDate()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Date();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.BusinessCase <em>Business Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Case</em>'.
	 * @see dev.cartograph.model.BusinessCase
	 * @generated
	 */
	EClass getBusinessCase();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getProblem <em>Problem</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Problem</em>'.
	 * @see dev.cartograph.model.BusinessCase#getProblem()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_Problem();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getProposedSolution <em>Proposed Solution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposed Solution</em>'.
	 * @see dev.cartograph.model.BusinessCase#getProposedSolution()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_ProposedSolution();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getExpectedBenefits <em>Expected Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Benefits</em>'.
	 * @see dev.cartograph.model.BusinessCase#getExpectedBenefits()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_ExpectedBenefits();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.BusinessCase#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see dev.cartograph.model.BusinessCase#getKpis()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EReference getBusinessCase_Kpis();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getOneOffCost <em>One Off Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>One Off Cost</em>'.
	 * @see dev.cartograph.model.BusinessCase#getOneOffCost()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_OneOffCost();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getRunningCostPerYear <em>Running Cost Per Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Running Cost Per Year</em>'.
	 * @see dev.cartograph.model.BusinessCase#getRunningCostPerYear()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_RunningCostPerYear();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getAnnualRevenueGained <em>Annual Revenue Gained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Revenue Gained</em>'.
	 * @see dev.cartograph.model.BusinessCase#getAnnualRevenueGained()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_AnnualRevenueGained();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getAnnualCostAvoided <em>Annual Cost Avoided</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annual Cost Avoided</em>'.
	 * @see dev.cartograph.model.BusinessCase#getAnnualCostAvoided()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_AnnualCostAvoided();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getTimeToValueMonths <em>Time To Value Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time To Value Months</em>'.
	 * @see dev.cartograph.model.BusinessCase#getTimeToValueMonths()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_TimeToValueMonths();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getDataNeeded <em>Data Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Needed</em>'.
	 * @see dev.cartograph.model.BusinessCase#getDataNeeded()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_DataNeeded();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risks</em>'.
	 * @see dev.cartograph.model.BusinessCase#getRisks()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_Risks();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getComplianceNotes <em>Compliance Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compliance Notes</em>'.
	 * @see dev.cartograph.model.BusinessCase#getComplianceNotes()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_ComplianceNotes();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dependencies</em>'.
	 * @see dev.cartograph.model.BusinessCase#getDependencies()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_Dependencies();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.BusinessCase#getSponsor <em>Sponsor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor</em>'.
	 * @see dev.cartograph.model.BusinessCase#getSponsor()
	 * @see #getBusinessCase()
	 * @generated
	 */
	EAttribute getBusinessCase_Sponsor();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see dev.cartograph.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see dev.cartograph.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Kpi#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see dev.cartograph.model.Kpi#getBaseline()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see dev.cartograph.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Kpi#getHorizonMonths <em>Horizon Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizon Months</em>'.
	 * @see dev.cartograph.model.Kpi#getHorizonMonths()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_HorizonMonths();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Initiative <em>Initiative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiative</em>'.
	 * @see dev.cartograph.model.Initiative
	 * @generated
	 */
	EClass getInitiative();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Initiative#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.cartograph.model.Initiative#getOwner()
	 * @see #getInitiative()
	 * @generated
	 */
	EAttribute getInitiative_Owner();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.Initiative#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Use Cases</em>'.
	 * @see dev.cartograph.model.Initiative#getUseCases()
	 * @see #getInitiative()
	 * @generated
	 */
	EReference getInitiative_UseCases();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.DataAsset <em>Data Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Asset</em>'.
	 * @see dev.cartograph.model.DataAsset
	 * @generated
	 */
	EClass getDataAsset();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.DataAsset#getSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see dev.cartograph.model.DataAsset#getSystem()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_System();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.DataAsset#getAvailability <em>Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Availability</em>'.
	 * @see dev.cartograph.model.DataAsset#getAvailability()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Availability();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.DataAsset#getQuality <em>Quality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quality</em>'.
	 * @see dev.cartograph.model.DataAsset#getQuality()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_Quality();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.DataAsset#isContainsPersonalData <em>Contains Personal Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contains Personal Data</em>'.
	 * @see dev.cartograph.model.DataAsset#isContainsPersonalData()
	 * @see #getDataAsset()
	 * @generated
	 */
	EAttribute getDataAsset_ContainsPersonalData();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.DataAsset#getUsedBy <em>Used By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Used By</em>'.
	 * @see dev.cartograph.model.DataAsset#getUsedBy()
	 * @see #getDataAsset()
	 * @generated
	 */
	EReference getDataAsset_UsedBy();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Roadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roadmap</em>'.
	 * @see dev.cartograph.model.Roadmap
	 * @generated
	 */
	EClass getRoadmap();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.cartograph.model.Roadmap#getWaves <em>Waves</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Waves</em>'.
	 * @see dev.cartograph.model.Roadmap#getWaves()
	 * @see #getRoadmap()
	 * @generated
	 */
	EReference getRoadmap_Waves();

	/**
	 * Returns the meta object for class '{@link dev.cartograph.model.Wave <em>Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wave</em>'.
	 * @see dev.cartograph.model.Wave
	 * @generated
	 */
	EClass getWave();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Wave#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see dev.cartograph.model.Wave#getStart()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_Start();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Wave#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see dev.cartograph.model.Wave#getEnd()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_End();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Wave#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see dev.cartograph.model.Wave#getTheme()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_Theme();

	/**
	 * Returns the meta object for the attribute '{@link dev.cartograph.model.Wave#getCapacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capacity</em>'.
	 * @see dev.cartograph.model.Wave#getCapacity()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_Capacity();

	/**
	 * Returns the meta object for the reference list '{@link dev.cartograph.model.Wave#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Use Cases</em>'.
	 * @see dev.cartograph.model.Wave#getUseCases()
	 * @see #getWave()
	 * @generated
	 */
	EReference getWave_UseCases();

	/**
	 * Returns the meta object for the attribute list '{@link dev.cartograph.model.Wave#getIntendedScopes <em>Intended Scopes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Intended Scopes</em>'.
	 * @see dev.cartograph.model.Wave#getIntendedScopes()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_IntendedScopes();

	/**
	 * Returns the meta object for the attribute list '{@link dev.cartograph.model.Wave#getIntendedCategories <em>Intended Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Intended Categories</em>'.
	 * @see dev.cartograph.model.Wave#getIntendedCategories()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_IntendedCategories();

	/**
	 * Returns the meta object for the attribute list '{@link dev.cartograph.model.Wave#getIntendedQuadrants <em>Intended Quadrants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Intended Quadrants</em>'.
	 * @see dev.cartograph.model.Wave#getIntendedQuadrants()
	 * @see #getWave()
	 * @generated
	 */
	EAttribute getWave_IntendedQuadrants();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.StageKind <em>Stage Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Stage Kind</em>'.
	 * @see dev.cartograph.model.StageKind
	 * @generated
	 */
	EEnum getStageKind();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel</em>'.
	 * @see dev.cartograph.model.Channel
	 * @generated
	 */
	EEnum getChannel();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see dev.cartograph.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Frequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Frequency</em>'.
	 * @see dev.cartograph.model.Frequency
	 * @generated
	 */
	EEnum getFrequency();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see dev.cartograph.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Scope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scope</em>'.
	 * @see dev.cartograph.model.Scope
	 * @generated
	 */
	EEnum getScope();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.WorkflowCategory <em>Workflow Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Workflow Category</em>'.
	 * @see dev.cartograph.model.WorkflowCategory
	 * @generated
	 */
	EEnum getWorkflowCategory();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period</em>'.
	 * @see dev.cartograph.model.Period
	 * @generated
	 */
	EEnum getPeriod();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.UseCaseStatus <em>Use Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Use Case Status</em>'.
	 * @see dev.cartograph.model.UseCaseStatus
	 * @generated
	 */
	EEnum getUseCaseStatus();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.AiPattern <em>Ai Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ai Pattern</em>'.
	 * @see dev.cartograph.model.AiPattern
	 * @generated
	 */
	EEnum getAiPattern();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Confidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confidence</em>'.
	 * @see dev.cartograph.model.Confidence
	 * @generated
	 */
	EEnum getConfidence();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.DataAvailability <em>Data Availability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Availability</em>'.
	 * @see dev.cartograph.model.DataAvailability
	 * @generated
	 */
	EEnum getDataAvailability();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.DataQuality <em>Data Quality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Quality</em>'.
	 * @see dev.cartograph.model.DataQuality
	 * @generated
	 */
	EEnum getDataQuality();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see dev.cartograph.model.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.GateOperator <em>Gate Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Operator</em>'.
	 * @see dev.cartograph.model.GateOperator
	 * @generated
	 */
	EEnum getGateOperator();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.GateEffect <em>Gate Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Effect</em>'.
	 * @see dev.cartograph.model.GateEffect
	 * @generated
	 */
	EEnum getGateEffect();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.PropertyType <em>Property Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Type</em>'.
	 * @see dev.cartograph.model.PropertyType
	 * @generated
	 */
	EEnum getPropertyType();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.UnitKind <em>Unit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Unit Kind</em>'.
	 * @see dev.cartograph.model.UnitKind
	 * @generated
	 */
	EEnum getUnitKind();

	/**
	 * Returns the meta object for enum '{@link dev.cartograph.model.QuadrantKind <em>Quadrant Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quadrant Kind</em>'.
	 * @see dev.cartograph.model.QuadrantKind
	 * @generated
	 */
	EEnum getQuadrantKind();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, written as ISO 8601 (yyyy-MM-dd) so that files do not depend on the writer's time zone.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CartographFactory getCartographFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.NamedElementImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED_ELEMENT__PROPERTIES = eINSTANCE.getNamedElement_Properties();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NAMED_ELEMENT__ORIGIN = eINSTANCE.getNamedElement_Origin();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.PropertyValueImpl <em>Property Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.PropertyValueImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyValue()
		 * @generated
		 */
		EClass PROPERTY_VALUE = eINSTANCE.getPropertyValue();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_VALUE__KEY = eINSTANCE.getPropertyValue_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_VALUE__VALUE = eINSTANCE.getPropertyValue_Value();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.ExternalReferenceImpl <em>External Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.ExternalReferenceImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getExternalReference()
		 * @generated
		 */
		EClass EXTERNAL_REFERENCE = eINSTANCE.getExternalReference();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_REFERENCE__SOURCE = eINSTANCE.getExternalReference_Source();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_REFERENCE__ID = eINSTANCE.getExternalReference_Id();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.PropertyDefinitionImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyDefinition()
		 * @generated
		 */
		EClass PROPERTY_DEFINITION = eINSTANCE.getPropertyDefinition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__KEY = eINSTANCE.getPropertyDefinition_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__NAME = eINSTANCE.getPropertyDefinition_Name();

		/**
		 * The meta object literal for the '<em><b>Name Fr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__NAME_FR = eINSTANCE.getPropertyDefinition_NameFr();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__TYPE = eINSTANCE.getPropertyDefinition_Type();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__CHOICES = eINSTANCE.getPropertyDefinition_Choices();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__APPLIES_TO = eINSTANCE.getPropertyDefinition_AppliesTo();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__DESCRIPTION = eINSTANCE.getPropertyDefinition_Description();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.OrganisationUnitImpl <em>Organisation Unit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.OrganisationUnitImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getOrganisationUnit()
		 * @generated
		 */
		EClass ORGANISATION_UNIT = eINSTANCE.getOrganisationUnit();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANISATION_UNIT__KIND = eINSTANCE.getOrganisationUnit_Kind();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANISATION_UNIT__PARENT = eINSTANCE.getOrganisationUnit_Parent();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.PortfolioImpl <em>Portfolio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.PortfolioImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getPortfolio()
		 * @generated
		 */
		EClass PORTFOLIO = eINSTANCE.getPortfolio();

		/**
		 * The meta object literal for the '<em><b>Organisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__ORGANISATION = eINSTANCE.getPortfolio_Organisation();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__OWNER = eINSTANCE.getPortfolio_Owner();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORTFOLIO__CURRENCY = eINSTANCE.getPortfolio_Currency();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__SCORING = eINSTANCE.getPortfolio_Scoring();

		/**
		 * The meta object literal for the '<em><b>Journeys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__JOURNEYS = eINSTANCE.getPortfolio_Journeys();

		/**
		 * The meta object literal for the '<em><b>Workflows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__WORKFLOWS = eINSTANCE.getPortfolio_Workflows();

		/**
		 * The meta object literal for the '<em><b>Use Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__USE_CASES = eINSTANCE.getPortfolio_UseCases();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__INITIATIVES = eINSTANCE.getPortfolio_Initiatives();

		/**
		 * The meta object literal for the '<em><b>Data Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__DATA_ASSETS = eINSTANCE.getPortfolio_DataAssets();

		/**
		 * The meta object literal for the '<em><b>Roadmap</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__ROADMAP = eINSTANCE.getPortfolio_Roadmap();

		/**
		 * The meta object literal for the '<em><b>Property Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__PROPERTY_DEFINITIONS = eINSTANCE.getPortfolio_PropertyDefinitions();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__UNITS = eINSTANCE.getPortfolio_Units();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.ScoringConfigurationImpl <em>Scoring Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.ScoringConfigurationImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getScoringConfiguration()
		 * @generated
		 */
		EClass SCORING_CONFIGURATION = eINSTANCE.getScoringConfiguration();

		/**
		 * The meta object literal for the '<em><b>Strategy Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__STRATEGY_ID = eINSTANCE.getScoringConfiguration_StrategyId();

		/**
		 * The meta object literal for the '<em><b>Impact Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__IMPACT_THRESHOLD = eINSTANCE.getScoringConfiguration_ImpactThreshold();

		/**
		 * The meta object literal for the '<em><b>Feasibility Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD = eINSTANCE.getScoringConfiguration_FeasibilityThreshold();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__AGGREGATION = eINSTANCE.getScoringConfiguration_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Disagreement Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD = eINSTANCE.getScoringConfiguration_DisagreementThreshold();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_CONFIGURATION__CRITERIA = eINSTANCE.getScoringConfiguration_Criteria();

		/**
		 * The meta object literal for the '<em><b>Gates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORING_CONFIGURATION__GATES = eINSTANCE.getScoringConfiguration_Gates();

		/**
		 * The meta object literal for the '<em><b>Partial Ranking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__PARTIAL_RANKING = eINSTANCE.getScoringConfiguration_PartialRanking();

		/**
		 * The meta object literal for the '<em><b>Minimum Coverage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_CONFIGURATION__MINIMUM_COVERAGE = eINSTANCE.getScoringConfiguration_MinimumCoverage();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.CriterionSettingImpl <em>Criterion Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.CriterionSettingImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getCriterionSetting()
		 * @generated
		 */
		EClass CRITERION_SETTING = eINSTANCE.getCriterionSetting();

		/**
		 * The meta object literal for the '<em><b>Criterion Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_SETTING__CRITERION_ID = eINSTANCE.getCriterionSetting_CriterionId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_SETTING__ENABLED = eINSTANCE.getCriterionSetting_Enabled();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION_SETTING__WEIGHT = eINSTANCE.getCriterionSetting_Weight();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.GateImpl <em>Gate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.GateImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getGate()
		 * @generated
		 */
		EClass GATE = eINSTANCE.getGate();

		/**
		 * The meta object literal for the '<em><b>Criterion Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__CRITERION_ID = eINSTANCE.getGate_CriterionId();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__OPERATOR = eINSTANCE.getGate_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__VALUE = eINSTANCE.getGate_Value();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__EFFECT = eINSTANCE.getGate_Effect();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__REASON = eINSTANCE.getGate_Reason();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE__ENABLED = eINSTANCE.getGate_Enabled();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.CustomerJourneyImpl <em>Customer Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.CustomerJourneyImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getCustomerJourney()
		 * @generated
		 */
		EClass CUSTOMER_JOURNEY = eINSTANCE.getCustomerJourney();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CUSTOMER_JOURNEY__PERSONA = eINSTANCE.getCustomerJourney_Persona();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_JOURNEY__STAGES = eINSTANCE.getCustomerJourney_Stages();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.JourneyStageImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getJourneyStage()
		 * @generated
		 */
		EClass JOURNEY_STAGE = eINSTANCE.getJourneyStage();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_STAGE__KIND = eINSTANCE.getJourneyStage_Kind();

		/**
		 * The meta object literal for the '<em><b>Journey</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_STAGE__JOURNEY = eINSTANCE.getJourneyStage_Journey();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_STAGE__TOUCHPOINTS = eINSTANCE.getJourneyStage_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Frictions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_STAGE__FRICTIONS = eINSTANCE.getJourneyStage_Frictions();

		/**
		 * The meta object literal for the '<em><b>Use Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_STAGE__USE_CASES = eINSTANCE.getJourneyStage_UseCases();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.TouchpointImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Frictions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__FRICTIONS = eINSTANCE.getTouchpoint_Frictions();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.FrictionImpl <em>Friction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.FrictionImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getFriction()
		 * @generated
		 */
		EClass FRICTION = eINSTANCE.getFriction();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRICTION__SEVERITY = eINSTANCE.getFriction_Severity();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRICTION__FREQUENCY = eINSTANCE.getFriction_Frequency();

		/**
		 * The meta object literal for the '<em><b>Drives Churn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRICTION__DRIVES_CHURN = eINSTANCE.getFriction_DrivesChurn();

		/**
		 * The meta object literal for the '<em><b>Out Of Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FRICTION__OUT_OF_SCOPE = eINSTANCE.getFriction_OutOfScope();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRICTION__EVIDENCE = eINSTANCE.getFriction_Evidence();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRICTION__TOUCHPOINTS = eINSTANCE.getFriction_Touchpoints();

		/**
		 * The meta object literal for the '<em><b>Addressed By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FRICTION__ADDRESSED_BY = eINSTANCE.getFriction_AddressedBy();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.EvidenceImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SOURCE = eINSTANCE.getEvidence_Source();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__QUOTE = eINSTANCE.getEvidence_Quote();

		/**
		 * The meta object literal for the '<em><b>Figure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__FIGURE = eINSTANCE.getEvidence_Figure();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__LINK = eINSTANCE.getEvidence_Link();

		/**
		 * The meta object literal for the '<em><b>Collected On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__COLLECTED_ON = eINSTANCE.getEvidence_CollectedOn();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__PROPERTIES = eINSTANCE.getEvidence_Properties();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.WorkflowImpl <em>Workflow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.WorkflowImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflow()
		 * @generated
		 */
		EClass WORKFLOW = eINSTANCE.getWorkflow();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__SCOPE = eINSTANCE.getWorkflow_Scope();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__CATEGORY = eINSTANCE.getWorkflow_Category();

		/**
		 * The meta object literal for the '<em><b>Owning Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__OWNING_UNIT = eINSTANCE.getWorkflow_OwningUnit();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__UNIT = eINSTANCE.getWorkflow_Unit();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__VOLUME = eINSTANCE.getWorkflow_Volume();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__PERIOD = eINSTANCE.getWorkflow_Period();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__STEPS = eINSTANCE.getWorkflow_Steps();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.WorkflowStepImpl <em>Workflow Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.WorkflowStepImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflowStep()
		 * @generated
		 */
		EClass WORKFLOW_STEP = eINSTANCE.getWorkflowStep();

		/**
		 * The meta object literal for the '<em><b>Workflow</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STEP__WORKFLOW = eINSTANCE.getWorkflowStep_Workflow();

		/**
		 * The meta object literal for the '<em><b>Actor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_STEP__ACTOR = eINSTANCE.getWorkflowStep_Actor();

		/**
		 * The meta object literal for the '<em><b>Manual Effort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_STEP__MANUAL_EFFORT = eINSTANCE.getWorkflowStep_ManualEffort();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_STEP__VOLUME = eINSTANCE.getWorkflowStep_Volume();

		/**
		 * The meta object literal for the '<em><b>Error Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW_STEP__ERROR_RATE = eINSTANCE.getWorkflowStep_ErrorRate();

		/**
		 * The meta object literal for the '<em><b>Successors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STEP__SUCCESSORS = eINSTANCE.getWorkflowStep_Successors();

		/**
		 * The meta object literal for the '<em><b>Predecessors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STEP__PREDECESSORS = eINSTANCE.getWorkflowStep_Predecessors();

		/**
		 * The meta object literal for the '<em><b>Frictions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STEP__FRICTIONS = eINSTANCE.getWorkflowStep_Frictions();

		/**
		 * The meta object literal for the '<em><b>Use Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW_STEP__USE_CASES = eINSTANCE.getWorkflowStep_UseCases();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.UseCaseImpl <em>Use Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.UseCaseImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getUseCase()
		 * @generated
		 */
		EClass USE_CASE = eINSTANCE.getUseCase();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__SCOPE = eINSTANCE.getUseCase_Scope();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__STATUS = eINSTANCE.getUseCase_Status();

		/**
		 * The meta object literal for the '<em><b>Rejection Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__REJECTION_REASON = eINSTANCE.getUseCase_RejectionReason();

		/**
		 * The meta object literal for the '<em><b>Ai Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__AI_PATTERN = eINSTANCE.getUseCase_AiPattern();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__SPONSOR = eINSTANCE.getUseCase_Sponsor();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USE_CASE__OWNER = eINSTANCE.getUseCase_Owner();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__UNIT = eINSTANCE.getUseCase_Unit();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__STEPS = eINSTANCE.getUseCase_Steps();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__STAGES = eINSTANCE.getUseCase_Stages();

		/**
		 * The meta object literal for the '<em><b>Frictions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__FRICTIONS = eINSTANCE.getUseCase_Frictions();

		/**
		 * The meta object literal for the '<em><b>Initiatives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__INITIATIVES = eINSTANCE.getUseCase_Initiatives();

		/**
		 * The meta object literal for the '<em><b>Data Assets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__DATA_ASSETS = eINSTANCE.getUseCase_DataAssets();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__DEPENDS_ON = eINSTANCE.getUseCase_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Dependents</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__DEPENDENTS = eINSTANCE.getUseCase_Dependents();

		/**
		 * The meta object literal for the '<em><b>Wave</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__WAVE = eINSTANCE.getUseCase_Wave();

		/**
		 * The meta object literal for the '<em><b>Business Case</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__BUSINESS_CASE = eINSTANCE.getUseCase_BusinessCase();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USE_CASE__SCORES = eINSTANCE.getUseCase_Scores();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.ScoreImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Criterion Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__CRITERION_ID = eINSTANCE.getScore_CriterionId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__RATIONALE = eINSTANCE.getScore_Rationale();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__CONFIDENCE = eINSTANCE.getScore_Confidence();

		/**
		 * The meta object literal for the '<em><b>Assessor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__ASSESSOR = eINSTANCE.getScore_Assessor();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__DATE = eINSTANCE.getScore_Date();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.BusinessCaseImpl <em>Business Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.BusinessCaseImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getBusinessCase()
		 * @generated
		 */
		EClass BUSINESS_CASE = eINSTANCE.getBusinessCase();

		/**
		 * The meta object literal for the '<em><b>Problem</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__PROBLEM = eINSTANCE.getBusinessCase_Problem();

		/**
		 * The meta object literal for the '<em><b>Proposed Solution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__PROPOSED_SOLUTION = eINSTANCE.getBusinessCase_ProposedSolution();

		/**
		 * The meta object literal for the '<em><b>Expected Benefits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__EXPECTED_BENEFITS = eINSTANCE.getBusinessCase_ExpectedBenefits();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_CASE__KPIS = eINSTANCE.getBusinessCase_Kpis();

		/**
		 * The meta object literal for the '<em><b>One Off Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__ONE_OFF_COST = eINSTANCE.getBusinessCase_OneOffCost();

		/**
		 * The meta object literal for the '<em><b>Running Cost Per Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__RUNNING_COST_PER_YEAR = eINSTANCE.getBusinessCase_RunningCostPerYear();

		/**
		 * The meta object literal for the '<em><b>Annual Revenue Gained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__ANNUAL_REVENUE_GAINED = eINSTANCE.getBusinessCase_AnnualRevenueGained();

		/**
		 * The meta object literal for the '<em><b>Annual Cost Avoided</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__ANNUAL_COST_AVOIDED = eINSTANCE.getBusinessCase_AnnualCostAvoided();

		/**
		 * The meta object literal for the '<em><b>Time To Value Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__TIME_TO_VALUE_MONTHS = eINSTANCE.getBusinessCase_TimeToValueMonths();

		/**
		 * The meta object literal for the '<em><b>Data Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__DATA_NEEDED = eINSTANCE.getBusinessCase_DataNeeded();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__RISKS = eINSTANCE.getBusinessCase_Risks();

		/**
		 * The meta object literal for the '<em><b>Compliance Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__COMPLIANCE_NOTES = eINSTANCE.getBusinessCase_ComplianceNotes();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__DEPENDENCIES = eINSTANCE.getBusinessCase_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Sponsor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_CASE__SPONSOR = eINSTANCE.getBusinessCase_Sponsor();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.KpiImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BASELINE = eINSTANCE.getKpi_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Horizon Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__HORIZON_MONTHS = eINSTANCE.getKpi_HorizonMonths();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.InitiativeImpl <em>Initiative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.InitiativeImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getInitiative()
		 * @generated
		 */
		EClass INITIATIVE = eINSTANCE.getInitiative();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATIVE__OWNER = eINSTANCE.getInitiative_Owner();

		/**
		 * The meta object literal for the '<em><b>Use Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATIVE__USE_CASES = eINSTANCE.getInitiative_UseCases();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.DataAssetImpl <em>Data Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.DataAssetImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataAsset()
		 * @generated
		 */
		EClass DATA_ASSET = eINSTANCE.getDataAsset();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__SYSTEM = eINSTANCE.getDataAsset_System();

		/**
		 * The meta object literal for the '<em><b>Availability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__AVAILABILITY = eINSTANCE.getDataAsset_Availability();

		/**
		 * The meta object literal for the '<em><b>Quality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__QUALITY = eINSTANCE.getDataAsset_Quality();

		/**
		 * The meta object literal for the '<em><b>Contains Personal Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_ASSET__CONTAINS_PERSONAL_DATA = eINSTANCE.getDataAsset_ContainsPersonalData();

		/**
		 * The meta object literal for the '<em><b>Used By</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_ASSET__USED_BY = eINSTANCE.getDataAsset_UsedBy();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.RoadmapImpl <em>Roadmap</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.RoadmapImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getRoadmap()
		 * @generated
		 */
		EClass ROADMAP = eINSTANCE.getRoadmap();

		/**
		 * The meta object literal for the '<em><b>Waves</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROADMAP__WAVES = eINSTANCE.getRoadmap_Waves();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.impl.WaveImpl <em>Wave</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.impl.WaveImpl
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getWave()
		 * @generated
		 */
		EClass WAVE = eINSTANCE.getWave();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__START = eINSTANCE.getWave_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__END = eINSTANCE.getWave_End();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__THEME = eINSTANCE.getWave_Theme();

		/**
		 * The meta object literal for the '<em><b>Capacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__CAPACITY = eINSTANCE.getWave_Capacity();

		/**
		 * The meta object literal for the '<em><b>Use Cases</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WAVE__USE_CASES = eINSTANCE.getWave_UseCases();

		/**
		 * The meta object literal for the '<em><b>Intended Scopes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__INTENDED_SCOPES = eINSTANCE.getWave_IntendedScopes();

		/**
		 * The meta object literal for the '<em><b>Intended Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__INTENDED_CATEGORIES = eINSTANCE.getWave_IntendedCategories();

		/**
		 * The meta object literal for the '<em><b>Intended Quadrants</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAVE__INTENDED_QUADRANTS = eINSTANCE.getWave_IntendedQuadrants();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.StageKind <em>Stage Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.StageKind
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getStageKind()
		 * @generated
		 */
		EEnum STAGE_KIND = eINSTANCE.getStageKind();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Channel <em>Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Channel
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getChannel()
		 * @generated
		 */
		EEnum CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Severity
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Frequency <em>Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Frequency
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getFrequency()
		 * @generated
		 */
		EEnum FREQUENCY = eINSTANCE.getFrequency();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.EvidenceKind
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Scope <em>Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Scope
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getScope()
		 * @generated
		 */
		EEnum SCOPE = eINSTANCE.getScope();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.WorkflowCategory <em>Workflow Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.WorkflowCategory
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getWorkflowCategory()
		 * @generated
		 */
		EEnum WORKFLOW_CATEGORY = eINSTANCE.getWorkflowCategory();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Period <em>Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Period
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getPeriod()
		 * @generated
		 */
		EEnum PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.UseCaseStatus <em>Use Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.UseCaseStatus
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getUseCaseStatus()
		 * @generated
		 */
		EEnum USE_CASE_STATUS = eINSTANCE.getUseCaseStatus();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.AiPattern <em>Ai Pattern</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.AiPattern
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getAiPattern()
		 * @generated
		 */
		EEnum AI_PATTERN = eINSTANCE.getAiPattern();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Confidence <em>Confidence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Confidence
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getConfidence()
		 * @generated
		 */
		EEnum CONFIDENCE = eINSTANCE.getConfidence();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.DataAvailability <em>Data Availability</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.DataAvailability
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataAvailability()
		 * @generated
		 */
		EEnum DATA_AVAILABILITY = eINSTANCE.getDataAvailability();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.DataQuality <em>Data Quality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.DataQuality
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getDataQuality()
		 * @generated
		 */
		EEnum DATA_QUALITY = eINSTANCE.getDataQuality();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.Aggregation
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.GateOperator <em>Gate Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.GateOperator
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getGateOperator()
		 * @generated
		 */
		EEnum GATE_OPERATOR = eINSTANCE.getGateOperator();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.GateEffect <em>Gate Effect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.GateEffect
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getGateEffect()
		 * @generated
		 */
		EEnum GATE_EFFECT = eINSTANCE.getGateEffect();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.PropertyType <em>Property Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.PropertyType
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getPropertyType()
		 * @generated
		 */
		EEnum PROPERTY_TYPE = eINSTANCE.getPropertyType();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.UnitKind <em>Unit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.UnitKind
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getUnitKind()
		 * @generated
		 */
		EEnum UNIT_KIND = eINSTANCE.getUnitKind();

		/**
		 * The meta object literal for the '{@link dev.cartograph.model.QuadrantKind <em>Quadrant Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.cartograph.model.QuadrantKind
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getQuadrantKind()
		 * @generated
		 */
		EEnum QUADRANT_KIND = eINSTANCE.getQuadrantKind();

		/**
		 * The meta object literal for the '<em>Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see dev.cartograph.model.impl.CartographPackageImpl#getDate()
		 * @generated
		 */
		EDataType DATE = eINSTANCE.getDate();

	}

} //CartographPackage
