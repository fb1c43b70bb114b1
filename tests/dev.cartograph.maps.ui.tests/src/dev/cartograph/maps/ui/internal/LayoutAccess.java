// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Test access to the parts of the Maps page that must fit (this fragment shares the host's package). */
public final class LayoutAccess {

    private LayoutAccess() {
    }

    /** @return the row of tool bars above the map */
    public static Composite tools(MapsPage page) {
        return page.toolBar().tools();
    }

    /** @return the button of the palette's last tool */
    public static Button lastTool(MapsPage page) {
        return PaletteAccess.button(page, page.tools().get(page.tools().size() - 1).id());
    }

    /** @return what scrolls the palette's tools */
    public static ScrolledComposite palette(MapsPage page) {
        return page.palette().scroller();
    }
}
