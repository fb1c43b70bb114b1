// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.BubbleLayout;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.sensitivity.SensitivityView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/** One selection for the editor and the views: a use case picked anywhere is picked everywhere. */
class SharedSelectionTest {

    private PortfolioEditor editor;
    private RankingView ranking;
    private MatrixView matrix;

    @BeforeEach
    void openTheSample() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "shared-selection.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        assertTrue(UiWait.until(() -> !matrix.getMatrix().specs().isEmpty()));
    }

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void aClickOnABubbleSelectsTheUseCaseInTheEditorAndTheRanking() {
        UseCase invoices = Models.useCase(editor.getPortfolio(), "Invoice data extraction"); //$NON-NLS-1$
        TestWorkbench.page().activate(matrix);
        BubbleLayout.Result layout = matrix.getMatrix().layout();
        BubbleLayout.Placed bubble = layout.find(invoices);
        assertNotNull(bubble, "the use case has a bubble");
        assertEquals(invoices, layout.hit(bubble.x(), bubble.y()).spec().useCase(), "no other bubble covers it");

        Event click = new Event();
        click.button = 1;
        click.x = bubble.x();
        click.y = bubble.y();
        matrix.getMatrix().plotControl().notifyListeners(SWT.MouseDown, click);
        UiWait.settle();

        assertEquals(List.of(invoices), selected(editor.getSite().getSelectionProvider().getSelection()),
                "selected in the editor");
        assertTrue(UiWait.until(() -> ranking.getTable().selectedUseCases().equals(List.of(invoices))),
                "selected in the ranking");
        assertTrue(ranking.getModel().positionOf(invoices) >= 0);
    }

    @Test
    void aUseCaseSelectedInTheEditorIsSelectedInTheViews() throws Exception {
        SensitivityView sensitivity = TestWorkbench.show(ScoringUi.SENSITIVITY_VIEW_ID);
        UseCase claims = Models.useCase(editor.getPortfolio(), "Claims triage and routing model"); //$NON-NLS-1$
        TestWorkbench.page().activate(editor);
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(claims));
        UiWait.settle();

        assertTrue(UiWait.until(() -> ranking.getTable().selectedUseCases().equals(List.of(claims))),
                "selected in the ranking");
        assertTrue(matrix.getMatrix().isShownSelected(claims), "ringed on the matrix");
        assertTrue(UiWait.until(() -> sensitivity.getAnalysis() != null), "the sensitivity analysis ran");
    }

    @Test
    void aScoreSelectedInTheEditorSelectsItsUseCase() {
        UseCase claims = Models.useCase(editor.getPortfolio(), "Claims triage and routing model"); //$NON-NLS-1$
        TestWorkbench.page().activate(editor);
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(claims.getScores().get(0)));
        UiWait.settle();
        assertTrue(UiWait.until(() -> ranking.getTable().selectedUseCases().equals(List.of(claims))));
    }

    private static List<Object> selected(ISelection selection) {
        return selection instanceof IStructuredSelection structured ? List.of(structured.toArray()) : List.of();
    }
}
