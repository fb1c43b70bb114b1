/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete business process, internal or external, and its steps.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Workflow#getScope <em>Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getCategory <em>Category</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getOwningUnit <em>Owning Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getPeriod <em>Period</em>}</li>
 *   <li>{@link dev.cartograph.model.Workflow#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getWorkflow()
 * @model
 * @generated
 */
public interface Workflow extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.Scope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see dev.cartograph.model.Scope
	 * @see #setScope(Scope)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Scope()
	 * @model
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see dev.cartograph.model.Scope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.WorkflowCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see dev.cartograph.model.WorkflowCategory
	 * @see #setCategory(WorkflowCategory)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Category()
	 * @model
	 * @generated
	 */
	WorkflowCategory getCategory();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see dev.cartograph.model.WorkflowCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(WorkflowCategory value);

	/**
	 * Returns the value of the '<em><b>Owning Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owning Unit</em>' attribute.
	 * @see #setOwningUnit(String)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_OwningUnit()
	 * @model
	 * @generated
	 */
	String getOwningUnit();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getOwningUnit <em>Owning Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Unit</em>' attribute.
	 * @see #getOwningUnit()
	 * @generated
	 */
	void setOwningUnit(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation unit that runs the workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' reference.
	 * @see #setUnit(OrganisationUnit)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Unit()
	 * @model
	 * @generated
	 */
	OrganisationUnit getUnit();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getUnit <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' reference.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(OrganisationUnit value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times the workflow runs per period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #isSetVolume()
	 * @see #unsetVolume()
	 * @see #setVolume(double)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Volume()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolume();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #isSetVolume()
	 * @see #unsetVolume()
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.Workflow#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolume()
	 * @see #getVolume()
	 * @see #setVolume(double)
	 * @generated
	 */
	void unsetVolume();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.Workflow#getVolume <em>Volume</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Volume</em>' attribute is set.
	 * @see #unsetVolume()
	 * @see #getVolume()
	 * @see #setVolume(double)
	 * @generated
	 */
	boolean isSetVolume();

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The default value is <code>"month"</code>.
	 * The literals are from the enumeration {@link dev.cartograph.model.Period}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see dev.cartograph.model.Period
	 * @see #setPeriod(Period)
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Period()
	 * @model default="month"
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Workflow#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see dev.cartograph.model.Period
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.WorkflowStep}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.WorkflowStep#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getWorkflow_Steps()
	 * @see dev.cartograph.model.WorkflowStep#getWorkflow
	 * @model opposite="workflow" containment="true"
	 * @generated
	 */
	EList<WorkflowStep> getSteps();

} // Workflow
