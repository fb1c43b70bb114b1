// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.UseCasesPage;

/** The wheel over a multi-line text of a form that has nothing more to scroll scrolls the form on. */
class FormWheelTest extends EditorTestCase {

    @Test
    void theWheelOverAShortMultiLineTextScrollsTheForm() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Rectangle bounds = shell.getBounds();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1366, 768);
        try {
            PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
            UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
            UseCase useCase = editor.getPortfolio().getUseCases().get(0);
            page.getViewer().setSelection(new StructuredSelection(useCase), true);
            Ui.flush();
            Text text = firstMultiLine((Composite) page.getPartControl());
            assertNotNull(text, "the details have a multi-line text");
            ScrolledComposite form = scrolled(text);
            assertNotNull(form, "the text is in a scrolled form");
            assertTrue(form.getContent().getSize().y > form.getClientArea().height, "the form is taller than its view");
            form.setOrigin(0, 0);
            text.setText("One line");
            Ui.flush();

            Event wheel = new Event();
            wheel.count = -3;
            text.notifyListeners(SWT.MouseVerticalWheel, wheel);
            Ui.flush();

            assertTrue(form.getOrigin().y > 0, "the form scrolled down");
            assertTrue(!wheel.doit, "the text did not keep the wheel");
        } finally {
            Ui.page().closeAllEditors(false);
            shell.setBounds(bounds);
        }
    }

    private static ScrolledComposite scrolled(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite scrolled && scrolled.getContent() != null
                    && scrolled.getVerticalBar() != null) {
                return scrolled;
            }
        }
        return null;
    }

    private static Text firstMultiLine(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && (text.getStyle() & SWT.MULTI) != 0 && text.isVisible() && text.getEditable()) {
                return text;
            }
            if (child instanceof Composite composite && child.isVisible()) {
                Text found = firstMultiLine(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
