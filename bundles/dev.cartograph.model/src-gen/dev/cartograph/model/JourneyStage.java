/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.JourneyStage#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.cartograph.model.JourneyStage#getJourney <em>Journey</em>}</li>
 *   <li>{@link dev.cartograph.model.JourneyStage#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.cartograph.model.JourneyStage#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.JourneyStage#getUseCases <em>Use Cases</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getJourneyStage()
 * @model
 * @generated
 */
public interface JourneyStage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.StageKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.StageKind
	 * @see #setKind(StageKind)
	 * @see dev.cartograph.model.CartographPackage#getJourneyStage_Kind()
	 * @model
	 * @generated
	 */
	StageKind getKind();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.JourneyStage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.StageKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StageKind value);

	/**
	 * Returns the value of the '<em><b>Journey</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.CustomerJourney#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journey</em>' container reference.
	 * @see dev.cartograph.model.CartographPackage#getJourneyStage_Journey()
	 * @see dev.cartograph.model.CustomerJourney#getStages
	 * @model opposite="stages" changeable="false"
	 * @generated
	 */
	CustomerJourney getJourney();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getJourneyStage_Touchpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Frictions</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Friction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frictions</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getJourneyStage_Frictions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Friction> getFrictions();

	/**
	 * Returns the value of the '<em><b>Use Cases</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The use cases anchored on this stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Cases</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getJourneyStage_UseCases()
	 * @see dev.cartograph.model.UseCase#getStages
	 * @model opposite="stages" transient="true"
	 * @generated
	 */
	EList<UseCase> getUseCases();

} // JourneyStage
