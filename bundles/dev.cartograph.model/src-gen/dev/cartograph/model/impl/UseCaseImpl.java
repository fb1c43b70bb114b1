/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.impl;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.WorkflowStep;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Use Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getRejectionReason <em>Rejection Reason</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getAiPattern <em>Ai Pattern</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getSponsor <em>Sponsor</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getStages <em>Stages</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getFrictions <em>Frictions</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getInitiatives <em>Initiatives</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getDataAssets <em>Data Assets</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getDependents <em>Dependents</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getWave <em>Wave</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getBusinessCase <em>Business Case</em>}</li>
 *   <li>{@link dev.cartograph.model.impl.UseCaseImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UseCaseImpl extends NamedElementImpl implements UseCase {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final Scope SCOPE_EDEFAULT = Scope.INTERNAL;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Scope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final UseCaseStatus STATUS_EDEFAULT = UseCaseStatus.IDEA;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected UseCaseStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REJECTION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRejectionReason() <em>Rejection Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectionReason()
	 * @generated
	 * @ordered
	 */
	protected String rejectionReason = REJECTION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAiPattern() <em>Ai Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAiPattern()
	 * @generated
	 * @ordered
	 */
	protected static final AiPattern AI_PATTERN_EDEFAULT = AiPattern.EXTRACTION;

	/**
	 * The cached value of the '{@link #getAiPattern() <em>Ai Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAiPattern()
	 * @generated
	 * @ordered
	 */
	protected AiPattern aiPattern = AI_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected static final String SPONSOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSponsor() <em>Sponsor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsor()
	 * @generated
	 * @ordered
	 */
	protected String sponsor = SPONSOR_EDEFAULT;

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
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected OrganisationUnit unit;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<WorkflowStep> steps;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<JourneyStage> stages;

	/**
	 * The cached value of the '{@link #getFrictions() <em>Frictions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrictions()
	 * @generated
	 * @ordered
	 */
	protected EList<Friction> frictions;

	/**
	 * The cached value of the '{@link #getInitiatives() <em>Initiatives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatives()
	 * @generated
	 * @ordered
	 */
	protected EList<Initiative> initiatives;

	/**
	 * The cached value of the '{@link #getDataAssets() <em>Data Assets</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<DataAsset> dataAssets;

	/**
	 * The cached value of the '{@link #getDependsOn() <em>Depends On</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependsOn()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> dependsOn;

	/**
	 * The cached value of the '{@link #getDependents() <em>Dependents</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependents()
	 * @generated
	 * @ordered
	 */
	protected EList<UseCase> dependents;

	/**
	 * The cached value of the '{@link #getWave() <em>Wave</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWave()
	 * @generated
	 * @ordered
	 */
	protected Wave wave;

	/**
	 * The cached value of the '{@link #getBusinessCase() <em>Business Case</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessCase()
	 * @generated
	 * @ordered
	 */
	protected BusinessCase businessCase;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UseCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CartographPackage.Literals.USE_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		Scope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UseCaseStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(UseCaseStatus newStatus) {
		UseCaseStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRejectionReason() {
		return rejectionReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRejectionReason(String newRejectionReason) {
		String oldRejectionReason = rejectionReason;
		rejectionReason = newRejectionReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__REJECTION_REASON, oldRejectionReason, rejectionReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AiPattern getAiPattern() {
		return aiPattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAiPattern(AiPattern newAiPattern) {
		AiPattern oldAiPattern = aiPattern;
		aiPattern = newAiPattern == null ? AI_PATTERN_EDEFAULT : newAiPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__AI_PATTERN, oldAiPattern, aiPattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSponsor() {
		return sponsor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsor(String newSponsor) {
		String oldSponsor = sponsor;
		sponsor = newSponsor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__SPONSOR, oldSponsor, sponsor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit getUnit() {
		if (unit != null && unit.eIsProxy()) {
			InternalEObject oldUnit = (InternalEObject)unit;
			unit = (OrganisationUnit)eResolveProxy(oldUnit);
			if (unit != oldUnit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CartographPackage.USE_CASE__UNIT, oldUnit, unit));
			}
		}
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrganisationUnit basicGetUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(OrganisationUnit newUnit) {
		OrganisationUnit oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WorkflowStep> getSteps() {
		if (steps == null) {
			steps = new EObjectWithInverseResolvingEList.ManyInverse<WorkflowStep>(WorkflowStep.class, this, CartographPackage.USE_CASE__STEPS, CartographPackage.WORKFLOW_STEP__USE_CASES);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JourneyStage> getStages() {
		if (stages == null) {
			stages = new EObjectWithInverseResolvingEList.ManyInverse<JourneyStage>(JourneyStage.class, this, CartographPackage.USE_CASE__STAGES, CartographPackage.JOURNEY_STAGE__USE_CASES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Friction> getFrictions() {
		if (frictions == null) {
			frictions = new EObjectWithInverseResolvingEList.ManyInverse<Friction>(Friction.class, this, CartographPackage.USE_CASE__FRICTIONS, CartographPackage.FRICTION__ADDRESSED_BY);
		}
		return frictions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Initiative> getInitiatives() {
		if (initiatives == null) {
			initiatives = new EObjectWithInverseResolvingEList.ManyInverse<Initiative>(Initiative.class, this, CartographPackage.USE_CASE__INITIATIVES, CartographPackage.INITIATIVE__USE_CASES);
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
			dataAssets = new EObjectWithInverseResolvingEList.ManyInverse<DataAsset>(DataAsset.class, this, CartographPackage.USE_CASE__DATA_ASSETS, CartographPackage.DATA_ASSET__USED_BY);
		}
		return dataAssets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getDependsOn() {
		if (dependsOn == null) {
			dependsOn = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.USE_CASE__DEPENDS_ON, CartographPackage.USE_CASE__DEPENDENTS);
		}
		return dependsOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UseCase> getDependents() {
		if (dependents == null) {
			dependents = new EObjectWithInverseResolvingEList.ManyInverse<UseCase>(UseCase.class, this, CartographPackage.USE_CASE__DEPENDENTS, CartographPackage.USE_CASE__DEPENDS_ON);
		}
		return dependents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wave getWave() {
		if (wave != null && wave.eIsProxy()) {
			InternalEObject oldWave = (InternalEObject)wave;
			wave = (Wave)eResolveProxy(oldWave);
			if (wave != oldWave) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CartographPackage.USE_CASE__WAVE, oldWave, wave));
			}
		}
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Wave basicGetWave() {
		return wave;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWave(Wave newWave, NotificationChain msgs) {
		Wave oldWave = wave;
		wave = newWave;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__WAVE, oldWave, newWave);
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
	public void setWave(Wave newWave) {
		if (newWave != wave) {
			NotificationChain msgs = null;
			if (wave != null)
				msgs = ((InternalEObject)wave).eInverseRemove(this, CartographPackage.WAVE__USE_CASES, Wave.class, msgs);
			if (newWave != null)
				msgs = ((InternalEObject)newWave).eInverseAdd(this, CartographPackage.WAVE__USE_CASES, Wave.class, msgs);
			msgs = basicSetWave(newWave, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__WAVE, newWave, newWave));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessCase getBusinessCase() {
		return businessCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBusinessCase(BusinessCase newBusinessCase, NotificationChain msgs) {
		BusinessCase oldBusinessCase = businessCase;
		businessCase = newBusinessCase;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__BUSINESS_CASE, oldBusinessCase, newBusinessCase);
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
	public void setBusinessCase(BusinessCase newBusinessCase) {
		if (newBusinessCase != businessCase) {
			NotificationChain msgs = null;
			if (businessCase != null)
				msgs = ((InternalEObject)businessCase).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CartographPackage.USE_CASE__BUSINESS_CASE, null, msgs);
			if (newBusinessCase != null)
				msgs = ((InternalEObject)newBusinessCase).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CartographPackage.USE_CASE__BUSINESS_CASE, null, msgs);
			msgs = basicSetBusinessCase(newBusinessCase, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CartographPackage.USE_CASE__BUSINESS_CASE, newBusinessCase, newBusinessCase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, CartographPackage.USE_CASE__SCORES);
		}
		return scores;
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
			case CartographPackage.USE_CASE__STEPS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSteps()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__STAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getStages()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__FRICTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFrictions()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__INITIATIVES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInitiatives()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__DATA_ASSETS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDataAssets()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__DEPENDS_ON:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDependsOn()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__DEPENDENTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDependents()).basicAdd(otherEnd, msgs);
			case CartographPackage.USE_CASE__WAVE:
				if (wave != null)
					msgs = ((InternalEObject)wave).eInverseRemove(this, CartographPackage.WAVE__USE_CASES, Wave.class, msgs);
				return basicSetWave((Wave)otherEnd, msgs);
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
			case CartographPackage.USE_CASE__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__FRICTIONS:
				return ((InternalEList<?>)getFrictions()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__INITIATIVES:
				return ((InternalEList<?>)getInitiatives()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__DATA_ASSETS:
				return ((InternalEList<?>)getDataAssets()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__DEPENDS_ON:
				return ((InternalEList<?>)getDependsOn()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__DEPENDENTS:
				return ((InternalEList<?>)getDependents()).basicRemove(otherEnd, msgs);
			case CartographPackage.USE_CASE__WAVE:
				return basicSetWave(null, msgs);
			case CartographPackage.USE_CASE__BUSINESS_CASE:
				return basicSetBusinessCase(null, msgs);
			case CartographPackage.USE_CASE__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case CartographPackage.USE_CASE__SCOPE:
				return getScope();
			case CartographPackage.USE_CASE__STATUS:
				return getStatus();
			case CartographPackage.USE_CASE__REJECTION_REASON:
				return getRejectionReason();
			case CartographPackage.USE_CASE__AI_PATTERN:
				return getAiPattern();
			case CartographPackage.USE_CASE__SPONSOR:
				return getSponsor();
			case CartographPackage.USE_CASE__OWNER:
				return getOwner();
			case CartographPackage.USE_CASE__UNIT:
				if (resolve) return getUnit();
				return basicGetUnit();
			case CartographPackage.USE_CASE__STEPS:
				return getSteps();
			case CartographPackage.USE_CASE__STAGES:
				return getStages();
			case CartographPackage.USE_CASE__FRICTIONS:
				return getFrictions();
			case CartographPackage.USE_CASE__INITIATIVES:
				return getInitiatives();
			case CartographPackage.USE_CASE__DATA_ASSETS:
				return getDataAssets();
			case CartographPackage.USE_CASE__DEPENDS_ON:
				return getDependsOn();
			case CartographPackage.USE_CASE__DEPENDENTS:
				return getDependents();
			case CartographPackage.USE_CASE__WAVE:
				if (resolve) return getWave();
				return basicGetWave();
			case CartographPackage.USE_CASE__BUSINESS_CASE:
				return getBusinessCase();
			case CartographPackage.USE_CASE__SCORES:
				return getScores();
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
			case CartographPackage.USE_CASE__SCOPE:
				setScope((Scope)newValue);
				return;
			case CartographPackage.USE_CASE__STATUS:
				setStatus((UseCaseStatus)newValue);
				return;
			case CartographPackage.USE_CASE__REJECTION_REASON:
				setRejectionReason((String)newValue);
				return;
			case CartographPackage.USE_CASE__AI_PATTERN:
				setAiPattern((AiPattern)newValue);
				return;
			case CartographPackage.USE_CASE__SPONSOR:
				setSponsor((String)newValue);
				return;
			case CartographPackage.USE_CASE__OWNER:
				setOwner((String)newValue);
				return;
			case CartographPackage.USE_CASE__UNIT:
				setUnit((OrganisationUnit)newValue);
				return;
			case CartographPackage.USE_CASE__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends WorkflowStep>)newValue);
				return;
			case CartographPackage.USE_CASE__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends JourneyStage>)newValue);
				return;
			case CartographPackage.USE_CASE__FRICTIONS:
				getFrictions().clear();
				getFrictions().addAll((Collection<? extends Friction>)newValue);
				return;
			case CartographPackage.USE_CASE__INITIATIVES:
				getInitiatives().clear();
				getInitiatives().addAll((Collection<? extends Initiative>)newValue);
				return;
			case CartographPackage.USE_CASE__DATA_ASSETS:
				getDataAssets().clear();
				getDataAssets().addAll((Collection<? extends DataAsset>)newValue);
				return;
			case CartographPackage.USE_CASE__DEPENDS_ON:
				getDependsOn().clear();
				getDependsOn().addAll((Collection<? extends UseCase>)newValue);
				return;
			case CartographPackage.USE_CASE__DEPENDENTS:
				getDependents().clear();
				getDependents().addAll((Collection<? extends UseCase>)newValue);
				return;
			case CartographPackage.USE_CASE__WAVE:
				setWave((Wave)newValue);
				return;
			case CartographPackage.USE_CASE__BUSINESS_CASE:
				setBusinessCase((BusinessCase)newValue);
				return;
			case CartographPackage.USE_CASE__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
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
			case CartographPackage.USE_CASE__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__REJECTION_REASON:
				setRejectionReason(REJECTION_REASON_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__AI_PATTERN:
				setAiPattern(AI_PATTERN_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__SPONSOR:
				setSponsor(SPONSOR_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case CartographPackage.USE_CASE__UNIT:
				setUnit((OrganisationUnit)null);
				return;
			case CartographPackage.USE_CASE__STEPS:
				getSteps().clear();
				return;
			case CartographPackage.USE_CASE__STAGES:
				getStages().clear();
				return;
			case CartographPackage.USE_CASE__FRICTIONS:
				getFrictions().clear();
				return;
			case CartographPackage.USE_CASE__INITIATIVES:
				getInitiatives().clear();
				return;
			case CartographPackage.USE_CASE__DATA_ASSETS:
				getDataAssets().clear();
				return;
			case CartographPackage.USE_CASE__DEPENDS_ON:
				getDependsOn().clear();
				return;
			case CartographPackage.USE_CASE__DEPENDENTS:
				getDependents().clear();
				return;
			case CartographPackage.USE_CASE__WAVE:
				setWave((Wave)null);
				return;
			case CartographPackage.USE_CASE__BUSINESS_CASE:
				setBusinessCase((BusinessCase)null);
				return;
			case CartographPackage.USE_CASE__SCORES:
				getScores().clear();
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
			case CartographPackage.USE_CASE__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case CartographPackage.USE_CASE__STATUS:
				return status != STATUS_EDEFAULT;
			case CartographPackage.USE_CASE__REJECTION_REASON:
				return REJECTION_REASON_EDEFAULT == null ? rejectionReason != null : !REJECTION_REASON_EDEFAULT.equals(rejectionReason);
			case CartographPackage.USE_CASE__AI_PATTERN:
				return aiPattern != AI_PATTERN_EDEFAULT;
			case CartographPackage.USE_CASE__SPONSOR:
				return SPONSOR_EDEFAULT == null ? sponsor != null : !SPONSOR_EDEFAULT.equals(sponsor);
			case CartographPackage.USE_CASE__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case CartographPackage.USE_CASE__UNIT:
				return unit != null;
			case CartographPackage.USE_CASE__STEPS:
				return steps != null && !steps.isEmpty();
			case CartographPackage.USE_CASE__STAGES:
				return stages != null && !stages.isEmpty();
			case CartographPackage.USE_CASE__FRICTIONS:
				return frictions != null && !frictions.isEmpty();
			case CartographPackage.USE_CASE__INITIATIVES:
				return initiatives != null && !initiatives.isEmpty();
			case CartographPackage.USE_CASE__DATA_ASSETS:
				return dataAssets != null && !dataAssets.isEmpty();
			case CartographPackage.USE_CASE__DEPENDS_ON:
				return dependsOn != null && !dependsOn.isEmpty();
			case CartographPackage.USE_CASE__DEPENDENTS:
				return dependents != null && !dependents.isEmpty();
			case CartographPackage.USE_CASE__WAVE:
				return wave != null;
			case CartographPackage.USE_CASE__BUSINESS_CASE:
				return businessCase != null;
			case CartographPackage.USE_CASE__SCORES:
				return scores != null && !scores.isEmpty();
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
		result.append(" (scope: "); //$NON-NLS-1$
		result.append(scope);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", rejectionReason: "); //$NON-NLS-1$
		result.append(rejectionReason);
		result.append(", aiPattern: "); //$NON-NLS-1$
		result.append(aiPattern);
		result.append(", sponsor: "); //$NON-NLS-1$
		result.append(sponsor);
		result.append(", owner: "); //$NON-NLS-1$
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //UseCaseImpl
