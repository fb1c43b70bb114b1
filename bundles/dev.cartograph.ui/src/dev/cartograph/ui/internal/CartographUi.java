// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The user interface bundle: its id, its preference store and its log. */
public final class CartographUi {

    /** The bundle's symbolic name. */
    public static final String BUNDLE_ID = "dev.cartograph.ui"; //$NON-NLS-1$

    private static IPreferenceStore preferences;

    private CartographUi() {
    }

    /** @return the preferences of the user interface (instance scope, defaults from the initializer) */
    public static synchronized IPreferenceStore preferences() {
        if (preferences == null) {
            preferences = new ScopedPreferenceStore(InstanceScope.INSTANCE, BUNDLE_ID);
        }
        return preferences;
    }

    /**
     * Logs a problem the user should not be interrupted with.
     *
     * @param message what went wrong
     * @param error the cause, or {@code null}
     */
    public static void log(String message, Throwable error) {
        ILog.of(CartographUi.class).log(new Status(IStatus.ERROR, BUNDLE_ID, message, error));
    }
}
