/**
 * SPDX-License-Identifier: EPL-2.0
 */
package dev.cartograph.model.provider;


import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link dev.cartograph.model.Portfolio} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PortfolioItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PortfolioItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addOrganisationPropertyDescriptor(object);
			addOwnerPropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Organisation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganisationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_organisation_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_organisation_feature", "_UI_Portfolio_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CartographPackage.Literals.PORTFOLIO__ORGANISATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Owner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOwnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_owner_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_owner_feature", "_UI_Portfolio_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CartographPackage.Literals.PORTFOLIO__OWNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Portfolio_currency_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Portfolio_currency_feature", "_UI_Portfolio_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 CartographPackage.Literals.PORTFOLIO__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__SCORING);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__JOURNEYS);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__WORKFLOWS);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__USE_CASES);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__INITIATIVES);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__DATA_ASSETS);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__ROADMAP);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__PROPERTY_DEFINITIONS);
			childrenFeatures.add(CartographPackage.Literals.PORTFOLIO__UNITS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Portfolio.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Portfolio")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Portfolio)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Portfolio_type") : //$NON-NLS-1$
			getString("_UI_Portfolio_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Portfolio.class)) {
			case CartographPackage.PORTFOLIO__ORGANISATION:
			case CartographPackage.PORTFOLIO__OWNER:
			case CartographPackage.PORTFOLIO__CURRENCY:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CartographPackage.PORTFOLIO__SCORING:
			case CartographPackage.PORTFOLIO__JOURNEYS:
			case CartographPackage.PORTFOLIO__WORKFLOWS:
			case CartographPackage.PORTFOLIO__USE_CASES:
			case CartographPackage.PORTFOLIO__INITIATIVES:
			case CartographPackage.PORTFOLIO__DATA_ASSETS:
			case CartographPackage.PORTFOLIO__ROADMAP:
			case CartographPackage.PORTFOLIO__PROPERTY_DEFINITIONS:
			case CartographPackage.PORTFOLIO__UNITS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__SCORING,
				 CartographFactory.eINSTANCE.createScoringConfiguration()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__JOURNEYS,
				 CartographFactory.eINSTANCE.createCustomerJourney()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__WORKFLOWS,
				 CartographFactory.eINSTANCE.createWorkflow()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__USE_CASES,
				 CartographFactory.eINSTANCE.createUseCase()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__INITIATIVES,
				 CartographFactory.eINSTANCE.createInitiative()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__DATA_ASSETS,
				 CartographFactory.eINSTANCE.createDataAsset()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__ROADMAP,
				 CartographFactory.eINSTANCE.createRoadmap()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__PROPERTY_DEFINITIONS,
				 CartographFactory.eINSTANCE.createPropertyDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(CartographPackage.Literals.PORTFOLIO__UNITS,
				 CartographFactory.eINSTANCE.createOrganisationUnit()));
	}

}
