/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initiative</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strategic priority of the organisation that use cases support.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Initiative#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.cartograph.model.Initiative#getUseCases <em>Use Cases</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getInitiative()
 * @model
 * @generated
 */
public interface Initiative extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see dev.cartograph.model.CartographPackage#getInitiative_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Initiative#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Use Cases</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getInitiatives <em>Initiatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Cases</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getInitiative_UseCases()
	 * @see dev.cartograph.model.UseCase#getInitiatives
	 * @model opposite="initiatives" transient="true"
	 * @generated
	 */
	EList<UseCase> getUseCases();

} // Initiative
