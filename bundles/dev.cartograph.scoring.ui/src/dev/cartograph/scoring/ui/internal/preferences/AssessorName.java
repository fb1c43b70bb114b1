// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;

/**
 * The name written as assessor on the scores the user enters in the scoring views: the
 * Cartograph preference "assessor" (preference node {@code dev.cartograph.ui}) when it is set,
 * else the operating system's user name.
 */
public final class AssessorName {

    /** The node of the Cartograph preferences that hold the assessor's name. */
    static final String NODE = "dev.cartograph.ui"; //$NON-NLS-1$

    /** The key of the assessor's name in that node. */
    static final String KEY = "assessor"; //$NON-NLS-1$

    private AssessorName() {
    }

    /** @return the current assessor's name, never blank */
    public static String current() {
        String name = Platform.getPreferencesService().getString(NODE, KEY, null, null);
        if (name == null || name.isBlank()) {
            name = System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name.isBlank() ? "?" : name.trim(); //$NON-NLS-1$
    }
}
