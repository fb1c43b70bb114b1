/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The portfolio's setting for one criterion. Once a portfolio lists settings, only the criteria it enables count (a criterion installed later is available but unused until enabled); a portfolio with no settings uses every installed criterion with its default weight.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.CriterionSetting#getCriterionId <em>Criterion Id</em>}</li>
 *   <li>{@link dev.cartograph.model.CriterionSetting#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link dev.cartograph.model.CriterionSetting#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getCriterionSetting()
 * @model
 * @generated
 */
public interface CriterionSetting extends EObject {
	/**
	 * Returns the value of the '<em><b>Criterion Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criterion Id</em>' attribute.
	 * @see #setCriterionId(String)
	 * @see dev.cartograph.model.CartographPackage#getCriterionSetting_CriterionId()
	 * @model required="true"
	 * @generated
	 */
	String getCriterionId();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.CriterionSetting#getCriterionId <em>Criterion Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion Id</em>' attribute.
	 * @see #getCriterionId()
	 * @generated
	 */
	void setCriterionId(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see dev.cartograph.model.CartographPackage#getCriterionSetting_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.CriterionSetting#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative weight; when unset the criterion's default weight applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #isSetWeight()
	 * @see #unsetWeight()
	 * @see #setWeight(double)
	 * @see dev.cartograph.model.CartographPackage#getCriterionSetting_Weight()
	 * @model unsettable="true"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.CriterionSetting#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #isSetWeight()
	 * @see #unsetWeight()
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.CriterionSetting#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWeight()
	 * @see #getWeight()
	 * @see #setWeight(double)
	 * @generated
	 */
	void unsetWeight();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.CriterionSetting#getWeight <em>Weight</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Weight</em>' attribute is set.
	 * @see #unsetWeight()
	 * @see #getWeight()
	 * @see #setWeight(double)
	 * @generated
	 */
	boolean isSetWeight();

} // CriterionSetting
