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
 * A representation of the literals of the enumeration '<em><b>Stage Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.cartograph.model.CartographPackage#getStageKind()
 * @model
 * @generated
 */
public enum StageKind implements Enumerator {
	/**
	 * The '<em><b>Discovery</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERY_VALUE
	 * @generated
	 * @ordered
	 */
	DISCOVERY(0, "discovery", "discovery"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Onboarding</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBOARDING_VALUE
	 * @generated
	 * @ordered
	 */
	ONBOARDING(1, "onboarding", "onboarding"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Engagement</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGEMENT(2, "engagement", "engagement"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Support</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT(3, "support", "support"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Retention</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION_VALUE
	 * @generated
	 * @ordered
	 */
	RETENTION(4, "retention", "retention"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Post Journey</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the customer leaves: churn, cancellation, why people leave.
	 * <!-- end-model-doc -->
	 * @see #POST_JOURNEY_VALUE
	 * @generated
	 * @ordered
	 */
	POST_JOURNEY(5, "postJourney", "postJourney"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Discovery</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCOVERY
	 * @model name="discovery"
	 * @generated
	 * @ordered
	 */
	public static final int DISCOVERY_VALUE = 0;

	/**
	 * The '<em><b>Onboarding</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBOARDING
	 * @model name="onboarding"
	 * @generated
	 * @ordered
	 */
	public static final int ONBOARDING_VALUE = 1;

	/**
	 * The '<em><b>Engagement</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT
	 * @model name="engagement"
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGEMENT_VALUE = 2;

	/**
	 * The '<em><b>Support</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT
	 * @model name="support"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_VALUE = 3;

	/**
	 * The '<em><b>Retention</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETENTION
	 * @model name="retention"
	 * @generated
	 * @ordered
	 */
	public static final int RETENTION_VALUE = 4;

	/**
	 * The '<em><b>Post Journey</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the customer leaves: churn, cancellation, why people leave.
	 * <!-- end-model-doc -->
	 * @see #POST_JOURNEY
	 * @model name="postJourney"
	 * @generated
	 * @ordered
	 */
	public static final int POST_JOURNEY_VALUE = 5;

	/**
	 * An array of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StageKind[] VALUES_ARRAY =
		new StageKind[] {
			DISCOVERY,
			ONBOARDING,
			ENGAGEMENT,
			SUPPORT,
			RETENTION,
			POST_JOURNEY,
		};

	/**
	 * A public read-only list of all the '<em><b>Stage Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StageKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			StageKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Stage Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StageKind get(int value) {
		switch (value) {
			case DISCOVERY_VALUE: return DISCOVERY;
			case ONBOARDING_VALUE: return ONBOARDING;
			case ENGAGEMENT_VALUE: return ENGAGEMENT;
			case SUPPORT_VALUE: return SUPPORT;
			case RETENTION_VALUE: return RETENTION;
			case POST_JOURNEY_VALUE: return POST_JOURNEY;
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
	private StageKind(int value, String name, String literal) {
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
	
} //StageKind
