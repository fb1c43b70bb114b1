// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the workbench bundle (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.rcp.internal.messages"; //$NON-NLS-1$

    public static String CommandLinePortfolios_openFailed;
    public static String FirstLaunch_installingSample;
    public static String FirstLaunch_openFailed;
    public static String SampleProject_name;
    public static String SampleProject_missing;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
