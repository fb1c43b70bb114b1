// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * A page of the {@link PortfolioEditor} that shows model elements and can be asked to select
 * them: the editor uses it to reveal an element (from the outline, a marker, a search, another
 * view) on the page that suits it best.
 */
public interface IPortfolioEditorPage extends IFormPage {

    /**
     * @param element a model element of the edited portfolio
     * @return whether this page can show and select it
     */
    boolean canShow(Object element);

    /**
     * Selects and reveals elements on this page, which has been made active and whose content
     * exists.
     *
     * @param elements elements this page {@linkplain #canShow(Object) can show}
     */
    void show(List<?> elements);

    /**
     * @return the viewer whose selection is the editor's selection while this page is active,
     *         or {@code null} before the page's content exists
     */
    ISelectionProvider getSelectionSource();

    /** Puts the keyboard focus in the first field of the selected element's details, if any. */
    default void focusDetails() {
        // Pages without details keep the focus where it is.
    }

    /**
     * @param element a model element of the edited portfolio
     * @return whether this page shows it as a whole (a journey or a workflow on its map), so that
     *         {@link IPortfolioEditorSite#open(Object)} and a double-click on it come here
     */
    default boolean canOpen(Object element) {
        return false;
    }

    /**
     * Shows an element as a whole, on this page, which has been made active and whose content
     * exists.
     *
     * @param element an element this page {@linkplain #canOpen(Object) can open}
     */
    default void open(Object element) {
        // Pages that open nothing are never asked.
    }

    /**
     * Creates what the Outline view shows while this page is active, instead of the tree of the
     * portfolio (for example a miniature of a map with its visible area). Called at most once per
     * Outline; the control is disposed with the Outline, or when the page goes.
     *
     * @param parent the Outline's composite
     * @return the control, or {@code null} to show the tree of the portfolio
     */
    default Control createOutline(Composite parent) {
        return null;
    }

    /**
     * @return whether File &gt; Print prints what this page shows now (a map, for example);
     *         pages that print nothing leave the command disabled
     */
    default boolean canPrint() {
        return false;
    }

    /** Asks which printer, then prints what this page shows; called when {@link #canPrint()}. */
    default void print() {
        // Pages that print nothing are never asked.
    }
}
