/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roadmap</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.Roadmap#getWaves <em>Waves</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getRoadmap()
 * @model
 * @generated
 */
public interface Roadmap extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Waves</b></em>' containment reference list.
	 * The list contents are of type {@link dev.cartograph.model.Wave}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waves</em>' containment reference list.
	 * @see dev.cartograph.model.CartographPackage#getRoadmap_Waves()
	 * @model containment="true"
	 * @generated
	 */
	EList<Wave> getWaves();

} // Roadmap
