// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider that delegates to EMF item providers (the small equivalent of
 * EMF.Edit.UI's {@code AdapterFactoryLabelProvider}). Images given by item providers as URLs
 * (or composed images, of which the base image is shown) are created once and disposed with
 * the provider.
 */
public class ItemProviderLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    /** @param adapterFactory the factory of item providers */
    public ItemProviderLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            return labels.getText(element);
        }
        return element == null ? "" : element.toString(); //$NON-NLS-1$
    }

    @Override
    public Image getImage(Object element) {
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        if (provider instanceof IItemLabelProvider labels) {
            ImageDescriptor descriptor = toDescriptor(labels.getImage(element));
            return descriptor == null ? null : images.create(descriptor);
        }
        return null;
    }

    /**
     * Converts an image as EMF item providers give it into a JFace descriptor.
     *
     * @param image a {@link URL}, an {@link ImageDescriptor} or a {@link ComposedImage}
     * @return the descriptor, or {@code null} when there is no image
     */
    public static ImageDescriptor toDescriptor(Object image) {
        if (image instanceof ImageDescriptor descriptor) {
            return descriptor;
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<Object> parts = composed.getImages();
            return parts.isEmpty() ? null : toDescriptor(parts.get(0));
        }
        return null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
