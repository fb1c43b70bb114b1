// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Initiative;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.editor.IElementRevealer;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.OverviewPage;
import dev.cartograph.ui.internal.pages.RoadmapPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;

/**
 * Views, markers and commands reveal elements in the editor through its
 * {@link IElementRevealer}, or by setting its selection: the editor selects them on the page
 * made for them, whatever page is active, and the selection is the editor's for every view.
 */
class RevealTest extends EditorTestCase {

    private static List<?> selection(PortfolioEditor editor) {
        return ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList();
    }

    @Test
    void anElementIsRevealedOnItsPageWhateverPageIsActive() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "reveal.cartograph"));
        assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId());
        IElementRevealer revealer = Adapters.adapt(editor, IElementRevealer.class);
        assertNotNull(revealer, "the editor reveals elements for views and markers");

        Wave second = editor.getPortfolio().getRoadmap().getWaves().get(1);
        revealer.showElements(List.of(second));
        Ui.flush();
        assertEquals(RoadmapPage.ID, editor.getActivePageInstance().getId());
        assertEquals(List.of(second), ((RoadmapPage) editor.getActivePageInstance()).getViewer().getStructuredSelection()
                .toList());
        assertEquals(List.of(second), selection(editor), "the editor's selection, for the other views");

        Initiative initiative = editor.getPortfolio().getInitiatives().get(0);
        revealer.showElements(List.of(initiative));
        Ui.flush();
        assertEquals(ModelTreePage.ID, editor.getActivePageInstance().getId(), "only the model tree shows initiatives");
        assertEquals(List.of(initiative), selection(editor));
    }

    @Test
    void settingTheEditorsSelectionRevealsOnTheRightPage() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "select.cartograph"));
        UseCase useCase = editor.getPortfolio().getUseCases().get(3);
        Score score = useCase.getScores().get(0);

        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(score));
        Ui.flush();

        assertEquals(UseCasesPage.ID, editor.getActivePageInstance().getId(), "a score is shown with its use case");
        assertEquals(List.of(useCase), selection(editor));
        UseCasesPage page = (UseCasesPage) editor.getActivePageInstance();
        assertSame(useCase, page.getBlock().getCurrentDetails().element(), "its details are on view");

        WorkflowStep step = editor.getPortfolio().getWorkflows().get(2).getSteps().get(1);
        editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(step));
        Ui.flush();
        assertEquals(WorkflowsPage.ID, editor.getActivePageInstance().getId());
        assertEquals(List.of(step), selection(editor));
    }
}
