// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Content another plug-in adds to the findings area of the portfolio editor's Overview page
 * (for example a summary of the validation findings), contributed through the
 * {@code dev.cartograph.ui.overviewContributions} extension point. One instance is created per
 * Overview page; it lives as long as the page.
 */
public interface IOverviewContribution {

    /**
     * Creates the contribution's controls.
     *
     * @param parent a composite with a one-column grid layout, inside the findings section
     * @param toolkit the form's toolkit (create controls with it, so that they look like the form)
     * @param editor the editor whose portfolio is shown; follow {@link PortfolioEditor#PROP_PORTFOLIO}
     *        to learn that the portfolio was reloaded
     */
    void createContents(Composite parent, FormToolkit toolkit, PortfolioEditor editor);

    /** Releases what the contribution holds (listeners, images). */
    default void dispose() {
        // Nothing to release by default.
    }
}
