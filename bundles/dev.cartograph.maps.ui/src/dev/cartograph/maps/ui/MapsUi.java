// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui;

/**
 * Identifiers of the maps in the workbench, as declared in this bundle's {@code plugin.xml}: the
 * Maps page of the portfolio editor, its context menu (contribute to
 * {@code popup:dev.cartograph.maps.ui.map.context}) and the Open Map command.
 */
public final class MapsUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "dev.cartograph.maps.ui"; //$NON-NLS-1$

    /** The id of the Maps page of the portfolio editor. */
    public static final String MAPS_PAGE_ID = PLUGIN_ID + ".maps"; //$NON-NLS-1$

    /** The id of the map's context menu, for contributions; it sees the map's selection. */
    public static final String CONTEXT_MENU_ID = PLUGIN_ID + ".map.context"; //$NON-NLS-1$

    /**
     * The command that opens the map of the selected journey or workflow (or of the selected
     * portfolio file: its portfolio map) on the Maps page.
     */
    public static final String OPEN_MAP_COMMAND_ID = PLUGIN_ID + ".openMap"; //$NON-NLS-1$

    private MapsUi() {
    }
}
