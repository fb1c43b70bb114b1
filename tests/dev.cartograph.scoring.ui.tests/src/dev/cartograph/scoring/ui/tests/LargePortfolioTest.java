// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Scope;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.matrix.MatrixViewTest;
import dev.cartograph.scoring.ui.internal.ranking.RankingFilter;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.LargePortfolio;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * A portfolio of 10,000 use cases, each scored on the eight default criteria, opens in the
 * ranking and the matrix, and stays usable: sorted, filtered, searched.
 */
class LargePortfolioTest {

    private static final int COUNT = 10_000;

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    /**
     * The views follow the editor of the large portfolio, which is shown as it is, its model
     * tree page included (the tree scrolls inside the page).
     * <p>
     * The portfolio is {@link LargePortfolio#generate(int)}'s: use case i external when i is
     * odd, scored 1 + (i x (k + 1)) mod 5 on the k-th criterion.
     */
    @Test
    void tenThousandUseCasesAreRankedFilteredAndDrawn() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(LargePortfolio.generate(COUNT), "ten-thousand.cartograph"); //$NON-NLS-1$
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(TestWorkbench.page(), file, true);
        editor.setActivePage(ModelTreePage.ID);
        UiWait.settle();
        RankingView ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        MatrixView matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == COUNT ? Boolean.TRUE : null,
                Duration.ofSeconds(120)) != null, "the ranking loaded");

        // The portfolio sets no gate: every use case, complete, is ranked.
        assertEquals(COUNT, ranking.getModel().result().ranking().size());
        for (int i = 0; i < 100; i++) {
            RankingRow row = (RankingRow) ranking.getModel().rowAt(i);
            RankingRow previous = i == 0 ? null : (RankingRow) ranking.getModel().rowAt(i - 1);
            boolean tied = previous != null && previous.score().overall() == row.score().overall();
            assertEquals(tied ? previous.rank() : i + 1, row.rank(), "standard competition ranking: ties share a rank");
        }
        filter(ranking, RankingFilter.ALL.withText("use case 09999")); //$NON-NLS-1$
        assertEquals(1, ranking.getModel().matching());
        filter(ranking, RankingFilter.ALL.withScope(Scope.EXTERNAL));
        assertEquals(COUNT / 2, ranking.getModel().matching());
        filter(ranking, RankingFilter.ALL);
        ranking.getModel().setSort("NAME", false); //$NON-NLS-1$
        assertEquals("Use case 09999", ((RankingRow) ranking.getModel().rowAt(0)).score().name()); //$NON-NLS-1$

        assertTrue(UiWait.until(() -> matrix.getMatrix().specs().size() == COUNT));
        assertTrue(matrix.getMatrix().isDensity(), "10,000 bubbles would hide one another: the density view is shown");
        assertEquals(COUNT, matrix.getMatrix().density().cells().stream().mapToInt(c -> c.count()).sum());
        assertTrue(matrix.getMatrix().layout().labels().isEmpty(), "the density view labels no bubble");
        MatrixViewTest.screenshot(matrix, "matrix-10000");
    }

    private static void filter(RankingView ranking, RankingFilter filter) {
        ranking.getModel().setFilter(filter);
        ranking.getTable().refresh(false);
        UiWait.settle();
    }
}
