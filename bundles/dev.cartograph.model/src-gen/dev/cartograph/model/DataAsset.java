/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data a use case needs: where it lives, whether it is available and good enough, and whether it is personal data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.DataAsset#getSystem <em>System</em>}</li>
 *   <li>{@link dev.cartograph.model.DataAsset#getAvailability <em>Availability</em>}</li>
 *   <li>{@link dev.cartograph.model.DataAsset#getQuality <em>Quality</em>}</li>
 *   <li>{@link dev.cartograph.model.DataAsset#isContainsPersonalData <em>Contains Personal Data</em>}</li>
 *   <li>{@link dev.cartograph.model.DataAsset#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @see dev.cartograph.model.CartographPackage#getDataAsset()
 * @model
 * @generated
 */
public interface DataAsset extends NamedElement {
	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #setSystem(String)
	 * @see dev.cartograph.model.CartographPackage#getDataAsset_System()
	 * @model
	 * @generated
	 */
	String getSystem();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.DataAsset#getSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' attribute.
	 * @see #getSystem()
	 * @generated
	 */
	void setSystem(String value);

	/**
	 * Returns the value of the '<em><b>Availability</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.DataAvailability}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Availability</em>' attribute.
	 * @see dev.cartograph.model.DataAvailability
	 * @see #setAvailability(DataAvailability)
	 * @see dev.cartograph.model.CartographPackage#getDataAsset_Availability()
	 * @model
	 * @generated
	 */
	DataAvailability getAvailability();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.DataAsset#getAvailability <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Availability</em>' attribute.
	 * @see dev.cartograph.model.DataAvailability
	 * @see #getAvailability()
	 * @generated
	 */
	void setAvailability(DataAvailability value);

	/**
	 * Returns the value of the '<em><b>Quality</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.cartograph.model.DataQuality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quality</em>' attribute.
	 * @see dev.cartograph.model.DataQuality
	 * @see #setQuality(DataQuality)
	 * @see dev.cartograph.model.CartographPackage#getDataAsset_Quality()
	 * @model
	 * @generated
	 */
	DataQuality getQuality();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.DataAsset#getQuality <em>Quality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quality</em>' attribute.
	 * @see dev.cartograph.model.DataQuality
	 * @see #getQuality()
	 * @generated
	 */
	void setQuality(DataQuality value);

	/**
	 * Returns the value of the '<em><b>Contains Personal Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contains Personal Data</em>' attribute.
	 * @see #setContainsPersonalData(boolean)
	 * @see dev.cartograph.model.CartographPackage#getDataAsset_ContainsPersonalData()
	 * @model
	 * @generated
	 */
	boolean isContainsPersonalData();

	/**
	 * Sets the value of the '{@link dev.cartograph.model.DataAsset#isContainsPersonalData <em>Contains Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contains Personal Data</em>' attribute.
	 * @see #isContainsPersonalData()
	 * @generated
	 */
	void setContainsPersonalData(boolean value);

	/**
	 * Returns the value of the '<em><b>Used By</b></em>' reference list.
	 * The list contents are of type {@link dev.cartograph.model.UseCase}.
	 * It is bidirectional and its opposite is '{@link dev.cartograph.model.UseCase#getDataAssets <em>Data Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Used By</em>' reference list.
	 * @see dev.cartograph.model.CartographPackage#getDataAsset_UsedBy()
	 * @see dev.cartograph.model.UseCase#getDataAssets
	 * @model opposite="dataAssets" transient="true"
	 * @generated
	 */
	EList<UseCase> getUsedBy();

} // DataAsset
