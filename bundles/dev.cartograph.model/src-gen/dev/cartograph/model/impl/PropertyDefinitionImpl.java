/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Property Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getName <em>Name</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getNameFr <em>Name Fr</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getType <em>Type</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getChoices <em>Choices</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PropertyDefinitionImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PropertyDefinitionImpl extends MinimalEObjectImpl.Container implements PropertyDefinition {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameFr() <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFr()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_FR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameFr() <em>Name Fr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameFr()
	 * @generated
	 * @ordered
	 */
	protected String nameFr = NAME_FR_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final PropertyType TYPE_EDEFAULT = PropertyType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected PropertyType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChoices() <em>Choices</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoices()
	 * @generated
	 * @ordered
	 */
	protected EList<String> choices;

	/**
	 * The cached value of the '{@link #getAppliesTo() <em>Applies To</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected EList<String> appliesTo;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PropertyDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.PROPERTY_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PROPERTY_DEFINITION__KEY, oldKey, key));
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PROPERTY_DEFINITION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameFr() {
		return nameFr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameFr(String newNameFr) {
		String oldNameFr = nameFr;
		nameFr = newNameFr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PROPERTY_DEFINITION__NAME_FR, oldNameFr, nameFr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(PropertyType newType) {
		PropertyType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PROPERTY_DEFINITION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChoices() {
		if (choices == null) {
			choices = new EDataTypeUniqueEList<String>(String.class, this, CartographPackage.PROPERTY_DEFINITION__CHOICES);
		}
		return choices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAppliesTo() {
		if (appliesTo == null) {
			appliesTo = new EDataTypeUniqueEList<String>(String.class, this, CartographPackage.PROPERTY_DEFINITION__APPLIES_TO);
		}
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PROPERTY_DEFINITION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CartographPackage.PROPERTY_DEFINITION__KEY:
				return getKey();
			case CartographPackage.PROPERTY_DEFINITION__NAME:
				return getName();
			case CartographPackage.PROPERTY_DEFINITION__NAME_FR:
				return getNameFr();
			case CartographPackage.PROPERTY_DEFINITION__TYPE:
				return getType();
			case CartographPackage.PROPERTY_DEFINITION__CHOICES:
				return getChoices();
			case CartographPackage.PROPERTY_DEFINITION__APPLIES_TO:
				return getAppliesTo();
			case CartographPackage.PROPERTY_DEFINITION__DESCRIPTION:
				return getDescription();
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
			case CartographPackage.PROPERTY_DEFINITION__KEY:
				setKey((String)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__NAME:
				setName((String)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__NAME_FR:
				setNameFr((String)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__TYPE:
				setType((PropertyType)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__CHOICES:
				getChoices().clear();
				getChoices().addAll((Collection<? extends String>)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__APPLIES_TO:
				getAppliesTo().clear();
				getAppliesTo().addAll((Collection<? extends String>)newValue);
				return;
			case CartographPackage.PROPERTY_DEFINITION__DESCRIPTION:
				setDescription((String)newValue);
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
			case CartographPackage.PROPERTY_DEFINITION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case CartographPackage.PROPERTY_DEFINITION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CartographPackage.PROPERTY_DEFINITION__NAME_FR:
				setNameFr(NAME_FR_EDEFAULT);
				return;
			case CartographPackage.PROPERTY_DEFINITION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case CartographPackage.PROPERTY_DEFINITION__CHOICES:
				getChoices().clear();
				return;
			case CartographPackage.PROPERTY_DEFINITION__APPLIES_TO:
				getAppliesTo().clear();
				return;
			case CartographPackage.PROPERTY_DEFINITION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CartographPackage.PROPERTY_DEFINITION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case CartographPackage.PROPERTY_DEFINITION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CartographPackage.PROPERTY_DEFINITION__NAME_FR:
				return NAME_FR_EDEFAULT == null ? nameFr != null : !NAME_FR_EDEFAULT.equals(nameFr);
			case CartographPackage.PROPERTY_DEFINITION__TYPE:
				return type != TYPE_EDEFAULT;
			case CartographPackage.PROPERTY_DEFINITION__CHOICES:
				return choices != null && !choices.isEmpty();
			case CartographPackage.PROPERTY_DEFINITION__APPLIES_TO:
				return appliesTo != null && !appliesTo.isEmpty();
			case CartographPackage.PROPERTY_DEFINITION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", nameFr: "); //$NON-NLS-1$
		result.append(nameFr);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", choices: "); //$NON-NLS-1$
		result.append(choices);
		result.append(", appliesTo: "); //$NON-NLS-1$
		result.append(appliesTo);
		result.append(", description: "); //$NON-NLS-1$
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //PropertyDefinitionImpl
