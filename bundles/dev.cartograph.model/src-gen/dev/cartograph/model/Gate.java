/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A knock-out rule applied before ranking: a use case whose aggregated value on the criterion meets the condition is gated, with the reason shown.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Gate#getCriterionId <em>Criterion Id</em>}</li>
 *   <li>{@link dev.cartograph.model.Gate#getOperator <em>Operator</em>}</li>
 *   <li>{@link dev.cartograph.model.Gate#getValue <em>Value</em>}</li>
 *   <li>{@link dev.cartograph.model.Gate#getEffect <em>Effect</em>}</li>
 *   <li>{@link dev.cartograph.model.Gate#getReason <em>Reason</em>}</li>
 *   <li>{@link dev.cartograph.model.Gate#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getGate()
 * @model
 * @generated
 */
public interface Gate extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion Id</em>' attribute.
	 * @see #setCriterionId(String)
	 * @see dev.cartograph.model.CartographPackage#getGate_CriterionId()
	 * @model required="true"
	 * @generated
	 */
	String getCriterionId();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#getCriterionId <em>Criterion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion Id</em>' attribute.
	 * @see #getCriterionId()
	 * @generated
	 */
	void setCriterionId(String value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.GateOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see dev.cartograph.model.GateOperator
	 * @see #setOperator(GateOperator)
	 * @see dev.cartograph.model.CartographPackage#getGate_Operator()
	 * @model
	 * @generated
	 */
	GateOperator getOperator();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see dev.cartograph.model.GateOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(GateOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Threshold on the criterion's own scale (for example 5 on a 1-5 scale).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see dev.cartograph.model.CartographPackage#getGate_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.GateEffect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see dev.cartograph.model.GateEffect
	 * @see #setEffect(GateEffect)
	 * @see dev.cartograph.model.CartographPackage#getGate_Effect()
	 * @model
	 * @generated
	 */
	GateEffect getEffect();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see dev.cartograph.model.GateEffect
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(GateEffect value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see dev.cartograph.model.CartographPackage#getGate_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see dev.cartograph.model.CartographPackage#getGate_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Gate#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // Gate
