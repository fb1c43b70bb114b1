// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import org.eclipse.swt.widgets.Button;

/** Test access to the map's palette (this fragment shares the host's package). */
public final class PaletteAccess {

    private PaletteAccess() {
    }

    public static Button button(MapsPage page, String toolId) {
        Button button = page.palette().button(toolId);
        if (button == null) {
            throw new AssertionError("no palette tool " + toolId);
        }
        return button;
    }
}
