// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

/**
 * Creates a page of the portfolio editor for another plug-in: the class named by a
 * {@code page} of the {@code dev.cartograph.ui.editorPages} extension point. One page is
 * created for each editor that opens a readable portfolio (and again when the editor reloads its
 * file). A factory or a page that throws is logged against its plug-in and left out; the editor
 * and its other pages go on.
 */
@FunctionalInterface
public interface IPortfolioEditorPageFactory {

    /**
     * @param site what the editor offers its pages: model, commands, selection, scoring, findings
     * @return a new page (typically a {@code FormPage} created with its id and title only: the
     *         editor initializes it), or {@code null} to add no page to this editor
     */
    IPortfolioEditorPage createPage(IPortfolioEditorSite site);
}
