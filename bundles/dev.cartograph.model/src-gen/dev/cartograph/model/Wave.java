/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wave</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A slice of the roadmap.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Wave#getStart <em>Start</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getEnd <em>End</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getTheme <em>Theme</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getUseCases <em>Use Cases</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getIntendedScopes <em>Intended Scopes</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getIntendedCategories <em>Intended Categories</em>}</li>
 *   <li>{@link dev.cartograph.model.Wave#getIntendedQuadrants <em>Intended Quadrants</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getWave()
 * @model
 * @generated
 */
public interface Wave extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see dev.cartograph.model.CartographPackage#getWave_Start()
	 * @model dataType="dev.cartograph.model.Date"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Wave#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see dev.cartograph.model.CartographPackage#getWave_End()
	 * @model dataType="dev.cartograph.model.Date"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Wave#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see dev.cartograph.model.CartographPackage#getWave_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Wave#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many use cases the wave can deliver.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #isSetCapacity()
	 * @see #unsetCapacity()
	 * @see #setCapacity(int)
	 * @see dev.cartograph.model.CartographPackage#getWave_Capacity()
	 * @model unsettable="true"
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.Wave#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #isSetCapacity()
	 * @see #unsetCapacity()
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Unsets the value of the '{@link dev.cartograph.model.Wave#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCapacity()
	 * @see #getCapacity()
	 * @see #setCapacity(int)
	 * @generated
	 */
	void unsetCapacity();

	/**
	 * Returns whether the value of the '{@link dev.cartograph.model.Wave#getCapacity <em>Capacity</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Capacity</em>' attribute is set.
	 * @see #unsetCapacity()
	 * @see #getCapacity()
	 * @see #setCapacity(int)
	 * @generated
	 */
	boolean isSetCapacity();

	/**
	 * Returns the value of the '<em><b>Use Cases</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getWave <em>Wave</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Cases</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getWave_UseCases()
	 * @see dev.cartograph.model.UseCase#getWave
	 * @model opposite="wave" transient="true"
	 * @generated
	 */
	EList<UseCase> getUseCases();

	/**
	 * Returns the value of the '<em><b>Intended Scopes</b></em>' attribute list.
	 * The list contents are of type {@link dev.cartograph.model.Scope}.
	 * The literals are from the enumeration {@link dev.cartograph.model.Scope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scopes (internal, external) the wave is for; empty means any scope.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intended Scopes</em>' attribute list.
	 * @see dev.cartograph.model.Scope
	 * @see dev.cartograph.model.CartographPackage#getWave_IntendedScopes()
	 * @model
	 * @generated
	 */
	EList<Scope> getIntendedScopes();

	/**
	 * Returns the value of the '<em><b>Intended Categories</b></em>' attribute list.
	 * The list contents are of type {@link dev.cartograph.model.WorkflowCategory}.
	 * The literals are from the enumeration {@link dev.cartograph.model.WorkflowCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workflow categories (high-volume repetitive, long tail, customer facing) the wave is for; empty means any category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intended Categories</em>' attribute list.
	 * @see dev.cartograph.model.WorkflowCategory
	 * @see dev.cartograph.model.CartographPackage#getWave_IntendedCategories()
	 * @model
	 * @generated
	 */
	EList<WorkflowCategory> getIntendedCategories();

	/**
	 * Returns the value of the '<em><b>Intended Quadrants</b></em>' attribute list.
	 * The list contents are of type {@link dev.cartograph.model.QuadrantKind}.
	 * The literals are from the enumeration {@link dev.cartograph.model.QuadrantKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quadrants of the impact/feasibility grid the wave is for; empty means any quadrant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intended Quadrants</em>' attribute list.
	 * @see dev.cartograph.model.QuadrantKind
	 * @see dev.cartograph.model.CartographPackage#getWave_IntendedQuadrants()
	 * @model
	 * @generated
	 */
	EList<QuadrantKind> getIntendedQuadrants();

} // Wave
