// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Tied use cases share a rank in the Ranking, shown {@code =1}: the sample's leader and a copy
 * of it named "Zz copy" (so that name order would put it last of the tie) are both =1, and the
 * next one is 3.
 */
class TiedRanksViewTest {

    private PortfolioEditor editor;
    private RankingView ranking;

    @BeforeEach
    void openTheSampleWithATie() throws Exception {
        TestWorkbench.reset();
        editor = TestWorkbench.open(TestWorkbench.write(SamplePortfolio.build(), "tied-ranks.cartograph")); //$NON-NLS-1$
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
    }

    @AfterEach
    void closeAll() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void aUseCaseScoredLikeTheLeaderSharesItsRank() {
        Portfolio portfolio = editor.getPortfolio();
        ScoringResult before = ranking.getModel().result();
        UseCase leader = before.ranking().get(0).useCase();
        UseCase second = before.ranking().get(1).useCase();
        UseCase copy = EcoreUtil.copy(leader);
        copy.setName("Zz copy"); //$NON-NLS-1$
        copy.setWave(null);
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                editor.getEditingDomain(), portfolio, dev.cartograph.model.CartographPackage.Literals.PORTFOLIO__USE_CASES,
                copy));
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 33), "the ranking shows the copy");

        assertEquals(List.of("=1", "=1", "3"), List.of(RankingCells.shownText(ranking, leader, "RANK"), //$NON-NLS-1$
                RankingCells.shownText(ranking, copy, "RANK"), RankingCells.shownText(ranking, second, "RANK"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
