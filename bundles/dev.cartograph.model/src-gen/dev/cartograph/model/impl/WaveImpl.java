/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.QuadrantKind;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;

import dev.cartograph.model.WorkflowCategory;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wave</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getStart <em>Start</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getEnd <em>End</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getUseCases <em>Use Cases</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getIntendedScopes <em>Intended Scopes</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getIntendedCategories <em>Intended Categories</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.WaveImpl#getIntendedQuadrants <em>Intended Quadrants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WaveImpl extends NamedElementImpl implements Wave {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected int capacity = CAPACITY_EDEFAULT;

	/**
	 * This is true if the Capacity attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean capacityESet;

	/**
	 * The cached value of the '{@link #getUseCases() <em>Use Cases</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseCases()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> useCases;

	/**
	 * The cached value of the '{@link #getIntendedScopes() <em>Intended Scopes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntendedScopes()
	 * @generated
	 * @ordered
	 */
	protected EList<Scope> intendedScopes;

	/**
	 * The cached value of the '{@link #getIntendedCategories() <em>Intended Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntendedCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowCategory> intendedCategories;

	/**
	 * The cached value of the '{@link #getIntendedQuadrants() <em>Intended Quadrants</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntendedQuadrants()
	 * @generated
	 * @ordered
	 */
	protected EList<QuadrantKind> intendedQuadrants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WaveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.WAVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WAVE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WAVE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WAVE__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(int newCapacity) {
		int oldCapacity = capacity;
		capacity = newCapacity;
		boolean oldCapacityESet = capacityESet;
		capacityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.WAVE__CAPACITY, oldCapacity, capacity, !oldCapacityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCapacity() {
		int oldCapacity = capacity;
		boolean oldCapacityESet = capacityESet;
		capacity = CAPACITY_EDEFAULT;
		capacityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CartographPackage.WAVE__CAPACITY, oldCapacity, CAPACITY_EDEFAULT, oldCapacityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCapacity() {
		return capacityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getUseCases() {
		if (useCases == null) {
			useCases = new EObjectWithInverseResolvingEList<UseCase>(UseCase.class, this, CartographPackage.WAVE__USE_CASES, CartographPackage.USE_CASE__WAVE);
		}
		return useCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scope> getIntendedScopes() {
		if (intendedScopes == null) {
			intendedScopes = new EDataTypeUniqueEList<Scope>(Scope.class, this, CartographPackage.WAVE__INTENDED_SCOPES);
		}
		return intendedScopes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowCategory> getIntendedCategories() {
		if (intendedCategories == null) {
			intendedCategories = new EDataTypeUniqueEList<WorkflowCategory>(WorkflowCategory.class, this, CartographPackage.WAVE__INTENDED_CATEGORIES);
		}
		return intendedCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuadrantKind> getIntendedQuadrants() {
		if (intendedQuadrants == null) {
			intendedQuadrants = new EDataTypeUniqueEList<QuadrantKind>(QuadrantKind.class, this, CartographPackage.WAVE__INTENDED_QUADRANTS);
		}
		return intendedQuadrants;
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
			case CartographPackage.WAVE__USE_CASES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getUseCases()).basicAdd(otherEnd, msgs);
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
			case CartographPackage.WAVE__USE_CASES:
				return ((InternalEList<?>)getUseCases()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.WAVE__START:
				return getStart();
			case CartographPackage.WAVE__END:
				return getEnd();
			case CartographPackage.WAVE__THEME:
				return getTheme();
			case CartographPackage.WAVE__CAPACITY:
				return getCapacity();
			case CartographPackage.WAVE__USE_CASES:
				return getUseCases();
			case CartographPackage.WAVE__INTENDED_SCOPES:
				return getIntendedScopes();
			case CartographPackage.WAVE__INTENDED_CATEGORIES:
				return getIntendedCategories();
			case CartographPackage.WAVE__INTENDED_QUADRANTS:
				return getIntendedQuadrants();
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
			case CartographPackage.WAVE__START:
				setStart((LocalDate)newValue);
				return;
			case CartographPackage.WAVE__END:
				setEnd((LocalDate)newValue);
				return;
			case CartographPackage.WAVE__THEME:
				setTheme((String)newValue);
				return;
			case CartographPackage.WAVE__CAPACITY:
				setCapacity((Integer)newValue);
				return;
			case CartographPackage.WAVE__USE_CASES:
				getUseCases().clear();
				getUseCases().addAll((Collection<? extends UseCase>)newValue);
				return;
			case CartographPackage.WAVE__INTENDED_SCOPES:
				getIntendedScopes().clear();
				getIntendedScopes().addAll((Collection<? extends Scope>)newValue);
				return;
			case CartographPackage.WAVE__INTENDED_CATEGORIES:
				getIntendedCategories().clear();
				getIntendedCategories().addAll((Collection<? extends WorkflowCategory>)newValue);
				return;
			case CartographPackage.WAVE__INTENDED_QUADRANTS:
				getIntendedQuadrants().clear();
				getIntendedQuadrants().addAll((Collection<? extends QuadrantKind>)newValue);
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
			case CartographPackage.WAVE__START:
				setStart(START_EDEFAULT);
				return;
			case CartographPackage.WAVE__END:
				setEnd(END_EDEFAULT);
				return;
			case CartographPackage.WAVE__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case CartographPackage.WAVE__CAPACITY:
				unsetCapacity();
				return;
			case CartographPackage.WAVE__USE_CASES:
				getUseCases().clear();
				return;
			case CartographPackage.WAVE__INTENDED_SCOPES:
				getIntendedScopes().clear();
				return;
			case CartographPackage.WAVE__INTENDED_CATEGORIES:
				getIntendedCategories().clear();
				return;
			case CartographPackage.WAVE__INTENDED_QUADRANTS:
				getIntendedQuadrants().clear();
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
			case CartographPackage.WAVE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case CartographPackage.WAVE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case CartographPackage.WAVE__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
			case CartographPackage.WAVE__CAPACITY:
				return isSetCapacity();
			case CartographPackage.WAVE__USE_CASES:
				return useCases != null && !useCases.isEmpty();
			case CartographPackage.WAVE__INTENDED_SCOPES:
				return intendedScopes != null && !intendedScopes.isEmpty();
			case CartographPackage.WAVE__INTENDED_CATEGORIES:
				return intendedCategories != null && !intendedCategories.isEmpty();
			case CartographPackage.WAVE__INTENDED_QUADRANTS:
				return intendedQuadrants != null && !intendedQuadrants.isEmpty();
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
		result.append(" (start: "); //$NON-NLS-1$
		result.append(start);
		result.append(", end: "); //$NON-NLS-1$
		result.append(end);
		result.append(", theme: "); //$NON-NLS-1$
		result.append(theme);
		result.append(", capacity: "); //$NON-NLS-1$
		if (capacityESet) result.append(capacity); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", intendedScopes: "); //$NON-NLS-1$
		result.append(intendedScopes);
		result.append(", intendedCategories: "); //$NON-NLS-1$
		result.append(intendedCategories);
		result.append(", intendedQuadrants: "); //$NON-NLS-1$
		result.append(intendedQuadrants);
		result.append(')');
		return result.toString();
	}

} //WaveImpl
