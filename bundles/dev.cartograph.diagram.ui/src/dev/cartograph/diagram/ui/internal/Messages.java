// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the diagram viewer (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.diagram.ui.internal.messages"; //$NON-NLS-1$

    public static String Viewer_accessibleDiagram;
    public static String Viewer_accessibleName;
    public static String Viewer_accessibleSelected;
    public static String Viewer_unnamed;
    public static String Find_hint;
    public static String Find_count;
    public static String Find_none;
    public static String Export_title;
    public static String Export_png;
    public static String Export_svg;
    public static String Export_failed;
    public static String Export_failedTitle;
    public static String Print_job;
    public static String Print_failed;
    public static String Overview_accessibleName;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
