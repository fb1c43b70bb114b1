// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorSite;

import dev.cartograph.model.Portfolio;
import dev.cartograph.ui.scoring.PortfolioScoring;

/**
 * What the portfolio editor offers its pages, and the views and plug-ins that work with it:
 * the editing domain and its command stack (one per editor: undo, redo, dirty state), the
 * portfolio and its resource, the editor's selection, the live scoring, the validation findings
 * and the way to show an element on the page made for it. Pages contributed through the
 * {@code dev.cartograph.ui.editorPages} extension point receive it; others obtain it with
 * {@code Adapters.adapt(editorPart, IPortfolioEditorSite.class)}. Depend on this interface, not
 * on the editor's class.
 * <p>
 * All of it is used on the UI thread. Change the model only with commands on
 * {@link #getCommandStack()}.
 */
public interface IPortfolioEditorSite extends IEditingDomainProvider, IElementRevealer {

    /** @return the workbench site of the editor (shell, action bars, workbench page, services) */
    IEditorSite getEditorSite();

    /** @return the command stack of the editor's editing domain */
    default CommandStack getCommandStack() {
        return getEditingDomain().getCommandStack();
    }

    /** @return the resource being edited, or {@code null} if the file could not be read */
    Resource getResource();

    /** @return the portfolio being edited, or {@code null} if the file could not be read */
    Portfolio getPortfolio();

    /** @return the workspace file being edited, or {@code null} for a file outside the workspace */
    IFile getFile();

    /** @return the item providers of the editor (labels, images, property descriptors, commands) */
    AdapterFactory getAdapterFactory();

    /**
     * @return the live scoring of the portfolio, shared with every view that shows it (do not
     *         release it), or {@code null} if the file could not be read
     */
    PortfolioScoring getScoring();

    /**
     * @return the editor's selection provider (the site's): its selection is the model elements
     *         selected on the active page; setting it reveals them, as
     *         {@link #showElements(Collection)} does
     */
    ISelectionProvider getSelectionProvider();

    /**
     * Tells the editor which viewer the user now works in on a page: while the page is active,
     * that viewer's selection is the editor's selection (Properties, Outline, Ranking and the
     * matrix follow it).
     *
     * @param page the page
     * @param source its viewer
     */
    void setSelectionSource(IPortfolioEditorPage page, ISelectionProvider source);

    /**
     * Opens an element where it is shown as a whole (a journey or a workflow on its map, if a
     * page can show maps): the page that {@linkplain IPortfolioEditorPage#canOpen(Object) can
     * open it} is made active and opens it.
     *
     * @param element a model element of this portfolio
     * @return whether a page opened it
     */
    boolean open(Object element);

    /**
     * Gives a control of a page the editor's context menu (new elements, cut, copy, paste,
     * delete, and what plug-ins contribute to {@link PortfolioEditor#CONTEXT_MENU_ID}), acting on
     * the editor's selection.
     *
     * @param control a control of the page's selection source
     */
    void hookContextMenu(Control control);

    /**
     * @return the problem markers of the edited file that concern a model element (the
     *         validation findings in the Problems view), or an empty list for a file outside the
     *         workspace
     */
    List<IMarker> getFindings();

    /**
     * @param marker a marker of the edited file
     * @return the model element it concerns in the editor's model as it is now, or {@code null}
     */
    EObject elementOf(IMarker marker);

    /**
     * Registers a listener told on the UI thread when the findings of the edited file changed.
     *
     * @param listener the listener
     */
    void addFindingsListener(Runnable listener);

    /** @param listener a listener given to {@link #addFindingsListener(Runnable)} */
    void removeFindingsListener(Runnable listener);

    /**
     * Registers a listener told when the portfolio was replaced (the file was reloaded from
     * disk): fetch the portfolio, its resource and its scoring again.
     *
     * @param listener the listener
     */
    void addPortfolioListener(Runnable listener);

    /** @param listener a listener given to {@link #addPortfolioListener(Runnable)} */
    void removePortfolioListener(Runnable listener);
}
