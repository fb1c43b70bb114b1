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
 * A representation of the literals of the enumeration '<em><b>Ai Pattern</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see dev.cartograph.model.CartographPackage#getAiPattern()
 * @model
 * @generated
 */
public enum AiPattern implements Enumerator {
	/**
	 * The '<em><b>Extraction</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTION_VALUE
	 * @generated
	 * @ordered
	 */
	EXTRACTION(0, "extraction", "extraction"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Classification Routing</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASSIFICATION_ROUTING_VALUE
	 * @generated
	 * @ordered
	 */
	CLASSIFICATION_ROUTING(1, "classificationRouting", "classificationRouting"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Generation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATION_VALUE
	 * @generated
	 * @ordered
	 */
	GENERATION(2, "generation", "generation"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Conversational Assistant</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSATIONAL_ASSISTANT_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSATIONAL_ASSISTANT(3, "conversationalAssistant", "conversationalAssistant"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Search Knowledge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEARCH_KNOWLEDGE_VALUE
	 * @generated
	 * @ordered
	 */
	SEARCH_KNOWLEDGE(4, "searchKnowledge", "searchKnowledge"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Prediction</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREDICTION_VALUE
	 * @generated
	 * @ordered
	 */
	PREDICTION(5, "prediction", "prediction"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Recommendation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOMMENDATION_VALUE
	 * @generated
	 * @ordered
	 */
	RECOMMENDATION(6, "recommendation", "recommendation"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Anomaly Detection</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANOMALY_DETECTION_VALUE
	 * @generated
	 * @ordered
	 */
	ANOMALY_DETECTION(7, "anomalyDetection", "anomalyDetection"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Optimisation</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPTIMISATION_VALUE
	 * @generated
	 * @ordered
	 */
	OPTIMISATION(8, "optimisation", "optimisation"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Other</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "other", "other"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Extraction</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXTRACTION
	 * @model name="extraction"
	 * @generated
	 * @ordered
	 */
	public static final int EXTRACTION_VALUE = 0;

	/**
	 * The '<em><b>Classification Routing</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLASSIFICATION_ROUTING
	 * @model name="classificationRouting"
	 * @generated
	 * @ordered
	 */
	public static final int CLASSIFICATION_ROUTING_VALUE = 1;

	/**
	 * The '<em><b>Generation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GENERATION
	 * @model name="generation"
	 * @generated
	 * @ordered
	 */
	public static final int GENERATION_VALUE = 2;

	/**
	 * The '<em><b>Conversational Assistant</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSATIONAL_ASSISTANT
	 * @model name="conversationalAssistant"
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSATIONAL_ASSISTANT_VALUE = 3;

	/**
	 * The '<em><b>Search Knowledge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEARCH_KNOWLEDGE
	 * @model name="searchKnowledge"
	 * @generated
	 * @ordered
	 */
	public static final int SEARCH_KNOWLEDGE_VALUE = 4;

	/**
	 * The '<em><b>Prediction</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PREDICTION
	 * @model name="prediction"
	 * @generated
	 * @ordered
	 */
	public static final int PREDICTION_VALUE = 5;

	/**
	 * The '<em><b>Recommendation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOMMENDATION
	 * @model name="recommendation"
	 * @generated
	 * @ordered
	 */
	public static final int RECOMMENDATION_VALUE = 6;

	/**
	 * The '<em><b>Anomaly Detection</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANOMALY_DETECTION
	 * @model name="anomalyDetection"
	 * @generated
	 * @ordered
	 */
	public static final int ANOMALY_DETECTION_VALUE = 7;

	/**
	 * The '<em><b>Optimisation</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPTIMISATION
	 * @model name="optimisation"
	 * @generated
	 * @ordered
	 */
	public static final int OPTIMISATION_VALUE = 8;

	/**
	 * The '<em><b>Other</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model name="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Ai Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AiPattern[] VALUES_ARRAY =
		new AiPattern[] {
			EXTRACTION,
			CLASSIFICATION_ROUTING,
			GENERATION,
			CONVERSATIONAL_ASSISTANT,
			SEARCH_KNOWLEDGE,
			PREDICTION,
			RECOMMENDATION,
			ANOMALY_DETECTION,
			OPTIMISATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Ai Pattern</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AiPattern> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ai Pattern</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiPattern get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AiPattern result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ai Pattern</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiPattern getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AiPattern result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ai Pattern</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AiPattern get(int value) {
		switch (value) {
			case EXTRACTION_VALUE: return EXTRACTION;
			case CLASSIFICATION_ROUTING_VALUE: return CLASSIFICATION_ROUTING;
			case GENERATION_VALUE: return GENERATION;
			case CONVERSATIONAL_ASSISTANT_VALUE: return CONVERSATIONAL_ASSISTANT;
			case SEARCH_KNOWLEDGE_VALUE: return SEARCH_KNOWLEDGE;
			case PREDICTION_VALUE: return PREDICTION;
			case RECOMMENDATION_VALUE: return RECOMMENDATION;
			case ANOMALY_DETECTION_VALUE: return ANOMALY_DETECTION;
			case OPTIMISATION_VALUE: return OPTIMISATION;
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
	private AiPattern(int value, String name, String literal) {
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
	
} //AiPattern
