/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.DataAvailability;
import dev.cartograph.model.DataQuality;
import dev.cartograph.model.UseCase;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.DataAssetImpl#getSystem <em>System</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.DataAssetImpl#getAvailability <em>Availability</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.DataAssetImpl#getQuality <em>Quality</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.DataAssetImpl#isContainsPersonalData <em>Contains Personal Data</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.DataAssetImpl#getUsedBy <em>Used By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataAssetImpl extends NamedElementImpl implements DataAsset {
	/**
	 * The default value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystem() <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystem()
	 * @generated
	 * @ordered
	 */
	protected String system = SYSTEM_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected static final DataAvailability AVAILABILITY_EDEFAULT = DataAvailability.AVAILABLE;

	/**
	 * The cached value of the '{@link #getAvailability() <em>Availability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvailability()
	 * @generated
	 * @ordered
	 */
	protected DataAvailability availability = AVAILABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuality() <em>Quality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuality()
	 * @generated
	 * @ordered
	 */
	protected static final DataQuality QUALITY_EDEFAULT = DataQuality.UNKNOWN;

	/**
	 * The cached value of the '{@link #getQuality() <em>Quality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuality()
	 * @generated
	 * @ordered
	 */
	protected DataQuality quality = QUALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #isContainsPersonalData() <em>Contains Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContainsPersonalData()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTAINS_PERSONAL_DATA_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isContainsPersonalData() <em>Contains Personal Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContainsPersonalData()
	 * @generated
	 * @ordered
	 */
	protected boolean containsPersonalData = CONTAINS_PERSONAL_DATA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUsedBy() <em>Used By</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsedBy()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> usedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataAssetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.DATA_ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystem() {
		return system;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystem(String newSystem) {
		String oldSystem = system;
		system = newSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.DATA_ASSET__SYSTEM, oldSystem, system));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataAvailability getAvailability() {
		return availability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvailability(DataAvailability newAvailability) {
		DataAvailability oldAvailability = availability;
		availability = newAvailability == null ? AVAILABILITY_EDEFAULT : newAvailability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.DATA_ASSET__AVAILABILITY, oldAvailability, availability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataQuality getQuality() {
		return quality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuality(DataQuality newQuality) {
		DataQuality oldQuality = quality;
		quality = newQuality == null ? QUALITY_EDEFAULT : newQuality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.DATA_ASSET__QUALITY, oldQuality, quality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isContainsPersonalData() {
		return containsPersonalData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainsPersonalData(boolean newContainsPersonalData) {
		boolean oldContainsPersonalData = containsPersonalData;
		containsPersonalData = newContainsPersonalData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.DATA_ASSET__CONTAINS_PERSONAL_DATA, oldContainsPersonalData, containsPersonalData));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getUsedBy() {
		if (usedBy == null) {
			usedBy = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.DATA_ASSET__USED_BY, CartographPackage.USE_CASE__DATA_ASSETS);
		}
		return usedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__USED_BY:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getUsedBy()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__USED_BY:
				return ((InternalEList<?>)getUsedBy()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__SYSTEM:
				return getSystem();
			case CartographPackage.DATA_ASSET__AVAILABILITY:
				return getAvailability();
			case CartographPackage.DATA_ASSET__QUALITY:
				return getQuality();
			case CartographPackage.DATA_ASSET__CONTAINS_PERSONAL_DATA:
				return isContainsPersonalData();
			case CartographPackage.DATA_ASSET__USED_BY:
				return getUsedBy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__SYSTEM:
				setSystem((String)newValue);
				return;
			case CartographPackage.DATA_ASSET__AVAILABILITY:
				setAvailability((DataAvailability)newValue);
				return;
			case CartographPackage.DATA_ASSET__QUALITY:
				setQuality((DataQuality)newValue);
				return;
			case CartographPackage.DATA_ASSET__CONTAINS_PERSONAL_DATA:
				setContainsPersonalData((Boolean)newValue);
				return;
			case CartographPackage.DATA_ASSET__USED_BY:
				getUsedBy().clear();
				getUsedBy().addAll((Collection<? extends UseCase>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__SYSTEM:
				setSystem(SYSTEM_EDEFAULT);
				return;
			case CartographPackage.DATA_ASSET__AVAILABILITY:
				setAvailability(AVAILABILITY_EDEFAULT);
				return;
			case CartographPackage.DATA_ASSET__QUALITY:
				setQuality(QUALITY_EDEFAULT);
				return;
			case CartographPackage.DATA_ASSET__CONTAINS_PERSONAL_DATA:
				setContainsPersonalData(CONTAINS_PERSONAL_DATA_EDEFAULT);
				return;
			case CartographPackage.DATA_ASSET__USED_BY:
				getUsedBy().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CartographPackage.DATA_ASSET__SYSTEM:
				return SYSTEM_EDEFAULT == null ? system != null : !SYSTEM_EDEFAULT.equals(system);
			case CartographPackage.DATA_ASSET__AVAILABILITY:
				return availability != AVAILABILITY_EDEFAULT;
			case CartographPackage.DATA_ASSET__QUALITY:
				return quality != QUALITY_EDEFAULT;
			case CartographPackage.DATA_ASSET__CONTAINS_PERSONAL_DATA:
				return containsPersonalData != CONTAINS_PERSONAL_DATA_EDEFAULT;
			case CartographPackage.DATA_ASSET__USED_BY:
				return usedBy != null && !usedBy.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (system: "); //$NON-NLS-1$
		result.append(system);
		result.append(", availability: "); //$NON-NLS-1$
		result.append(availability);
		result.append(", quality: "); //$NON-NLS-1$
		result.append(quality);
		result.append(", containsPersonalData: "); //$NON-NLS-1$
		result.append(containsPersonalData);
		result.append(')');
		return result.toString();
	}

} //DataAssetImpl
