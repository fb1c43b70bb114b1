// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/** The use case list sorts by the column whose header is clicked, and back the other way. */
class UseCaseListSortingTest extends EditorTestCase {

    private static List<UseCase> shown(UseCasesPage page) {
        Table table = page.getViewer().getTable();
        List<UseCase> shown = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            shown.add((UseCase) table.getItem(i).getData());
        }
        return shown;
    }

    private static void click(TableColumn column) {
        column.notifyListeners(SWT.Selection, null);
        Ui.flush();
    }

    @Test
    void clickingAHeaderSortsAndClickingAgainReverses() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        Ui.flush();
        Table table = page.getViewer().getTable();
        List<UseCase> model = List.copyOf(editor.getPortfolio().getUseCases());
        assertEquals(model, shown(page), "until a header is clicked, the model's order");

        TableColumn name = table.getColumn(0);
        click(name);
        Collator collator = Collator.getInstance();
        List<UseCase> byName = model.stream().sorted(Comparator.comparing(UseCase::getName, collator)).toList();
        assertEquals(byName, shown(page));
        assertSame(name, table.getSortColumn());
        assertEquals(SWT.UP, table.getSortDirection());

        click(name);
        assertEquals(byName.reversed(), shown(page), "a second click reverses");
        assertEquals(SWT.DOWN, table.getSortDirection());

        ScoringResult scored = WorkbenchScoring.engine().score(editor.getPortfolio());
        click(table.getColumn(3));
        List<UseCase> byRank = shown(page);
        List<UseCase> ranked = scored.ranking().stream().map(s -> s.useCase()).toList();
        List<Integer> ranks = ranked.stream().map(scored::rankOf).toList();
        assertEquals(ranks, byRank.subList(0, ranked.size()).stream().map(scored::rankOf).toList(),
                "rank 1 first (tied use cases share a rank)");
        assertEquals(model.size() - ranked.size(), byRank.subList(ranked.size(), byRank.size()).stream()
                .filter(u -> scored.rankOf(u) == 0).count(), "the use cases without a rank come last");
        assertNotEquals(0, model.size() - ranked.size(), "the sample has unranked use cases");

        click(table.getColumn(3));
        List<UseCase> descending = shown(page);
        assertEquals(ranks.reversed(), descending.subList(0, ranked.size()).stream().map(scored::rankOf).toList(),
                "the other way, the last ranked first; still without a rank last");
    }
}
