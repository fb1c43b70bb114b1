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
 * A representation of the literals of the enumeration '<em><b>Use Case Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.cartograph.model.CartographPackage#getUseCaseStatus()
 * @model
 * @generated
 */
public enum UseCaseStatus implements Enumerator {
	/**
	 * The '<em><b>Idea</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDEA_VALUE
	 * @generated
	 * @ordered
	 */
	IDEA(0, "idea", "idea"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Qualified</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	QUALIFIED(1, "qualified", "qualified"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Business Case</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_CASE(2, "businessCase", "businessCase"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Approved</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVED_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVED(3, "approved", "approved"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Pilot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILOT_VALUE
	 * @generated
	 * @ordered
	 */
	PILOT(4, "pilot", "pilot"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Deployed</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOYED_VALUE
	 * @generated
	 * @ordered
	 */
	DEPLOYED(5, "deployed", "deployed"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Rejected</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	REJECTED(6, "rejected", "rejected"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Idea</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IDEA
	 * @model name="idea"
	 * @generated
	 * @ordered
	 */
	public static final int IDEA_VALUE = 0;

	/**
	 * The '<em><b>Qualified</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUALIFIED
	 * @model name="qualified"
	 * @generated
	 * @ordered
	 */
	public static final int QUALIFIED_VALUE = 1;

	/**
	 * The '<em><b>Business Case</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_CASE
	 * @model name="businessCase"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_CASE_VALUE = 2;

	/**
	 * The '<em><b>Approved</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVED
	 * @model name="approved"
	 * @generated
	 * @ordered
	 */
	public static final int APPROVED_VALUE = 3;

	/**
	 * The '<em><b>Pilot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PILOT
	 * @model name="pilot"
	 * @generated
	 * @ordered
	 */
	public static final int PILOT_VALUE = 4;

	/**
	 * The '<em><b>Deployed</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPLOYED
	 * @model name="deployed"
	 * @generated
	 * @ordered
	 */
	public static final int DEPLOYED_VALUE = 5;

	/**
	 * The '<em><b>Rejected</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECTED
	 * @model name="rejected"
	 * @generated
	 * @ordered
	 */
	public static final int REJECTED_VALUE = 6;

	/**
	 * An array of all the '<em><b>Use Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final UseCaseStatus[] VALUES_ARRAY =
		new UseCaseStatus[] {
			IDEA,
			QUALIFIED,
			BUSINESS_CASE,
			APPROVED,
			PILOT,
			DEPLOYED,
			REJECTED,
		};

	/**
	 * A public read-only list of all the '<em><b>Use Case Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<UseCaseStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Use Case Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UseCaseStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UseCaseStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Use Case Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UseCaseStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			UseCaseStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Use Case Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static UseCaseStatus get(int value) {
		switch (value) {
			case IDEA_VALUE: return IDEA;
			case QUALIFIED_VALUE: return QUALIFIED;
			case BUSINESS_CASE_VALUE: return BUSINESS_CASE;
			case APPROVED_VALUE: return APPROVED;
			case PILOT_VALUE: return PILOT;
			case DEPLOYED_VALUE: return DEPLOYED;
			case REJECTED_VALUE: return REJECTED;
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
	private UseCaseStatus(int value, String name, String literal) {
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
	
} //UseCaseStatus
