// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.workbench;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.failures.FailureReporter;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.editor.UndoRedoActions;
import dev.cartograph.ui.scoring.PortfolioScoring;

/**
 * A view of the scoring of the portfolio open in the active portfolio editor. It follows the
 * editor, shares the portfolio's {@link PortfolioScoring} with the other views, and shares the
 * selection: use cases selected in the view are selected in the editor and the other views,
 * and use cases selected elsewhere are revealed in the view, without echoing back.
 */
public abstract class ScoringViewPart extends ViewPart {

    private final UseCaseSelectionProvider selectionProvider = new UseCaseSelectionProvider();
    private final ISelectionListener selectionListener = this::workbenchSelectionChanged;
    private final PortfolioScoring.Listener scoringListener = this::scoringChanged;
    private final CommandStackListener commandListener = event -> {
        if (!onlyScores(((CommandStack) event.getSource()).getMostRecentCommand())) {
            scheduleModelChanged();
        }
    };
    private final IPropertyListener editorListener = (source, property) -> checkPortfolio();
    private PortfolioEditorTracker tracker;
    private UndoRedoActions undoRedo;
    private PortfolioEditor editor;
    private CommandStack commandStack;
    private PortfolioScoring scoring;
    private boolean revealing;
    private boolean modelChangePending;
    private boolean followPending;
    private PortfolioEditor pendingEditor;

    @Override
    public final void createPartControl(Composite parent) {
        createContent(parent);
        getSite().setSelectionProvider(selectionProvider);
        // The view edits the portfolio it follows: Undo and Redo act on that portfolio's stack.
        undoRedo = new UndoRedoActions(getViewSite().getActionBars());
        getSite().getPage().addSelectionListener(selectionListener);
        tracker = new PortfolioEditorTracker(getSite().getPage(), this::followLater);
        tracker.start();
    }

    /**
     * Creates the view's widgets.
     *
     * @param parent the view's composite
     */
    protected abstract void createContent(Composite parent);

    /**
     * Shows a scoring: a new one of the same portfolio, or the first one of another portfolio.
     *
     * @param result the scoring, or {@code null} when no portfolio is open
     * @param portfolioChanged whether it is of another portfolio than the last call's
     */
    protected abstract void showScoring(ScoringResult result, boolean portfolioChanged);

    /**
     * Reveals use cases selected elsewhere, without announcing a selection.
     *
     * @param useCases use cases of the portfolio shown, not empty
     */
    protected abstract void revealUseCases(List<UseCase> useCases);

    /**
     * Called on the UI thread, at most once per burst, after the model changed in a way the
     * scoring may not reflect (a wave, a business case figure). Does nothing by default.
     */
    protected void modelChanged() {
        // for subclasses
    }

    /**
     * Announces use cases the user selected in the view: to the workbench (the other views)
     * and to the editor. Ignored while the view reveals a selection made elsewhere.
     *
     * @param useCases the selected use cases
     */
    protected final void userSelected(List<UseCase> useCases) {
        if (revealing) {
            return;
        }
        selectionProvider.setSelection(new StructuredSelection(useCases));
        UseCaseSelections.selectInEditor(editor, useCases);
    }

    /**
     * Properties shows the use cases selected in the view as the editor shows them: with the
     * editor's property sheet, not an empty Property/Value table.
     */
    @Override
    public <T> T getAdapter(Class<T> type) {
        PortfolioEditor editor = type == IPropertySheetPage.class ? editor() : null;
        if (editor != null) {
            return editor.getAdapter(type);
        }
        return super.getAdapter(type);
    }

    /** @return the editor followed, or {@code null} */
    protected final PortfolioEditor editor() {
        return editor;
    }

    /** @return the shared scoring of the portfolio shown, or {@code null} */
    protected final PortfolioScoring scoring() {
        return scoring;
    }

    /** @return the use cases selected in the view (by the user or revealed) */
    protected final List<UseCase> selectedUseCases() {
        return scoring == null ? List.of() : UseCaseSelections.useCasesIn(selectionProvider.getSelection(),
                scoring.portfolio());
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.stop();
        }
        getSite().getPage().removeSelectionListener(selectionListener);
        unbind();
        if (undoRedo != null) {
            undoRedo.dispose();
        }
        super.dispose();
    }

    /**
     * Follows an editor once the workbench has finished activating it: scoring a large
     * portfolio then does not hold up the editor's opening.
     */
    private void followLater(PortfolioEditor next) {
        pendingEditor = next;
        if (followPending) {
            return;
        }
        followPending = true;
        Display.getDefault().asyncExec(() -> {
            followPending = false;
            if (!isDisposed()) {
                follow(pendingEditor);
            }
        });
    }

    private void follow(PortfolioEditor next) {
        Portfolio portfolio = next == null ? null : next.getPortfolio();
        if (next == editor && (scoring == null ? portfolio == null : scoring.portfolio() == portfolio)) {
            return;
        }
        unbind();
        editor = next;
        if (editor != null) {
            editor.addPropertyListener(editorListener);
            if (editor.getEditingDomain() != null) {
                commandStack = editor.getEditingDomain().getCommandStack();
                commandStack.addCommandStackListener(commandListener);
            }
        }
        if (undoRedo != null) {
            undoRedo.bind(commandStack);
        }
        if (portfolio != null) {
            try {
                scoring = PortfolioScoring.acquire(portfolio);
                scoring.addListener(scoringListener);
            } catch (RuntimeException e) {
                ScoringUiPlugin.log(IStatus.ERROR, Messages.ScoringView_scoringUnavailable, e);
                scoring = null;
            }
        }
        ScoringResult result = scoring == null ? null : scoring.current();
        FailureReporter.getDefault().report(result);
        selectionProvider.setSelectionSilently(StructuredSelection.EMPTY);
        showScoring(result, true);
        if (editor != null && result != null) {
            List<UseCase> selected = UseCaseSelections.useCasesIn(editor.getSite().getSelectionProvider() == null
                    ? StructuredSelection.EMPTY : editor.getSite().getSelectionProvider().getSelection(), portfolio);
            if (!selected.isEmpty()) {
                reveal(selected);
            }
        }
    }

    private void unbind() {
        if (editor != null) {
            editor.removePropertyListener(editorListener);
        }
        if (commandStack != null) {
            commandStack.removeCommandStackListener(commandListener);
            commandStack = null;
        }
        if (scoring != null) {
            scoring.removeListener(scoringListener);
            scoring.release();
            scoring = null;
        }
        editor = null;
    }

    private void checkPortfolio() {
        if (editor != null) {
            PortfolioEditor same = editor;
            Portfolio portfolio = same.getPortfolio();
            if (scoring == null ? portfolio != null : scoring.portfolio() != portfolio) {
                editor = null;
                follow(same);
            }
        }
    }

    private void scoringChanged(ScoringResult result) {
        if (scoring == null || result.portfolio() != scoring.portfolio() || isDisposed()) {
            return;
        }
        FailureReporter.getDefault().report(result);
        showScoring(result, false);
    }

    private void workbenchSelectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || scoring == null || isDisposed()) {
            return;
        }
        List<UseCase> useCases = UseCaseSelections.useCasesIn(selection, scoring.portfolio());
        if (!useCases.isEmpty()) {
            reveal(useCases);
        }
    }

    private void reveal(List<UseCase> useCases) {
        selectionProvider.setSelectionSilently(new StructuredSelection(useCases));
        revealing = true;
        try {
            revealUseCases(useCases);
        } finally {
            revealing = false;
        }
    }

    /**
     * @param command the command just executed, undone or redone
     * @return whether it changed scores only, which the scoring session reports by itself
     */
    private static boolean onlyScores(Command command) {
        if (command == null || command.getAffectedObjects().isEmpty()) {
            return false;
        }
        for (Object affected : command.getAffectedObjects()) {
            if (!(affected instanceof Score)) {
                return false;
            }
        }
        return true;
    }

    private void scheduleModelChanged() {
        if (modelChangePending) {
            return;
        }
        modelChangePending = true;
        Display.getDefault().asyncExec(() -> {
            modelChangePending = false;
            if (!isDisposed() && scoring != null) {
                modelChanged();
            }
        });
    }

    /** @return whether the view's widgets are gone */
    protected abstract boolean isDisposed();
}
