// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingFilter;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * A portfolio of 10,000 use cases, each scored on the eight default criteria, opens in the
 * ranking and the matrix, and stays usable: sorted, filtered, searched.
 */
class LargePortfolioTest {

    private static final String[] CRITERIA = { "strategic-value", "customer-experience", "financial-potential",
            "data-process-maturity", "technical-complexity", "brand-impact", "compliance-risk", "initiative-alignment" };
    private static final int COUNT = 10_000;

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    /**
     * The views follow the editor of the large portfolio.
     * <p>
     * The editor's model tree page lays its tree out in a scrolling form, which makes the form
     * as tall as the whole expanded tree: for 10,000 use cases about 200,000 pixels, which GTK
     * cannot always draw (X BadAlloc under Xvfb, whatever the views). Until the editor scrolls
     * its tree itself, the test collapses that tree before the editor is first drawn.
     */
    @Test
    void tenThousandUseCasesAreRankedFilteredAndDrawn() throws Exception {
        TestWorkbench.reset();
        IFile file = TestWorkbench.write(generate(), "ten-thousand.cartograph"); //$NON-NLS-1$
        PortfolioEditor editor = (PortfolioEditor) IDE.openEditor(TestWorkbench.page(), file, true);
        if (editor.findPage(ModelTreePage.ID) instanceof ModelTreePage tree) {
            tree.getViewer().collapseAll();
            tree.getManagedForm().reflow(true);
        }
        RankingView ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        MatrixView matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == COUNT ? Boolean.TRUE : null,
                Duration.ofSeconds(120)) != null, "the ranking loaded");

        // The portfolio sets no gate: every use case, complete, is ranked.
        assertEquals(COUNT, ranking.getModel().result().ranking().size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i + 1, ((RankingRow) ranking.getModel().rowAt(i)).rank());
        }
        filter(ranking, RankingFilter.ALL.withText("use case 09999")); //$NON-NLS-1$
        assertEquals(1, ranking.getModel().matching());
        filter(ranking, RankingFilter.ALL.withScope(Scope.EXTERNAL));
        assertEquals(COUNT / 2, ranking.getModel().matching());
        filter(ranking, RankingFilter.ALL);
        ranking.getModel().setSort("NAME", false); //$NON-NLS-1$
        assertEquals("Use case 09999", ((RankingRow) ranking.getModel().rowAt(0)).score().name()); //$NON-NLS-1$

        assertTrue(UiWait.until(() -> matrix.getMatrix().specs().size() == COUNT));
        assertEquals(COUNT, matrix.getMatrix().layout().bubbles().size());
        var labels = matrix.getMatrix().layout().labels();
        assertTrue(labels.size() <= 12, "at most the twelve best are labelled");
        assertTrue(labels.stream().allMatch(l -> l.spec().rank() >= 1 && l.spec().rank() <= 12), "only the best");
    }

    private static void filter(RankingView ranking, RankingFilter filter) {
        ranking.getModel().setFilter(filter);
        ranking.getTable().refresh(false);
        UiWait.settle();
    }

    /**
     * Use case i (zero-padded to five digits): external when i is odd; on criterion k its value
     * is 1 + (i x (k + 1)) mod 5; a third have a business case worth i x 100 a year.
     */
    private static Portfolio generate() {
        CartographFactory factory = CartographFactory.eINSTANCE;
        Portfolio portfolio = factory.createPortfolio();
        portfolio.setName("Ten thousand"); //$NON-NLS-1$
        ScoringConfiguration configuration = factory.createScoringConfiguration();
        for (String id : CRITERIA) {
            CriterionSetting setting = factory.createCriterionSetting();
            setting.setCriterionId(id);
            configuration.getCriteria().add(setting);
        }
        portfolio.setScoring(configuration);
        for (int i = 0; i < COUNT; i++) {
            UseCase useCase = factory.createUseCase();
            useCase.setName(String.format("Use case %05d", i)); //$NON-NLS-1$
            useCase.setScope(i % 2 == 0 ? Scope.INTERNAL : Scope.EXTERNAL);
            useCase.setStatus(UseCaseStatus.QUALIFIED);
            for (int k = 0; k < CRITERIA.length; k++) {
                useCase.getScores().add(TinyPortfolio.score(CRITERIA[k], 1 + (i * (k + 1)) % 5, "Ann")); //$NON-NLS-1$
            }
            if (i % 3 == 0) {
                BusinessCase businessCase = factory.createBusinessCase();
                businessCase.setAnnualRevenueGained(i * 100.0);
                useCase.setBusinessCase(businessCase);
            }
            portfolio.getUseCases().add(useCase);
        }
        return portfolio;
    }
}
