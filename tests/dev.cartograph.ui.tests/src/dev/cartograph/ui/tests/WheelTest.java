// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.forms.ElementDetailsPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;

/**
 * Scrolling a form with the mouse wheel does not change the drop-down lists the pointer passes
 * over (GTK gives the wheel to the list under the pointer, which selects its next value). Events
 * posted to the display do not reach GTK's list the way a real wheel does, so the test holds the
 * guard to its contract: an unfocused list refuses the wheel, a focused one takes it.
 */
class WheelTest extends EditorTestCase {

    @Test
    void theWheelOverAnUnfocusedChoiceLeavesItsValue() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        UseCase useCase = editor.getPortfolio().getUseCases().get(0);
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(useCase), true);
        Ui.flush();
        ElementDetailsPage details = page.getBlock().getCurrentDetails();
        assertNotNull(details);
        Combo combo = (Combo) details.fields().control(Literals.USE_CASE__AI_PATTERN);
        page.getViewer().getControl().setFocus();
        Ui.flush();
        assertFalse(combo.isFocusControl());

        Event wheel = new Event();
        wheel.type = SWT.MouseWheel;
        wheel.count = -3;
        combo.notifyListeners(SWT.MouseWheel, wheel);
        assertFalse(wheel.doit, "the list refuses a wheel it has not the focus for");

        combo.setFocus();
        Ui.flush();
        Event focused = new Event();
        focused.type = SWT.MouseWheel;
        focused.count = -3;
        combo.notifyListeners(SWT.MouseWheel, focused);
        assertTrue(focused.doit, "with the focus the wheel is the list's, as usual");
    }
}
