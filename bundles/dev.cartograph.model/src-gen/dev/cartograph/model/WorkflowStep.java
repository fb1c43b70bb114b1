/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getActor <em>Actor</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getManualEffort <em>Manual Effort</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getVolume <em>Volume</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getErrorRate <em>Error Rate</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getSuccessors <em>Successors</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getPredecessors <em>Predecessors</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.WorkflowStep#getUseCases <em>Use Cases</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getWorkflowStep()
 * @model
 * @generated
 */
public interface WorkflowStep extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Workflow</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.Workflow#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workflow</em>' container reference.
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Workflow()
	 * @see dev.cartograph.model.Workflow#getSteps
	 * @model opposite="steps" changeable="false"
	 * @generated
	 */
	Workflow getWorkflow();

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.WorkflowStep#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Manual Effort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Manual effort per execution, in minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Manual Effort</em>' attribute.
	 * @see #isSetManualEffort()
	 * @see #unsetManualEffort()
	 * @see #setManualEffort(double)
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_ManualEffort()
	 * @model unsettable="true"
	 * @generated
	 */
	double getManualEffort();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.WorkflowStep#getManualEffort <em>Manual Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manual Effort</em>' attribute.
	 * @see #isSetManualEffort()
	 * @see #unsetManualEffort()
	 * @see #getManualEffort()
	 * @generated
	 */
	void setManualEffort(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.WorkflowStep#getManualEffort <em>Manual Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManualEffort()
	 * @see #getManualEffort()
	 * @see #setManualEffort(double)
	 * @generated
	 */
	void unsetManualEffort();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.WorkflowStep#getManualEffort <em>Manual Effort</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Manual Effort</em>' attribute is set.
	 * @see #unsetManualEffort()
	 * @see #getManualEffort()
	 * @see #setManualEffort(double)
	 * @generated
	 */
	boolean isSetManualEffort();

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Executions per period of the owning workflow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #isSetVolume()
	 * @see #unsetVolume()
	 * @see #setVolume(double)
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Volume()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolume();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.WorkflowStep#getVolume <em>Volume</em>}' attribute.
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
	 * Unsets the value of the '{@link dev.cartograph.model.WorkflowStep#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolume()
	 * @see #getVolume()
	 * @see #setVolume(double)
	 * @generated
	 */
	void unsetVolume();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.WorkflowStep#getVolume <em>Volume</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of executions that need rework, between 0 and 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Rate</em>' attribute.
	 * @see #isSetErrorRate()
	 * @see #unsetErrorRate()
	 * @see #setErrorRate(double)
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_ErrorRate()
	 * @model unsettable="true"
	 * @generated
	 */
	double getErrorRate();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.WorkflowStep#getErrorRate <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error Rate</em>' attribute.
	 * @see #isSetErrorRate()
	 * @see #unsetErrorRate()
	 * @see #getErrorRate()
	 * @generated
	 */
	void setErrorRate(double value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.WorkflowStep#getErrorRate <em>Error Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetErrorRate()
	 * @see #getErrorRate()
	 * @see #setErrorRate(double)
	 * @generated
	 */
	void unsetErrorRate();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.WorkflowStep#getErrorRate <em>Error Rate</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Error Rate</em>' attribute is set.
	 * @see #unsetErrorRate()
	 * @see #getErrorRate()
	 * @see #setErrorRate(double)
	 * @generated
	 */
	boolean isSetErrorRate();

	/**
	 * Returns the value of the '<em><b>Successors</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.WorkflowStep}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.WorkflowStep#getPredecessors <em>Predecessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Successors</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Successors()
	 * @see dev.cartograph.model.WorkflowStep#getPredecessors
	 * @model opposite="predecessors"
	 * @generated
	 */
	EList<WorkflowStep> getSuccessors();

	/**
	 * Returns the value of the '<em><b>Predecessors</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.WorkflowStep}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.WorkflowStep#getSuccessors <em>Successors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Predecessors</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Predecessors()
	 * @see dev.cartograph.model.WorkflowStep#getSuccessors
	 * @model opposite="successors" transient="true"
	 * @generated
	 */
	EList<WorkflowStep> getPredecessors();

	/**
	 * Returns the value of the '<em><b>Frictions</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Friction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frictions</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_Frictions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Friction> getFrictions();

	/**
	 * Returns the value of the '<em><b>Use Cases</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The use cases anchored on this step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Use Cases</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getWorkflowStep_UseCases()
	 * @see dev.cartograph.model.UseCase#getSteps
	 * @model opposite="steps" transient="true"
	 * @generated
	 */
	EList<UseCase> getUseCases();

} // WorkflowStep
