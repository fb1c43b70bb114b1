// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Undo and Redo from the views: with the focus in a view that edits the portfolio, Edit > Undo
 * and Ctrl+Z act on the portfolio's command stack, labelled as in the editor (they used to be
 * greyed out until the user clicked back into the editor).
 */
class ViewUndoTest {

    private static final String STORM = "Storm surge call deflection"; //$NON-NLS-1$
    private static final String STRATEGIC_VALUE = "strategic-value"; //$NON-NLS-1$
    private static final String UNDO = "org.eclipse.ui.edit.undo"; //$NON-NLS-1$
    private static final String REDO = "org.eclipse.ui.edit.redo"; //$NON-NLS-1$

    private PortfolioEditor editor;
    private RankingView ranking;
    private UseCase storm;

    @BeforeEach
    void openTheSample() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "view-undo.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        storm = Models.useCase(editor.getPortfolio(), STORM);
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").put("assessor", "A. Novak (EA)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @AfterEach
    void closeAll() {
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").remove("assessor"); //$NON-NLS-1$ //$NON-NLS-2$
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void ctrlZInTheRankingUndoesTheScoreJustTypedThereAndRedoRedoesIt() throws Exception {
        TestWorkbench.page().activate(ranking);
        RankingCells.edit(ranking, storm, STRATEGIC_VALUE, 5);
        assertEquals(5.0, novak());

        IAction undo = handler(ranking, ActionFactory.UNDO);
        assertTrue(undo.isEnabled(), "Undo is offered in the Ranking");
        assertEquals(editorUndo().getText(), undo.getText(), "labelled as in the editor");
        assertTrue(undo.getText().length() > "Undo".length(), "with the command's name: " + undo.getText()); //$NON-NLS-1$

        execute(ranking, UNDO);
        assertEquals(3.0, novak(), "Ctrl+Z in the Ranking undid the score");
        assertTrue(handler(ranking, ActionFactory.REDO).isEnabled(), "Redo is offered next");

        execute(ranking, REDO);
        assertEquals(5.0, novak(), "Ctrl+Y redid it");
    }

    @Test
    void theMatrixAndTheSensitivityViewUndoTheirPortfoliosLastChange() throws Exception {
        RankingCells.edit(ranking, storm, STRATEGIC_VALUE, 5);
        for (String id : new String[] { ScoringUi.MATRIX_VIEW_ID, ScoringUi.SENSITIVITY_VIEW_ID }) {
            IViewPart view = TestWorkbench.show(id);
            UiWait.settle();
            IAction undo = handler(view, ActionFactory.UNDO);
            assertTrue(undo.isEnabled(), id + " offers Undo");
            assertEquals(editorUndo().getText(), undo.getText(), id + ": labelled as in the editor");
        }
        execute(TestWorkbench.page().findView(ScoringUi.MATRIX_VIEW_ID), UNDO);
        assertEquals(3.0, novak(), "undone from the matrix");
        assertTrue(!handler(TestWorkbench.page().findView(ScoringUi.SENSITIVITY_VIEW_ID), ActionFactory.UNDO)
                .isEnabled(), "nothing left to undo, in every view");
    }

    @Test
    void undoFromPropertiesAndTheOutline() throws Exception {
        for (String id : new String[] { IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE }) {
            RankingCells.edit(ranking, storm, STRATEGIC_VALUE, 5);
            TestWorkbench.page().activate(editor);
            IViewPart view = TestWorkbench.show(id);
            UiWait.settle();
            assertEquals(5.0, novak());

            execute(view, UNDO);

            assertEquals(3.0, novak(), "Ctrl+Z in " + id + " undid the score");
        }
    }

    private IAction editorUndo() {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
    }

    /** @return the action the part offers for Undo or Redo: the view's own, or its current page's */
    private static IAction handler(IViewPart view, ActionFactory action) {
        IAction handler = view.getViewSite().getActionBars().getGlobalActionHandler(action.getId());
        assertNotNull(handler, view.getTitle() + " offers " + action.getId());
        return handler;
    }

    /** Runs a command as its key binding does, with the part active. */
    private static void execute(IWorkbenchPart part, String commandId)
            throws ExecutionException, NotDefinedException, NotEnabledException, NotHandledException {
        TestWorkbench.page().activate(part);
        UiWait.settle();
        assertSame(part, TestWorkbench.page().getActivePart());
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand(commandId, null);
        UiWait.settle();
    }

    private double novak() {
        return storm.getScores().stream()
                .filter(s -> STRATEGIC_VALUE.equals(s.getCriterionId()) && "A. Novak (EA)".equals(s.getAssessor())) //$NON-NLS-1$
                .findFirst().orElseThrow().getValue();
    }
}
