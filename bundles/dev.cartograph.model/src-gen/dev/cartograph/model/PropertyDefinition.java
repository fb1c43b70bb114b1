/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A property an architect adds to the portfolio's elements: its key, labels, type, the choices of a choice property and the kinds of element it applies to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getKey <em>Key</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getName <em>Name</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getNameFr <em>Name Fr</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getType <em>Type</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getChoices <em>Choices</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link dev.cartograph.model.PropertyDefinition#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition()
 * @model
 * @generated
 */
public interface PropertyDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier used in files, exports and the command line (for example 'costCentre').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.PropertyDefinition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * English label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.PropertyDefinition#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Fr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * French label; the English label is used when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Fr</em>' attribute.
	 * @see #setNameFr(String)
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_NameFr()
	 * @model
	 * @generated
	 */
	String getNameFr();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.PropertyDefinition#getNameFr <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Fr</em>' attribute.
	 * @see #getNameFr()
	 * @generated
	 */
	void setNameFr(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.PropertyType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see dev.cartograph.model.PropertyType
	 * @see #setType(PropertyType)
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_Type()
	 * @model
	 * @generated
	 */
	PropertyType getType();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.PropertyDefinition#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see dev.cartograph.model.PropertyType
	 * @see #getType()
	 * @generated
	 */
	void setType(PropertyType value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values a choice property can take, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_Choices()
	 * @model
	 * @generated
	 */
	EList<String> getChoices();

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the element kinds (model class names such as UseCase or Workflow) the property applies to; empty means every element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute list.
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_AppliesTo()
	 * @model
	 * @generated
	 */
	EList<String> getAppliesTo();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see dev.cartograph.model.CartographPackage#getPropertyDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.PropertyDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // PropertyDefinition
