// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/** A use case selected in the Ranking shows in Properties as in the editor, not as an empty Property/Value table. */
class PropertiesFromRankingTest {

    @AfterEach
    void closeAll() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void propertiesShowTheEditorsSheetForTheRankingsSelection() throws Exception {
        TestWorkbench.reset();
        PortfolioEditor editor = TestWorkbench.open(TestWorkbench.write(SamplePortfolio.build(), "properties.cartograph")); //$NON-NLS-1$
        RankingView ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        UseCase useCase = editor.getPortfolio().getUseCases().get(0);
        PropertySheet properties = TestWorkbench.show(IPageLayout.ID_PROP_SHEET);
        TestWorkbench.page().activate(ranking);
        ranking.getSite().getSelectionProvider().setSelection(new StructuredSelection(useCase));
        UiWait.settle();

        assertTrue(isTabbed(properties.getCurrentPage().getClass()),
                "the editor's tabbed sheet, not the default table: " + properties.getCurrentPage());
    }

    private static boolean isTabbed(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage")) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }
}
