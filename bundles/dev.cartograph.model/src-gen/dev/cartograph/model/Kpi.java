/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable benefit: from baseline to target, in a unit, within a horizon.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.Kpi#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link dev.cartograph.model.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.cartograph.model.Kpi#getHorizonMonths <em>Horizon Months</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see dev.cartograph.model.CartographPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #isSetBaseline()
	 * @see #unsetBaseline()
	 * @see #setBaseline(double)
	 * @see dev.cartograph.model.CartographPackage#getKpi_Baseline()
	 * @model unsettable="true"
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #isSetBaseline()
	 * @see #unsetBaseline()
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBaseline()
	 * @see #getBaseline()
	 * @see #setBaseline(double)
	 * @generated
	 */
	void unsetBaseline();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.Kpi#getBaseline <em>Baseline</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Baseline</em>' attribute is set.
	 * @see #unsetBaseline()
	 * @see #getBaseline()
	 * @see #setBaseline(double)
	 * @generated
	 */
	boolean isSetBaseline();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #setTarget(double)
	 * @see dev.cartograph.model.CartographPackage#getKpi_Target()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #isSetTarget()
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	void unsetTarget();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.Kpi#getTarget <em>Target</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target</em>' attribute is set.
	 * @see #unsetTarget()
	 * @see #getTarget()
	 * @see #setTarget(double)
	 * @generated
	 */
	boolean isSetTarget();

	/**
	 * Returns the value of the '<em><b>Horizon Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Horizon Months</em>' attribute.
	 * @see #isSetHorizonMonths()
	 * @see #unsetHorizonMonths()
	 * @see #setHorizonMonths(int)
	 * @see dev.cartograph.model.CartographPackage#getKpi_HorizonMonths()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHorizonMonths();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Kpi#getHorizonMonths <em>Horizon Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizon Months</em>' attribute.
	 * @see #isSetHorizonMonths()
	 * @see #unsetHorizonMonths()
	 * @see #getHorizonMonths()
	 * @generated
	 */
	void setHorizonMonths(int value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.Kpi#getHorizonMonths <em>Horizon Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHorizonMonths()
	 * @see #getHorizonMonths()
	 * @see #setHorizonMonths(int)
	 * @generated
	 */
	void unsetHorizonMonths();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.Kpi#getHorizonMonths <em>Horizon Months</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Horizon Months</em>' attribute is set.
	 * @see #unsetHorizonMonths()
	 * @see #getHorizonMonths()
	 * @see #setHorizonMonths(int)
	 * @generated
	 */
	boolean isSetHorizonMonths();

} // Kpi
