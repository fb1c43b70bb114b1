// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the maps in the workbench (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.maps.ui.internal.messages"; //$NON-NLS-1$

    public static String MapChoice_label;
    public static String MapMenu_delete;
    public static String MapMenu_quickFix;
    public static String MapMenu_rename;
    public static String Maps_mapFailed;
    public static String MapsPage_export;
    public static String MapsPage_exportTooltip;
    public static String MapsPage_layerFailed;
    public static String MapsPage_layers;
    public static String MapsPage_layersTooltip;
    public static String MapsPage_map;
    public static String MapsPage_mapFailed;
    public static String MapsPage_mapTooltip;
    public static String MapsPage_noMap;
    public static String MapsPage_print;
    public static String MapsPage_printTooltip;
    public static String MapsPage_title;
    public static String MapsPage_zoom100;
    public static String MapsPage_zoom100Tooltip;
    public static String MapsPage_zoomFit;
    public static String MapsPage_zoomFitTooltip;
    public static String MapsPage_zoomIn;
    public static String MapsPage_zoomInTooltip;
    public static String MapsPage_zoomOut;
    public static String MapsPage_zoomOutTooltip;
    public static String Palette_description;
    public static String Palette_gestures;
    public static String Palette_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
