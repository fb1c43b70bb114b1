// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the Cartograph user interface (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.ui.internal.messages"; //$NON-NLS-1$

    public static String LoadErrorPage_explanation;
    public static String LoadErrorPage_heading;
    public static String LoadErrorPage_title;
    public static String ModelTreePage_title;
    public static String PortfolioEditorContributor_redo;
    public static String PortfolioEditorContributor_undo;
    public static String PortfolioEditor_saveFailed;
    public static String PortfolioEditor_saveFailedTitle;
    public static String PortfolioEditor_unsupportedInput;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
