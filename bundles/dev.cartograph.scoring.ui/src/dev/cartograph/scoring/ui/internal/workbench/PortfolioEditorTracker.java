// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.workbench;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Follows the portfolio editor a view should show: the active one, or, while another kind of
 * editor is active, the last active portfolio editor that is still open.
 */
public final class PortfolioEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<PortfolioEditor> follower;
    private PortfolioEditor current;

    /**
     * @param page the workbench page to follow
     * @param follower told about the editor to show ({@code null}: none), on the UI thread
     */
    public PortfolioEditorTracker(IWorkbenchPage page, Consumer<PortfolioEditor> follower) {
        this.page = page;
        this.follower = follower;
    }

    /** Starts following, and tells the follower about the editor to show now. */
    public void start() {
        page.addPartListener(this);
        current = page.getActiveEditor() instanceof PortfolioEditor editor ? editor : anyOpenEditor(null);
        follower.accept(current);
    }

    /** Stops following. */
    public void stop() {
        page.removePartListener(this);
        current = null;
    }

    @Override
    public void partActivated(IWorkbenchPartReference reference) {
        follow(reference.getPart(false));
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference reference) {
        follow(reference.getPart(false));
    }

    @Override
    public void partOpened(IWorkbenchPartReference reference) {
        if (current == null) {
            follow(reference.getPart(false));
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference reference) {
        IWorkbenchPart part = reference.getPart(false);
        if (part != null && part == current) {
            current = page.getActiveEditor() instanceof PortfolioEditor editor && editor != part ? editor
                    : anyOpenEditor(part);
            follower.accept(current);
        }
    }

    @Override
    public void partInputChanged(IWorkbenchPartReference reference) {
        if (reference.getPart(false) == current && current != null) {
            follower.accept(current);
        }
    }

    private void follow(IWorkbenchPart part) {
        if (part instanceof PortfolioEditor editor && editor != current) {
            current = editor;
            follower.accept(editor);
        }
    }

    private PortfolioEditor anyOpenEditor(IWorkbenchPart except) {
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor instanceof PortfolioEditor portfolioEditor && editor != except) {
                return portfolioEditor;
            }
        }
        return null;
    }
}
