/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer's path through the company, stage by stage, including what happens after they leave.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.CustomerJourney#getPersona <em>Persona</em>}</li>
 *   <li>{@link dev.cartograph.model.CustomerJourney#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getCustomerJourney()
 * @model
 * @generated
 */
public interface CustomerJourney extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Persona</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' attribute.
	 * @see #setPersona(String)
	 * @see dev.cartograph.model.CartographPackage#getCustomerJourney_Persona()
	 * @model
	 * @generated
	 */
	String getPersona();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.CustomerJourney#getPersona <em>Persona</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' attribute.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(String value);

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.JourneyStage}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.JourneyStage#getJourney <em>Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getCustomerJourney_Stages()
	 * @see dev.cartograph.model.JourneyStage#getJourney
	 * @model opposite="journey" containment="true"
	 * @generated
	 */
	EList<JourneyStage> getStages();

} // CustomerJourney
