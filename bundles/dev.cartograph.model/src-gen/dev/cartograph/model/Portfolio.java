/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One discovery programme, for one organisation or unit: the root of a .cartograph file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Portfolio#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getScoring <em>Scoring</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getWorkflows <em>Workflows</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getUseCases <em>Use Cases</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getRoadmap <em>Roadmap</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getPropertyDefinitions <em>Property Definitions</em>}</li>
 *   <li>{@link dev.cartograph.model.Portfolio#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getPortfolio()
 * @model
 * @generated
 */
public interface Portfolio extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' attribute.
	 * @see #setOrganisation(String)
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Organisation()
	 * @model
	 * @generated
	 */
	String getOrganisation();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Portfolio#getOrganisation <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' attribute.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Portfolio#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of every amount in the portfolio's business cases.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Portfolio#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring</em>' containment reference.
	 * @see #setScoring(ScoringConfiguration)
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Scoring()
	 * @model containment="true"
	 * @generated
	 */
	ScoringConfiguration getScoring();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Portfolio#getScoring <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' containment reference.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(ScoringConfiguration value);

	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.CustomerJourney}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerJourney> getJourneys();

	/**
	 * Returns the value of the '<em><b>Workflows</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Workflow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workflows</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Workflows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workflow> getWorkflows();

	/**
	 * Returns the value of the '<em><b>Use Cases</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Cases</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_UseCases()
	 * @model containment="true"
	 * @generated
	 */
	EList<UseCase> getUseCases();

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Initiative}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Initiatives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Initiative> getInitiatives();

	/**
	 * Returns the value of the '<em><b>Data Assets</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.DataAsset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Assets</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_DataAssets()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataAsset> getDataAssets();

	/**
	 * Returns the value of the '<em><b>Roadmap</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roadmap</em>' containment reference.
	 * @see #setRoadmap(Roadmap)
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Roadmap()
	 * @model containment="true"
	 * @generated
	 */
	Roadmap getRoadmap();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Portfolio#getRoadmap <em>Roadmap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roadmap</em>' containment reference.
	 * @see #getRoadmap()
	 * @generated
	 */
	void setRoadmap(Roadmap value);

	/**
	 * Returns the value of the '<em><b>Property Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.PropertyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Property Definitions</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_PropertyDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyDefinition> getPropertyDefinitions();

	/**
	 * Returns the value of the '<em><b>Units</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.OrganisationUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getPortfolio_Units()
	 * @model containment="true"
	 * @generated
	 */
	EList<OrganisationUnit> getUnits();

} // Portfolio
