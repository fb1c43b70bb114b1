// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.cartograph.maps.ui.MapsUi;

/** The bundle's log. */
final class MapsUiPlugin {

    private MapsUiPlugin() {
    }

    /**
     * @param message what went wrong
     * @param error the cause, or {@code null}
     */
    static void log(String message, Throwable error) {
        ILog.of(MapsUiPlugin.class).log(new Status(IStatus.ERROR, MapsUi.PLUGIN_ID, message, error));
    }
}
