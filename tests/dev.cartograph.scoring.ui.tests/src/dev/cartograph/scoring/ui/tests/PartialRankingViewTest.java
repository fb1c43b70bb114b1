// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.BubbleSpec;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.validation.OpenScoresResolution;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Ranking on partial scores in the views: the sample's leader loses its brand-impact scores;
 * ranking strictly it is incomplete (no rank); with partial ranking turned on (an undoable
 * change of the Criteria page's setting) it is ranked again, its rank marked {@code *}, its
 * coverage {@code 7/8} and its warning "Partial (7 of 8)", and its bubble in the matrix is marked.
 */
class PartialRankingViewTest {

    private PortfolioEditor editor;
    private RankingView ranking;
    private MatrixView matrix;
    private UseCase leader;

    @BeforeEach
    void openTheSampleWithALeaderMissingAScore() throws Exception {
        TestWorkbench.reset();
        editor = TestWorkbench.open(TestWorkbench.write(SamplePortfolio.build(), "partial-ranking.cartograph")); //$NON-NLS-1$
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        leader = ranking.getModel().result().ranking().get(0).useCase();
        List<Score> brand = leader.getScores().stream().filter(s -> "brand-impact".equals(s.getCriterionId())).toList(); //$NON-NLS-1$
        assertFalse(brand.isEmpty());
        EditingDomain domain = editor.getEditingDomain();
        domain.getCommandStack().execute(RemoveCommand.create(domain, leader,
                CartographPackage.Literals.USE_CASE__SCORES, brand));
        assertTrue(UiWait.until(() -> ranking.getModel().result().rankOf(leader) == 0), "the leader is incomplete");
    }

    @AfterEach
    void closeAll() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void aPartiallyScoredUseCaseIsRankedAndMarkedWhenThePortfolioRanksOnPartialScores() {
        assertEquals("", RankingCells.shownText(ranking, leader, "RANK")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("7/8", RankingCells.shownText(ranking, leader, "COVERAGE")); //$NON-NLS-1$ //$NON-NLS-2$

        EditingDomain domain = editor.getEditingDomain();
        CompoundCommand partial = new CompoundCommand();
        partial.append(SetCommand.create(domain, editor.getPortfolio().getScoring(),
                CartographPackage.Literals.SCORING_CONFIGURATION__PARTIAL_RANKING, Boolean.TRUE));
        domain.getCommandStack().execute(partial.unwrap());
        assertTrue(UiWait.until(() -> ranking.getModel().result().rankOf(leader) > 0), "the leader is ranked again");

        String rank = RankingCells.shownText(ranking, leader, "RANK"); //$NON-NLS-1$
        assertTrue(rank.matches("=?\\d+\\*"), rank); //$NON-NLS-1$
        assertEquals("7/8", RankingCells.shownText(ranking, leader, "COVERAGE")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(RankingCells.shownText(ranking, leader, "FLAGS").contains("Partial (7 of 8)"), //$NON-NLS-1$ //$NON-NLS-2$
                RankingCells.shownText(ranking, leader, "FLAGS")); //$NON-NLS-1$
        assertTrue(RankingCells.shownText(ranking, leader, "STANDING").contains("missing Brand impact"), //$NON-NLS-1$ //$NON-NLS-2$
                RankingCells.shownText(ranking, leader, "STANDING")); //$NON-NLS-1$
        assertTrue(UiWait.until(() -> matrix.getMatrix().specs().stream()
                .anyMatch(spec -> spec.useCase() == leader && spec.isPartial())), "the bubble is marked partial");
        assertTrue(matrix.getMatrix().specs().stream().filter(spec -> spec.useCase() != leader)
                .noneMatch(BubbleSpec::isPartial));

        domain.getCommandStack().undo();
        assertTrue(UiWait.until(() -> ranking.getModel().result().rankOf(leader) == 0), "undo ranks strictly again");
    }

    @Test
    void theQuickFixOpensTheFirstMissingScoreInTheRanking() {
        RankingView shown = OpenScoresResolution.open(editor, leader);
        UiWait.settle();
        assertSame(ranking, shown);
        assertSame(leader, ranking.getTable().keyboardUseCase());
        assertEquals(List.of(leader), ranking.getTable().selectedUseCases());
    }
}
