// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.List;

import org.eclipse.jface.action.IAction;

/** Test access to the quick fixes the map's context menu offers (this fragment shares the host's package). */
public final class QuickFixAccess {

    private QuickFixAccess() {
    }

    public static List<IAction> fixes(MapsPage page) {
        return page.menu().quickFixes();
    }
}
