// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.validation.ValidateOnSave;

/** The bundle's activator: its preferences, images and log. */
public final class ScoringUiPlugin extends AbstractUIPlugin {

    /** Image key: the ranking view. */
    public static final String IMG_RANKING = "icons/ranking16.png"; //$NON-NLS-1$
    /** Image key: the matrix view. */
    public static final String IMG_MATRIX = "icons/matrix16.png"; //$NON-NLS-1$
    /** Image key: the sensitivity view. */
    public static final String IMG_SENSITIVITY = "icons/sensitivity16.png"; //$NON-NLS-1$
    /** Image key: validate. */
    public static final String IMG_VALIDATE = "icons/validate16.png"; //$NON-NLS-1$
    /** Image key: export as an image. */
    public static final String IMG_EXPORT_PNG = "icons/export-png16.png"; //$NON-NLS-1$
    /** Image key: export as a drawing. */
    public static final String IMG_EXPORT_SVG = "icons/export-svg16.png"; //$NON-NLS-1$
    /** Image key: run again. */
    public static final String IMG_RERUN = "icons/rerun16.png"; //$NON-NLS-1$
    /** Image key: group by quadrant. */
    public static final String IMG_GROUP = "icons/group16.png"; //$NON-NLS-1$
    /** Image key: settings. */
    public static final String IMG_SETTINGS = "icons/settings16.png"; //$NON-NLS-1$

    private static ScoringUiPlugin plugin;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        ValidateOnSave.uninstall();
        plugin = null;
        super.stop(context);
    }

    /** @return the running instance */
    public static ScoringUiPlugin getDefault() {
        return plugin;
    }

    @Override
    protected void initializeImageRegistry(ImageRegistry registry) {
        for (String key : new String[] { IMG_RANKING, IMG_MATRIX, IMG_SENSITIVITY, IMG_VALIDATE, IMG_EXPORT_PNG, IMG_EXPORT_SVG,
                IMG_RERUN, IMG_GROUP, IMG_SETTINGS }) {
            registry.put(key, imageDescriptorFromPlugin(ScoringUi.PLUGIN_ID, key));
        }
    }

    /**
     * @param key one of the {@code IMG_} keys
     * @return the shared image (do not dispose)
     */
    public static Image image(String key) {
        return getDefault().getImageRegistry().get(key);
    }

    /**
     * @param key one of the {@code IMG_} keys
     * @return the image's descriptor
     */
    public static ImageDescriptor descriptor(String key) {
        return getDefault().getImageRegistry().getDescriptor(key);
    }

    /**
     * Writes to the Error Log.
     *
     * @param severity an {@link IStatus} severity
     * @param message the message
     * @param error the cause, or {@code null}
     */
    public static void log(int severity, String message, Throwable error) {
        ILog.of(ScoringUiPlugin.class).log(new Status(severity, ScoringUi.PLUGIN_ID, message, error));
    }
}
