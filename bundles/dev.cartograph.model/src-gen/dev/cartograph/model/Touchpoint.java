/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel where the company meets the customer during a stage.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link dev.cartograph.model.Touchpoint#getFrictions <em>Frictions</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see dev.cartograph.model.Channel
	 * @see #setChannel(Channel)
	 * @see dev.cartograph.model.CartographPackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Touchpoint#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see dev.cartograph.model.Channel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Frictions</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.Friction}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Friction#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frictions</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getTouchpoint_Frictions()
	 * @see dev.cartograph.model.Friction#getTouchpoints
	 * @model opposite="touchpoints" transient="true"
	 * @generated
	 */
	EList<Friction> getFrictions();

} // Touchpoint
