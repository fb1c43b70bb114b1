/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organisation Unit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A department, agency or business unit of the organisation that owns use cases and workflows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.OrganisationUnit#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.cartograph.model.OrganisationUnit#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getOrganisationUnit()
 * @model
 * @generated
 */
public interface OrganisationUnit extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.UnitKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.UnitKind
	 * @see #setKind(UnitKind)
	 * @see dev.cartograph.model.CartographPackage#getOrganisationUnit_Kind()
	 * @model
	 * @generated
	 */
	UnitKind getKind();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.OrganisationUnit#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.UnitKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(UnitKind value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit this unit belongs to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(OrganisationUnit)
	 * @see dev.cartograph.model.CartographPackage#getOrganisationUnit_Parent()
	 * @model
	 * @generated
	 */
	OrganisationUnit getParent();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.OrganisationUnit#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(OrganisationUnit value);

} // OrganisationUnit
