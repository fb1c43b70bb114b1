/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;

import dev.cartograph.model.PropertyValue;
import java.time.LocalDate;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getFigure <em>Figure</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getLink <em>Link</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getCollectedOn <em>Collected On</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.EvidenceImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceImpl extends MinimalEObjectImpl.Container implements Evidence {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceKind KIND_EDEFAULT = EvidenceKind.INTERVIEW;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EvidenceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected static final String FIGURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFigure() <em>Figure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFigure()
	 * @generated
	 * @ordered
	 */
	protected String figure = FIGURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected static final String LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLink() <em>Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLink()
	 * @generated
	 * @ordered
	 */
	protected String link = LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollectedOn() <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COLLECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCollectedOn() <em>Collected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollectedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate collectedOn = COLLECTED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyValue> properties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EvidenceKind newKind) {
		EvidenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFigure() {
		return figure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFigure(String newFigure) {
		String oldFigure = figure;
		figure = newFigure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__FIGURE, oldFigure, figure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLink() {
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(String newLink) {
		String oldLink = link;
		link = newLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__LINK, oldLink, link));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCollectedOn() {
		return collectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollectedOn(LocalDate newCollectedOn) {
		LocalDate oldCollectedOn = collectedOn;
		collectedOn = newCollectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.EVIDENCE__COLLECTED_ON, oldCollectedOn, collectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyValue> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<PropertyValue>(PropertyValue.class, this, CartographPackage.EVIDENCE__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.EVIDENCE__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.EVIDENCE__KIND:
				return getKind();
			case CartographPackage.EVIDENCE__SOURCE:
				return getSource();
			case CartographPackage.EVIDENCE__QUOTE:
				return getQuote();
			case CartographPackage.EVIDENCE__FIGURE:
				return getFigure();
			case CartographPackage.EVIDENCE__LINK:
				return getLink();
			case CartographPackage.EVIDENCE__COLLECTED_ON:
				return getCollectedOn();
			case CartographPackage.EVIDENCE__PROPERTIES:
				return getProperties();
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
			case CartographPackage.EVIDENCE__KIND:
				setKind((EvidenceKind)newValue);
				return;
			case CartographPackage.EVIDENCE__SOURCE:
				setSource((String)newValue);
				return;
			case CartographPackage.EVIDENCE__QUOTE:
				setQuote((String)newValue);
				return;
			case CartographPackage.EVIDENCE__FIGURE:
				setFigure((String)newValue);
				return;
			case CartographPackage.EVIDENCE__LINK:
				setLink((String)newValue);
				return;
			case CartographPackage.EVIDENCE__COLLECTED_ON:
				setCollectedOn((LocalDate)newValue);
				return;
			case CartographPackage.EVIDENCE__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends PropertyValue>)newValue);
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
			case CartographPackage.EVIDENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__FIGURE:
				setFigure(FIGURE_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__LINK:
				setLink(LINK_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__COLLECTED_ON:
				setCollectedOn(COLLECTED_ON_EDEFAULT);
				return;
			case CartographPackage.EVIDENCE__PROPERTIES:
				getProperties().clear();
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
			case CartographPackage.EVIDENCE__KIND:
				return kind != KIND_EDEFAULT;
			case CartographPackage.EVIDENCE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case CartographPackage.EVIDENCE__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case CartographPackage.EVIDENCE__FIGURE:
				return FIGURE_EDEFAULT == null ? figure != null : !FIGURE_EDEFAULT.equals(figure);
			case CartographPackage.EVIDENCE__LINK:
				return LINK_EDEFAULT == null ? link != null : !LINK_EDEFAULT.equals(link);
			case CartographPackage.EVIDENCE__COLLECTED_ON:
				return COLLECTED_ON_EDEFAULT == null ? collectedOn != null : !COLLECTED_ON_EDEFAULT.equals(collectedOn);
			case CartographPackage.EVIDENCE__PROPERTIES:
				return properties != null && !properties.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", source: "); //$NON-NLS-1$
		result.append(source);
		result.append(", quote: "); //$NON-NLS-1$
		result.append(quote);
		result.append(", figure: "); //$NON-NLS-1$
		result.append(figure);
		result.append(", link: "); //$NON-NLS-1$
		result.append(link);
		result.append(", collectedOn: "); //$NON-NLS-1$
		result.append(collectedOn);
		result.append(')');
		return result.toString();
	}

} //EvidenceImpl
