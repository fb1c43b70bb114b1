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
 * A representation of the literals of the enumeration '<em><b>Quadrant Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A quadrant of the impact/feasibility grid, as a wave's intent names it.
 * <!-- end-model-doc -->
 * @see dev.cartograph.model.CartographPackage#getQuadrantKind()
 * @model
 * @generated
 */
public enum QuadrantKind implements Enumerator {
	/**
	 * The '<em><b>Quick Win</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUICK_WIN_VALUE
	 * @generated
	 * @ordered
	 */
	QUICK_WIN(0, "quickWin", "quickWin"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Strategic Bet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_BET_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIC_BET(1, "strategicBet", "strategicBet"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Fill In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILL_IN_VALUE
	 * @generated
	 * @ordered
	 */
	FILL_IN(2, "fillIn", "fillIn"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Drop</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROP_VALUE
	 * @generated
	 * @ordered
	 */
	DROP(3, "drop", "drop"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>Quick Win</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUICK_WIN
	 * @model name="quickWin"
	 * @generated
	 * @ordered
	 */
	public static final int QUICK_WIN_VALUE = 0;

	/**
	 * The '<em><b>Strategic Bet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIC_BET
	 * @model name="strategicBet"
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIC_BET_VALUE = 1;

	/**
	 * The '<em><b>Fill In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILL_IN
	 * @model name="fillIn"
	 * @generated
	 * @ordered
	 */
	public static final int FILL_IN_VALUE = 2;

	/**
	 * The '<em><b>Drop</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROP
	 * @model name="drop"
	 * @generated
	 * @ordered
	 */
	public static final int DROP_VALUE = 3;

	/**
	 * An array of all the '<em><b>Quadrant Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final QuadrantKind[] VALUES_ARRAY =
		new QuadrantKind[] {
			QUICK_WIN,
			STRATEGIC_BET,
			FILL_IN,
			DROP,
		};

	/**
	 * A public read-only list of all the '<em><b>Quadrant Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<QuadrantKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Quadrant Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadrantKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuadrantKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quadrant Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadrantKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			QuadrantKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Quadrant Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static QuadrantKind get(int value) {
		switch (value) {
			case QUICK_WIN_VALUE: return QUICK_WIN;
			case STRATEGIC_BET_VALUE: return STRATEGIC_BET;
			case FILL_IN_VALUE: return FILL_IN;
			case DROP_VALUE: return DROP;
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
	private QuadrantKind(int value, String name, String literal) {
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
	
} //QuadrantKind
