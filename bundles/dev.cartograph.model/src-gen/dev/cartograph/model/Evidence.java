/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What backs a friction: an interview, a survey, support tickets, analytics, an NPS verbatim...
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getSource <em>Source</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getQuote <em>Quote</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getFigure <em>Figure</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getLink <em>Link</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getCollectedOn <em>Collected On</em>}</li>
 *   <li>{@link dev.cartograph.model.Evidence#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see dev.cartograph.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Figure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A measured figure, with its unit (for example '18% of contacts').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Figure</em>' attribute.
	 * @see #setFigure(String)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Figure()
	 * @model
	 * @generated
	 */
	String getFigure();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getFigure <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Figure</em>' attribute.
	 * @see #getFigure()
	 * @generated
	 */
	void setFigure(String value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' attribute.
	 * @see #setLink(String)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Link()
	 * @model
	 * @generated
	 */
	String getLink();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getLink <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' attribute.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(String value);

	/**
	 * Returns the value of the '<em><b>Collected On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collected On</em>' attribute.
	 * @see #setCollectedOn(LocalDate)
	 * @see dev.cartograph.model.CartographPackage#getEvidence_CollectedOn()
	 * @model dataType="dev.cartograph.model.Date"
	 * @generated
	 */
	LocalDate getCollectedOn();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Evidence#getCollectedOn <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collected On</em>' attribute.
	 * @see #getCollectedOn()
	 * @generated
	 */
	void setCollectedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.PropertyValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getEvidence_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyValue> getProperties();

} // Evidence
