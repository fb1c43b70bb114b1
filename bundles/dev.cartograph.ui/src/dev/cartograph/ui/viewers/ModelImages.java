// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * The images of model objects, shared by every viewer and cell editor that does not own a
 * resource manager of its own. The item providers offer a handful of icons; they are created
 * once and live as long as the workbench.
 */
public final class ModelImages {

    private static ResourceManager shared;

    private ModelImages() {
    }

    /**
     * @param image an image as item providers give it (URL, descriptor, composed image)
     * @return the SWT image, or {@code null} when there is none
     */
    public static synchronized Image get(Object image) {
        ImageDescriptor descriptor = ItemProviderLabelProvider.toDescriptor(image);
        if (descriptor == null) {
            return null;
        }
        if (shared == null) {
            shared = new LocalResourceManager(JFaceResources.getResources());
        }
        return shared.create(descriptor);
    }
}
