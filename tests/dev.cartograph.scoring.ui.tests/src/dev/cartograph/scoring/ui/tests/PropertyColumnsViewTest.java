// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingFilter;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The portfolio's own properties as Ranking columns: a number property "cost" given to three
 * use cases (100, 9, 25.5) is shown once chosen, sorts as numbers, and the text filter finds a
 * use case by a property value. The values are added by one undoable command.
 */
class PropertyColumnsViewTest {

    private PortfolioEditor editor;
    private RankingView ranking;
    private List<UseCase> three;

    @BeforeEach
    void openTheSampleWithACostProperty() throws Exception {
        TestWorkbench.reset();
        editor = TestWorkbench.open(TestWorkbench.write(SamplePortfolio.build(), "property-columns.cartograph")); //$NON-NLS-1$
        ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        assertTrue(UiWait.until(() -> ranking.getModel().total() == 32), "the ranking shows the sample");
        ranking.togglePropertyColumn("cost", false); // the view keeps its chosen columns from test to test //$NON-NLS-1$
        Portfolio portfolio = editor.getPortfolio();
        three = List.of(portfolio.getUseCases().get(0), portfolio.getUseCases().get(1), portfolio.getUseCases().get(2));
        EditingDomain domain = editor.getEditingDomain();
        CompoundCommand add = new CompoundCommand();
        PropertyDefinition cost = CartographFactory.eINSTANCE.createPropertyDefinition();
        cost.setKey("cost"); //$NON-NLS-1$
        cost.setName("Cost"); //$NON-NLS-1$
        cost.setType(PropertyType.NUMBER);
        add.append(AddCommand.create(domain, portfolio, CartographPackage.Literals.PORTFOLIO__PROPERTY_DEFINITIONS, cost));
        String[] values = { "100", "9", "25.5" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int i = 0; i < 3; i++) {
            PropertyValue value = CartographFactory.eINSTANCE.createPropertyValue();
            value.setKey("cost"); //$NON-NLS-1$
            value.setValue(values[i]);
            add.append(AddCommand.create(domain, three.get(i), CartographPackage.Literals.NAMED_ELEMENT__PROPERTIES, value));
        }
        domain.getCommandStack().execute(add);
        UiWait.settle();
    }

    @AfterEach
    void closeAll() {
        // The Ranking view stays open for the next test classes: leave it unfiltered, in rank order.
        ranking.getModel().setFilter(RankingFilter.ALL);
        ranking.getModel().setSort(null, true);
        ranking.togglePropertyColumn("cost", false); //$NON-NLS-1$
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void aChosenPropertyIsAColumnThatSortsByItsTypeAndFilters() {
        assertTrue(ranking.getModel().column("property:cost") == null, "not shown until chosen"); //$NON-NLS-1$
        ranking.togglePropertyColumn("cost", true); //$NON-NLS-1$
        UiWait.settle();
        assertEquals("Cost", ranking.getModel().column("property:cost").header()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("25.5", RankingCells.shownText(ranking, three.get(2), "property:cost")); //$NON-NLS-1$ //$NON-NLS-2$

        ranking.getModel().setSort("property:cost", true); //$NON-NLS-1$
        List<UseCase> order = ranking.getModel().visibleRows().stream().limit(3)
                .map(line -> ((RankingRow) line).useCase()).toList();
        assertEquals(List.of(three.get(1), three.get(2), three.get(0)), order, "9, 25.5, 100: as numbers");

        ranking.getModel().setFilter(RankingFilter.ALL.withText("25.5")); //$NON-NLS-1$
        assertEquals(1, ranking.getModel().matching());

        ranking.togglePropertyColumn("cost", false); //$NON-NLS-1$
        UiWait.settle();
        assertTrue(ranking.getModel().column("property:cost") == null); //$NON-NLS-1$
    }

    @Test
    void undoTakesTheValuesAway() {
        ranking.togglePropertyColumn("cost", true); //$NON-NLS-1$
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(UiWait.until(() -> ranking.getModel().column("property:cost") == null), //$NON-NLS-1$
                "the definition is gone, so is its column");
    }
}
