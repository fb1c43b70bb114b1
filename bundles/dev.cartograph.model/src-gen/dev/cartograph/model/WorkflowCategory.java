/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Workflow Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.cartograph.model.CartographPackage#getWorkflowCategory()
 * @model
 * @generated
 */
public enum WorkflowCategory implements Enumerator {
	/**
	 * The '<em><b>High Volume Repetitive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH_VOLUME_REPETITIVE_VALUE
	 * @generated
	 * @ordered
	 */
	HIGH_VOLUME_REPETITIVE(0, "highVolumeRepetitive", "highVolumeRepetitive"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Long Tail</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TAIL_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_TAIL(1, "longTail", "longTail"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Customer Facing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_FACING_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_FACING(2, "customerFacing", "customerFacing"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>High Volume Repetitive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGH_VOLUME_REPETITIVE
	 * @model name="highVolumeRepetitive"
	 * @generated
	 * @ordered
	 */
	public static final int HIGH_VOLUME_REPETITIVE_VALUE = 0;

	/**
	 * The '<em><b>Long Tail</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TAIL
	 * @model name="longTail"
	 * @generated
	 * @ordered
	 */
	public static final int LONG_TAIL_VALUE = 1;

	/**
	 * The '<em><b>Customer Facing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_FACING
	 * @model name="customerFacing"
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_FACING_VALUE = 2;

	/**
	 * An array of all the '<em><b>Workflow Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final WorkflowCategory[] VALUES_ARRAY =
		new WorkflowCategory[] {
			HIGH_VOLUME_REPETITIVE,
			LONG_TAIL,
			CUSTOMER_FACING,
		};

	/**
	 * A public read-only list of all the '<em><b>Workflow Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<WorkflowCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Workflow Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkflowCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkflowCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Workflow Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkflowCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			WorkflowCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Workflow Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static WorkflowCategory get(int value) {
		switch (value) {
			case HIGH_VOLUME_REPETITIVE_VALUE: return HIGH_VOLUME_REPETITIVE;
			case LONG_TAIL_VALUE: return LONG_TAIL;
			case CUSTOMER_FACING_VALUE: return CUSTOMER_FACING;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private WorkflowCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //WorkflowCategory
