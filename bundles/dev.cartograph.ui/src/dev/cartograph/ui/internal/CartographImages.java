// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import dev.cartograph.model.provider.CartographEditPlugin;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;

/** The icons of the user interface: those of the model's elements, shared with the item providers. */
public final class CartographImages {

    /** A portfolio. */
    public static final String PORTFOLIO = "full/obj16/Portfolio"; //$NON-NLS-1$
    /** A use case. */
    public static final String USE_CASE = "full/obj16/UseCase"; //$NON-NLS-1$
    /** A customer journey. */
    public static final String JOURNEY = "full/obj16/CustomerJourney"; //$NON-NLS-1$
    /** A workflow. */
    public static final String WORKFLOW = "full/obj16/Workflow"; //$NON-NLS-1$
    /** The scoring configuration. */
    public static final String SCORING = "full/obj16/ScoringConfiguration"; //$NON-NLS-1$
    /** The roadmap. */
    public static final String ROADMAP = "full/obj16/Roadmap"; //$NON-NLS-1$
    /** A wave. */
    public static final String WAVE = "full/obj16/Wave"; //$NON-NLS-1$
    /** A gate. */
    public static final String GATE = "full/obj16/Gate"; //$NON-NLS-1$
    /** A property definition. */
    public static final String PROPERTY_DEFINITION = "full/obj16/PropertyDefinition"; //$NON-NLS-1$
    /** An organisation unit. */
    public static final String ORGANISATION_UNIT = "full/obj16/OrganisationUnit"; //$NON-NLS-1$
    /** A friction. */
    public static final String FRICTION = "full/obj16/Friction"; //$NON-NLS-1$

    private static ResourceManager resources;

    private CartographImages() {
    }

    /**
     * @param key one of the constants of this class
     * @return the icon's descriptor
     */
    public static ImageDescriptor descriptor(String key) {
        return ItemProviderLabelProvider.toDescriptor(CartographEditPlugin.INSTANCE.getImage(key));
    }

    /**
     * @param key one of the constants of this class
     * @return the icon, shared: do not dispose it
     */
    public static synchronized Image get(String key) {
        if (resources == null) {
            resources = new LocalResourceManager(JFaceResources.getResources());
        }
        return resources.create(descriptor(key));
    }
}
