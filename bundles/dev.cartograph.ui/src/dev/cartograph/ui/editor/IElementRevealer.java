// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.util.Collection;

/**
 * Something that shows model elements and can be asked to select and reveal some of them where
 * they are best seen, whatever is on view at the moment: the {@link PortfolioEditor} switches to
 * the page made for the elements (a use case on the use case page, a stage on the journey page,
 * anything else in the model tree) and selects them there.
 * <p>
 * Views, markers and commands that want the user to see an element in its editor ask for this
 * interface rather than setting the editor's selection, which only the active page's viewer
 * receives: {@code Adapters.adapt(editor, IElementRevealer.class)}.
 */
public interface IElementRevealer {

    /**
     * Selects and reveals elements. Elements this part does not show (of another portfolio, for
     * example) are ignored; if none is left, nothing changes.
     *
     * @param elements model elements
     */
    void showElements(Collection<?> elements);
}
