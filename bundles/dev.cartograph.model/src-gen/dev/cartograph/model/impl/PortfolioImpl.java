/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getScoring <em>Scoring</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getWorkflows <em>Workflows</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getUseCases <em>Use Cases</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getRoadmap <em>Roadmap</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getPropertyDefinitions <em>Property Definitions</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.PortfolioImpl#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PortfolioImpl extends NamedElementImpl implements Portfolio {
	/**
	 * The default value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected static final String ORGANISATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected String organisation = ORGANISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected ScoringConfiguration scoring;

	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerJourney> journeys;

	/**
	 * The cached value of the '{@link #getWorkflows() <em>Workflows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkflows()
	 * @generated
	 * @ordered
	 */
	protected EList<Workflow> workflows;

	/**
	 * The cached value of the '{@link #getUseCases() <em>Use Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseCases()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> useCases;

	/**
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> initiatives;

	/**
	 * The cached value of the '{@link #getDataAssets() <em>Data Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<DataAsset> dataAssets;

	/**
	 * The cached value of the '{@link #getRoadmap() <em>Roadmap</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoadmap()
	 * @generated
	 * @ordered
	 */
	protected Roadmap roadmap;

	/**
	 * The cached value of the '{@link #getPropertyDefinitions() <em>Property Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropertyDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyDefinition> propertyDefinitions;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<OrganisationUnit> units;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PortfolioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.PORTFOLIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(String newOrganisation) {
		String oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner) {
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringConfiguration getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScoring(ScoringConfiguration newScoring, NotificationChain msgs) {
		ScoringConfiguration oldScoring = scoring;
		scoring = newScoring;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__SCORING, oldScoring, newScoring);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoring(ScoringConfiguration newScoring) {
		if (newScoring != scoring) {
			NotificationChain msgs = null;
			if (scoring != null)
				msgs = ((InternalEObject)scoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CartographPackage.PORTFOLIO__SCORING, null, msgs);
			if (newScoring != null)
				msgs = ((InternalEObject)newScoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CartographPackage.PORTFOLIO__SCORING, null, msgs);
			msgs = basicSetScoring(newScoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__SCORING, newScoring, newScoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerJourney> getJourneys() {
		if (journeys == null) {
			journeys = new EObjectContainmentEList<CustomerJourney>(CustomerJourney.class, this, CartographPackage.PORTFOLIO__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workflow> getWorkflows() {
		if (workflows == null) {
			workflows = new EObjectContainmentEList<Workflow>(Workflow.class, this, CartographPackage.PORTFOLIO__WORKFLOWS);
		}
		return workflows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getUseCases() {
		if (useCases == null) {
			useCases = new EObjectContainmentEList<UseCase>(UseCase.class, this, CartographPackage.PORTFOLIO__USE_CASES);
		}
		return useCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectContainmentEList<Initiative>(Initiative.class, this, CartographPackage.PORTFOLIO__INITIATIVES);
		}
		return initiatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataAsset> getDataAssets() {
		if (dataAssets == null) {
			dataAssets = new EObjectContainmentEList<DataAsset>(DataAsset.class, this, CartographPackage.PORTFOLIO__DATA_ASSETS);
		}
		return dataAssets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roadmap getRoadmap() {
		return roadmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRoadmap(Roadmap newRoadmap, NotificationChain msgs) {
		Roadmap oldRoadmap = roadmap;
		roadmap = newRoadmap;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__ROADMAP, oldRoadmap, newRoadmap);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoadmap(Roadmap newRoadmap) {
		if (newRoadmap != roadmap) {
			NotificationChain msgs = null;
			if (roadmap != null)
				msgs = ((InternalEObject)roadmap).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CartographPackage.PORTFOLIO__ROADMAP, null, msgs);
			if (newRoadmap != null)
				msgs = ((InternalEObject)newRoadmap).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CartographPackage.PORTFOLIO__ROADMAP, null, msgs);
			msgs = basicSetRoadmap(newRoadmap, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.PORTFOLIO__ROADMAP, newRoadmap, newRoadmap));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyDefinition> getPropertyDefinitions() {
		if (propertyDefinitions == null) {
			propertyDefinitions = new EObjectContainmentEList<PropertyDefinition>(PropertyDefinition.class, this, CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS);
		}
		return propertyDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OrganisationUnit> getUnits() {
		if (units == null) {
			units = new EObjectContainmentEList<OrganisationUnit>(OrganisationUnit.class, this, CartographPackage.PORTFOLIO__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CartographPackage.PORTFOLIO__SCORING:
				return basicSetScoring(null, msgs);
			case CartographPackage.PORTFOLIO__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__WORKFLOWS:
				return ((InternalEList<?>)getWorkflows()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__USE_CASES:
				return ((InternalEList<?>)getUseCases()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__INITIATIVES:
				return ((InternalEList<?>)getInitiatives()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
				return ((InternalEList<?>)getDataAssets()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__ROADMAP:
				return basicSetRoadmap(null, msgs);
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
				return ((InternalEList<?>)getPropertyDefinitions()).basicRemove(otherEnd, msgs);
			case CartographPackage.PORTFOLIO__UNITS:
				return ((InternalEList<?>)getUnits()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.PORTFOLIO__ORGANISATION:
				return getOrganisation();
			case CartographPackage.PORTFOLIO__OWNER:
				return getOwner();
			case CartographPackage.PORTFOLIO__CURRENCY:
				return getCurrency();
			case CartographPackage.PORTFOLIO__SCORING:
				return getScoring();
			case CartographPackage.PORTFOLIO__JOURNEYS:
				return getJourneys();
			case CartographPackage.PORTFOLIO__WORKFLOWS:
				return getWorkflows();
			case CartographPackage.PORTFOLIO__USE_CASES:
				return getUseCases();
			case CartographPackage.PORTFOLIO__INITIATIVES:
				return getInitiatives();
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
				return getDataAssets();
			case CartographPackage.PORTFOLIO__ROADMAP:
				return getRoadmap();
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
				return getPropertyDefinitions();
			case CartographPackage.PORTFOLIO__UNITS:
				return getUnits();
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
			case CartographPackage.PORTFOLIO__ORGANISATION:
				setOrganisation((String)newValue);
				return;
			case CartographPackage.PORTFOLIO__OWNER:
				setOwner((String)newValue);
				return;
			case CartographPackage.PORTFOLIO__CURRENCY:
				setCurrency((String)newValue);
				return;
			case CartographPackage.PORTFOLIO__SCORING:
				setScoring((ScoringConfiguration)newValue);
				return;
			case CartographPackage.PORTFOLIO__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends CustomerJourney>)newValue);
				return;
			case CartographPackage.PORTFOLIO__WORKFLOWS:
				getWorkflows().clear();
				getWorkflows().addAll((Collection<? extends Workflow>)newValue);
				return;
			case CartographPackage.PORTFOLIO__USE_CASES:
				getUseCases().clear();
				getUseCases().addAll((Collection<? extends UseCase>)newValue);
				return;
			case CartographPackage.PORTFOLIO__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends Initiative>)newValue);
				return;
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
				getDataAssets().clear();
				getDataAssets().addAll((Collection<? extends DataAsset>)newValue);
				return;
			case CartographPackage.PORTFOLIO__ROADMAP:
				setRoadmap((Roadmap)newValue);
				return;
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
				getPropertyDefinitions().clear();
				getPropertyDefinitions().addAll((Collection<? extends PropertyDefinition>)newValue);
				return;
			case CartographPackage.PORTFOLIO__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends OrganisationUnit>)newValue);
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
			case CartographPackage.PORTFOLIO__ORGANISATION:
				setOrganisation(ORGANISATION_EDEFAULT);
				return;
			case CartographPackage.PORTFOLIO__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CartographPackage.PORTFOLIO__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case CartographPackage.PORTFOLIO__SCORING:
				setScoring((ScoringConfiguration)null);
				return;
			case CartographPackage.PORTFOLIO__JOURNEYS:
				getJourneys().clear();
				return;
			case CartographPackage.PORTFOLIO__WORKFLOWS:
				getWorkflows().clear();
				return;
			case CartographPackage.PORTFOLIO__USE_CASES:
				getUseCases().clear();
				return;
			case CartographPackage.PORTFOLIO__INITIATIVES:
				getInitiatives().clear();
				return;
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
				getDataAssets().clear();
				return;
			case CartographPackage.PORTFOLIO__ROADMAP:
				setRoadmap((Roadmap)null);
				return;
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
				getPropertyDefinitions().clear();
				return;
			case CartographPackage.PORTFOLIO__UNITS:
				getUnits().clear();
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
			case CartographPackage.PORTFOLIO__ORGANISATION:
				return ORGANISATION_EDEFAULT == null ? organisation != null : !ORGANISATION_EDEFAULT.equals(organisation);
			case CartographPackage.PORTFOLIO__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CartographPackage.PORTFOLIO__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case CartographPackage.PORTFOLIO__SCORING:
				return scoring != null;
			case CartographPackage.PORTFOLIO__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
			case CartographPackage.PORTFOLIO__WORKFLOWS:
				return workflows != null && !workflows.isEmpty();
			case CartographPackage.PORTFOLIO__USE_CASES:
				return useCases != null && !useCases.isEmpty();
			case CartographPackage.PORTFOLIO__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
				return dataAssets != null && !dataAssets.isEmpty();
			case CartographPackage.PORTFOLIO__ROADMAP:
				return roadmap != null;
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
				return propertyDefinitions != null && !propertyDefinitions.isEmpty();
			case CartographPackage.PORTFOLIO__UNITS:
				return units != null && !units.isEmpty();
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
		result.append(" (organisation: "); //$NON-NLS-1$
		result.append(organisation);
		result.append(", owner: "); //$NON-NLS-1$
		result.append(owner);
		result.append(", currency: "); //$NON-NLS-1$
		result.append(currency);
		result.append(')');
		return result.toString();
	}

} //PortfolioImpl
