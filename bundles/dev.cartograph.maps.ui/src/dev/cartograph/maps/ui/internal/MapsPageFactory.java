// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import dev.cartograph.maps.Maps;
import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.IPortfolioEditorPageFactory;
import dev.cartograph.ui.editor.IPortfolioEditorSite;

/** Gives every portfolio editor its Maps page (extension point {@code dev.cartograph.ui.editorPages}). */
public final class MapsPageFactory implements IPortfolioEditorPageFactory {

    @Override
    public IPortfolioEditorPage createPage(IPortfolioEditorSite site) {
        return new MapsPage(site, Maps.getDefault());
    }
}
