// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.sensitivity.SensitivityView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.CriteriaPage;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.scoring.ScoringSessions;

/**
 * One live scoring per open portfolio: the editor's pages and the ranking, matrix and
 * sensitivity views show the same result, and a weight changed anywhere re-ranks all of them
 * at once.
 * <p>
 * In the sample, "Storm surge call deflection" is rank 10 (overall 59.375, see
 * {@link RankingEditTest}). Its strategic value is 3 (50 on 0-100) with weight 3; setting the
 * weight of strategic value to 0 leaves impact (2 x 75 + 3 x 50 + 75 + 75) / 7 = 64.29 and
 * overall (450 + 350) / 13 = 61.54.
 */
class SharedScoringTest {

    private PortfolioEditor editor;
    private RankingView ranking;
    private MatrixView matrix;
    private SensitivityView sensitivity;

    @BeforeEach
    void openTheSampleAndTheViews() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(SamplePortfolio.build(), "shared-scoring.cartograph"); //$NON-NLS-1$
        editor = TestWorkbench.open(file);
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        sensitivity = TestWorkbench.show(ScoringUi.SENSITIVITY_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32 && !matrix.getMatrix().specs().isEmpty()));
    }

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void theEditorAndTheViewsShareOneScoring() {
        Portfolio portfolio = editor.getPortfolio();
        PortfolioScoring scoring = editor.getScoring();
        assertSame(scoring, ScoringSessions.getDefault().find(portfolio).orElseThrow(), "the one scoring of the portfolio");
        assertSame(scoring, editor.getAdapter(PortfolioScoring.class));
        assertSame(scoring.session(), editor.getScoringSession());
        assertSame(scoring.current(), ranking.getModel().result(), "the ranking shows the editor's result");
        CriteriaPage criteria = (CriteriaPage) editor.setActivePage(CriteriaPage.ID);
        UiWait.settle();
        assertSame(scoring.current(), criteria.getRanking().result(), "so does the Criteria and Weights page");
    }

    @Test
    void aWeightChangedInTheEditorReRanksEveryViewAndPageAtOnce() {
        CriteriaPage criteria = (CriteriaPage) editor.setActivePage(CriteriaPage.ID);
        UiWait.settle();
        UseCase storm = Models.useCase(editor.getPortfolio(), "Storm surge call deflection"); //$NON-NLS-1$
        assertEquals(59.375, row(storm).score().overall(), 1e-9);
        CriterionSetting strategicValue = editor.getPortfolio().getScoring().getCriteria().stream()
                .filter(s -> "strategic-value".equals(s.getCriterionId())).findFirst().orElseThrow(); //$NON-NLS-1$
        ScoringResult before = editor.getScoring().current();

        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), strategicValue,
                CartographPackage.Literals.CRITERION_SETTING__WEIGHT, 0.0));
        UiWait.settle();

        ScoringResult after = editor.getScoring().current();
        assertNotEquals(before, after);
        assertEquals(800.0 / 13, after.find(storm).orElseThrow().overall(), 1e-9);
        assertSame(after, ranking.getModel().result(), "the ranking view");
        assertSame(after, criteria.getRanking().result(), "the Criteria and Weights page");
        assertEquals(800.0 / 13, row(storm).score().overall(), 1e-9);
        assertEquals(450.0 / 7, matrix.getMatrix().specs().stream().filter(s -> s.useCase() == storm).findFirst()
                .orElseThrow().impact(), 1e-9, "the matrix");
        assertTrue(UiWait.until(() -> sensitivity.getAnalysis() != null && sensitivity.getAnalysis().useCases().get(0)
                .useCase().criterion("strategic-value").orElseThrow().weight() == 0.0), //$NON-NLS-1$
                "the sensitivity analysis ran again with the new weight");

        editor.getEditingDomain().getCommandStack().undo();
        UiWait.settle();
        assertEquals(59.375, row(storm).score().overall(), 1e-9);
        assertSame(editor.getScoring().current(), criteria.getRanking().result());
        assertFalse(editor.isDirty());
    }

    private RankingRow row(UseCase useCase) {
        return (RankingRow) ranking.getModel().rowAt(ranking.getModel().positionOf(useCase));
    }
}
