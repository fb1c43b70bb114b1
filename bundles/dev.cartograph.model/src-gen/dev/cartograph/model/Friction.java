/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Friction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A pain point found at a journey stage or observed at a workflow step, backed by evidence.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Friction#getSeverity <em>Severity</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#isDrivesChurn <em>Drives Churn</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#isOutOfScope <em>Out Of Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#getTouchpoints <em>Touchpoints</em>}</li>
 *   <li>{@link dev.cartograph.model.Friction#getAddressedBy <em>Addressed By</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getFriction()
 * @model
 * @generated
 */
public interface Friction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see dev.cartograph.model.Severity
	 * @see #setSeverity(Severity)
	 * @see dev.cartograph.model.CartographPackage#getFriction_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Friction#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see dev.cartograph.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see dev.cartograph.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see dev.cartograph.model.CartographPackage#getFriction_Frequency()
	 * @model
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Friction#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see dev.cartograph.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Drives Churn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drives Churn</em>' attribute.
	 * @see #setDrivesChurn(boolean)
	 * @see dev.cartograph.model.CartographPackage#getFriction_DrivesChurn()
	 * @model
	 * @generated
	 */
	boolean isDrivesChurn();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Friction#isDrivesChurn <em>Drives Churn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drives Churn</em>' attribute.
	 * @see #isDrivesChurn()
	 * @generated
	 */
	void setDrivesChurn(boolean value);

	/**
	 * Returns the value of the '<em><b>Out Of Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the programme has decided not to address this friction with AI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Out Of Scope</em>' attribute.
	 * @see #setOutOfScope(boolean)
	 * @see dev.cartograph.model.CartographPackage#getFriction_OutOfScope()
	 * @model
	 * @generated
	 */
	boolean isOutOfScope();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Friction#isOutOfScope <em>Out Of Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Out Of Scope</em>' attribute.
	 * @see #isOutOfScope()
	 * @generated
	 */
	void setOutOfScope(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getFriction_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.Touchpoint}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Touchpoint#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getFriction_Touchpoints()
	 * @see dev.cartograph.model.Touchpoint#getFrictions
	 * @model opposite="frictions"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

	/**
	 * Returns the value of the '<em><b>Addressed By</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getFrictions <em>Frictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed By</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getFriction_AddressedBy()
	 * @see dev.cartograph.model.UseCase#getFrictions
	 * @model opposite="frictions" transient="true"
	 * @generated
	 */
	EList<UseCase> getAddressedBy();

} // Friction
