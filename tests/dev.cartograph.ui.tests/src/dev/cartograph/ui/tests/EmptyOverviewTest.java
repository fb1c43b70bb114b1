// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.OverviewPage;

/** An empty portfolio's Overview says there is nothing to measure yet, not "0 of 0 (0%)". */
class EmptyOverviewTest extends EditorTestCase {

    @Test
    void anEmptyPortfolioHasNothingToMeasureYet() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.write(project, "empty.cartograph", Portfolios.blank("Empty")));
        OverviewPage page = (OverviewPage) editor.setActivePage(OverviewPage.ID);
        Ui.flush();
        List<String> texts = new ArrayList<>();
        collect((Composite) page.getPartControl(), texts);

        assertFalse(texts.stream().anyMatch(t -> t.startsWith("0 of 0")), texts.toString());
        assertFalse(texts.contains("0%"), "no completeness of a practice that measures nothing: " + texts);
        assertTrue(texts.contains("Nothing to measure yet: use cases anchored on a workflow step or journey stage"),
                texts.toString());
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                collect(composite, texts);
            }
        }
    }
}
