// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.validation;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.ide.IGotoMarker;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Lets a portfolio editor show the element of a marker (a double-click in the Problems view)
 * without the editor knowing about markers: adapts it to {@link IGotoMarker}.
 */
public final class GotoMarkerAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
        if (adapterType == IGotoMarker.class && adaptableObject instanceof PortfolioEditor editor) {
            return adapterType.cast(new EditorGotoMarker(editor));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IGotoMarker.class };
    }
}
