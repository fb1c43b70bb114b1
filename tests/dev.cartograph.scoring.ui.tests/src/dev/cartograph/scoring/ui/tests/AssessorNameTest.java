// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.preferences.CartographPreferences;
import dev.cartograph.ui.preferences.PreferenceConstants;

/**
 * The first score a user enters asks for the name to sign it with, proposing the operating
 * system's login; the answer is kept in the preferences and the question is not asked again.
 */
class AssessorNameTest {

    private static final String TITLE = "Your Name on the Scores"; //$NON-NLS-1$
    private PortfolioEditor editor;
    private RankingView ranking;

    @BeforeEach
    void openTheSample() throws Exception {
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").remove("assessor"); //$NON-NLS-1$ //$NON-NLS-2$
        TestWorkbench.reset();
        editor = TestWorkbench.open(TestWorkbench.write(SamplePortfolio.build(), "assessor.cartograph")); //$NON-NLS-1$
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
    }

    @AfterEach
    void closeAll() {
        InstanceScope.INSTANCE.getNode("dev.cartograph.ui").remove("assessor"); //$NON-NLS-1$ //$NON-NLS-2$
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void theFirstScoreAsksForTheNameOnceAndSignsWithIt() {
        assertTrue(CartographPreferences.store().isDefault(PreferenceConstants.ASSESSOR), "never set");
        // scored 3 on strategic value by A. Novak (EA) alone in the sample: a 5 and then a 4 change it
        UseCase first = Models.useCase(editor.getPortfolio(), "Storm surge call deflection"); //$NON-NLS-1$
        AtomicReference<String> asked = Dialogs.answer(TITLE, "Jules Martin (EA)"); //$NON-NLS-1$

        RankingCells.edit(ranking, first, "strategic-value", 5); //$NON-NLS-1$

        assertNotNull(asked.get(), "the name was asked");
        assertTrue(asked.get().contains("signed with your name"), asked.get()); //$NON-NLS-1$
        assertEquals("Jules Martin (EA)", score(first).getAssessor()); //$NON-NLS-1$
        assertEquals("Jules Martin (EA)", CartographPreferences.store().getString(PreferenceConstants.ASSESSOR)); //$NON-NLS-1$

        AtomicReference<String> again = Dialogs.answer(TITLE, "Someone else"); //$NON-NLS-1$
        assertEquals("Jules Martin (EA)", CartographPreferences.assessorAsking(ranking.getSite().getShell())); //$NON-NLS-1$
        UiWait.settle();
        assertNull(again.get(), "asked once only");
    }

    private static Score score(UseCase useCase) {
        return useCase.getScores().stream()
                .filter(s -> "strategic-value".equals(s.getCriterionId()) && "Jules Martin (EA)".equals(s.getAssessor())) //$NON-NLS-1$ //$NON-NLS-2$
                .findFirst().orElseThrow(() -> new AssertionError(useCase.getName() + " " + useCase.getScores()));
    }
}
