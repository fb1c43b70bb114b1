/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Use Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A candidate AI application, anchored on workflow steps, journey stages and the frictions it addresses.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.UseCase#getScope <em>Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getAiPattern <em>Ai Pattern</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getSteps <em>Steps</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getStages <em>Stages</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getDependents <em>Dependents</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getWave <em>Wave</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getBusinessCase <em>Business Case</em>}</li>
 *   <li>{@link dev.cartograph.model.UseCase#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getUseCase()
 * @model
 * @generated
 */
public interface UseCase extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Scope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see dev.cartograph.model.Scope
	 * @see #setScope(Scope)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Scope()
	 * @model
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see dev.cartograph.model.Scope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.UseCaseStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see dev.cartograph.model.UseCaseStatus
	 * @see #setStatus(UseCaseStatus)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Status()
	 * @model
	 * @generated
	 */
	UseCaseStatus getStatus();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see dev.cartograph.model.UseCaseStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(UseCaseStatus value);

	/**
	 * Returns the value of the '<em><b>Rejection Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rejection Reason</em>' attribute.
	 * @see #setRejectionReason(String)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_RejectionReason()
	 * @model
	 * @generated
	 */
	String getRejectionReason();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getRejectionReason <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rejection Reason</em>' attribute.
	 * @see #getRejectionReason()
	 * @generated
	 */
	void setRejectionReason(String value);

	/**
	 * Returns the value of the '<em><b>Ai Pattern</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.AiPattern}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ai Pattern</em>' attribute.
	 * @see dev.cartograph.model.AiPattern
	 * @see #setAiPattern(AiPattern)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_AiPattern()
	 * @model
	 * @generated
	 */
	AiPattern getAiPattern();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getAiPattern <em>Ai Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ai Pattern</em>' attribute.
	 * @see dev.cartograph.model.AiPattern
	 * @see #getAiPattern()
	 * @generated
	 */
	void setAiPattern(AiPattern value);

	/**
	 * Returns the value of the '<em><b>Sponsor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor</em>' attribute.
	 * @see #setSponsor(String)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Sponsor()
	 * @model
	 * @generated
	 */
	String getSponsor();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getSponsor <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor</em>' attribute.
	 * @see #getSponsor()
	 * @generated
	 */
	void setSponsor(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation unit (department, agency, business unit) the use case belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Unit()
	 * @model
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.WorkflowStep}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.WorkflowStep#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Steps()
	 * @see dev.cartograph.model.WorkflowStep#getUseCases
	 * @model opposite="useCases"
	 * @generated
	 */
	EList<WorkflowStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.JourneyStage}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.JourneyStage#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Stages()
	 * @see dev.cartograph.model.JourneyStage#getUseCases
	 * @model opposite="useCases"
	 * @generated
	 */
	EList<JourneyStage> getStages();

	/**
	 * Returns the value of the '<em><b>Frictions</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.Friction}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Friction#getAddressedBy <em>Addressed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frictions</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Frictions()
	 * @see dev.cartograph.model.Friction#getAddressedBy
	 * @model opposite="addressedBy"
	 * @generated
	 */
	EList<Friction> getFrictions();

	/**
	 * Returns the value of the '<em><b>Initiatives</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.Initiative}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Initiative#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiatives</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Initiatives()
	 * @see dev.cartograph.model.Initiative#getUseCases
	 * @model opposite="useCases"
	 * @generated
	 */
	EList<Initiative> getInitiatives();

	/**
	 * Returns the value of the '<em><b>Data Assets</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.DataAsset}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.DataAsset#getUsedBy <em>Used By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Assets</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_DataAssets()
	 * @see dev.cartograph.model.DataAsset#getUsedBy
	 * @model opposite="usedBy"
	 * @generated
	 */
	EList<DataAsset> getDataAssets();

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getDependents <em>Dependents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_DependsOn()
	 * @see dev.cartograph.model.UseCase#getDependents
	 * @model opposite="dependents"
	 * @generated
	 */
	EList<UseCase> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Dependents</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dependents</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Dependents()
	 * @see dev.cartograph.model.UseCase#getDependsOn
	 * @model opposite="dependsOn" transient="true"
	 * @generated
	 */
	EList<UseCase> getDependents();

	/**
	 * Returns the value of the '<em><b>Wave</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Wave#getUseCases <em>Use Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wave</em>' reference.
	 * @see #setWave(Wave)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Wave()
	 * @see dev.cartograph.model.Wave#getUseCases
	 * @model opposite="useCases"
	 * @generated
	 */
	Wave getWave();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getWave <em>Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wave</em>' reference.
	 * @see #getWave()
	 * @generated
	 */
	void setWave(Wave value);

	/**
	 * Returns the value of the '<em><b>Business Case</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Case</em>' containment reference.
	 * @see #setBusinessCase(BusinessCase)
	 * @see dev.cartograph.model.CartographPackage#getUseCase_BusinessCase()
	 * @model containment="true"
	 * @generated
	 */
	BusinessCase getBusinessCase();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.UseCase#getBusinessCase <em>Business Case</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Case</em>' containment reference.
	 * @see #getBusinessCase()
	 * @generated
	 */
	void setBusinessCase(BusinessCase value);

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getUseCase_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

} // UseCase
