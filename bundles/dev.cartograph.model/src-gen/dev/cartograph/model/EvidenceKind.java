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
 * A representation of the literals of the enumeration '<em><b>Evidence Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.cartograph.model.CartographPackage#getEvidenceKind()
 * @model
 * @generated
 */
public enum EvidenceKind implements Enumerator {
	/**
	 * The '<em><b>Interview</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW(0, "interview", "interview"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Survey</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(1, "survey", "survey"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Support Tickets</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_TICKETS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORT_TICKETS(2, "supportTickets", "supportTickets"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Analytics</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICS_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYTICS(3, "analytics", "analytics"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Nps Verbatim</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_VERBATIM_VALUE
	 * @generated
	 * @ordered
	 */
	NPS_VERBATIM(4, "npsVerbatim", "npsVerbatim"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Observation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVATION(5, "observation", "observation"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Process Mining</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_MINING_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS_MINING(6, "processMining", "processMining"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Document</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENT(7, "document", "document"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "other", "other"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Interview</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVIEW
	 * @model name="interview"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_VALUE = 0;

	/**
	 * The '<em><b>Survey</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY
	 * @model name="survey"
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 1;

	/**
	 * The '<em><b>Support Tickets</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORT_TICKETS
	 * @model name="supportTickets"
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORT_TICKETS_VALUE = 2;

	/**
	 * The '<em><b>Analytics</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICS
	 * @model name="analytics"
	 * @generated
	 * @ordered
	 */
	public static final int ANALYTICS_VALUE = 3;

	/**
	 * The '<em><b>Nps Verbatim</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NPS_VERBATIM
	 * @model name="npsVerbatim"
	 * @generated
	 * @ordered
	 */
	public static final int NPS_VERBATIM_VALUE = 4;

	/**
	 * The '<em><b>Observation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBSERVATION
	 * @model name="observation"
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVATION_VALUE = 5;

	/**
	 * The '<em><b>Process Mining</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_MINING
	 * @model name="processMining"
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_MINING_VALUE = 6;

	/**
	 * The '<em><b>Document</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DOCUMENT
	 * @model name="document"
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENT_VALUE = 7;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceKind[] VALUES_ARRAY =
		new EvidenceKind[] {
			INTERVIEW,
			SURVEY,
			SUPPORT_TICKETS,
			ANALYTICS,
			NPS_VERBATIM,
			OBSERVATION,
			PROCESS_MINING,
			DOCUMENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(int value) {
		switch (value) {
			case INTERVIEW_VALUE: return INTERVIEW;
			case SURVEY_VALUE: return SURVEY;
			case SUPPORT_TICKETS_VALUE: return SUPPORT_TICKETS;
			case ANALYTICS_VALUE: return ANALYTICS;
			case NPS_VERBATIM_VALUE: return NPS_VERBATIM;
			case OBSERVATION_VALUE: return OBSERVATION;
			case PROCESS_MINING_VALUE: return PROCESS_MINING;
			case DOCUMENT_VALUE: return DOCUMENT;
			case OTHER_VALUE: return OTHER;
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
	private EvidenceKind(int value, String name, String literal) {
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
	
} //EvidenceKind
