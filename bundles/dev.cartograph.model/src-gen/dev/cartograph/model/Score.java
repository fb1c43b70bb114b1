/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One assessor's value for one use case on one criterion. The criterion is named by id so that a model stays loadable when the criterion's plug-in is absent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Score#getCriterionId <em>Criterion Id</em>}</li>
 *   <li>{@link dev.cartograph.model.Score#getValue <em>Value</em>}</li>
 *   <li>{@link dev.cartograph.model.Score#getRationale <em>Rationale</em>}</li>
 *   <li>{@link dev.cartograph.model.Score#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link dev.cartograph.model.Score#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link dev.cartograph.model.Score#getDate <em>Date</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getScore()
 * @model
 * @generated
 */
public interface Score extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion Id</em>' attribute.
	 * @see #setCriterionId(String)
	 * @see dev.cartograph.model.CartographPackage#getScore_CriterionId()
	 * @model required="true"
	 * @generated
	 */
	String getCriterionId();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getCriterionId <em>Criterion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion Id</em>' attribute.
	 * @see #getCriterionId()
	 * @generated
	 */
	void setCriterionId(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value on the criterion's own scale.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see dev.cartograph.model.CartographPackage#getScore_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see dev.cartograph.model.CartographPackage#getScore_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"medium"</code>.
	 * The literals are from the enumeration {@link dev.cartograph.model.Confidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see dev.cartograph.model.Confidence
	 * @see #setConfidence(Confidence)
	 * @see dev.cartograph.model.CartographPackage#getScore_Confidence()
	 * @model default="medium"
	 * @generated
	 */
	Confidence getConfidence();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see dev.cartograph.model.Confidence
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(Confidence value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessor</em>' attribute.
	 * @see #setAssessor(String)
	 * @see dev.cartograph.model.CartographPackage#getScore_Assessor()
	 * @model
	 * @generated
	 */
	String getAssessor();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getAssessor <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' attribute.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see dev.cartograph.model.CartographPackage#getScore_Date()
	 * @model dataType="dev.cartograph.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Score#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

} // Score
