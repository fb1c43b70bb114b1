// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;

/** What a screen reader is told: the focused element's name and kind, its state, the diagram's name. */
class AccessibilityTest {

    private Diagram diagram;
    private ViewerHarness ui;

    @BeforeEach
    void open() {
        diagram = TestDiagrams.grid(2, 3, null);
        ui = new ViewerHarness(diagram, 900, 600);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private String name(int childId) {
        AccessibleEvent e = new AccessibleEvent(ui.canvas.getAccessible());
        e.childID = childId;
        ui.viewer.getAccessibility().names().getName(e);
        return e.result;
    }

    private int focus() {
        AccessibleControlEvent e = new AccessibleControlEvent(ui.canvas.getAccessible());
        e.childID = ACC.CHILDID_NONE;
        ui.viewer.getAccessibility().control().getFocus(e);
        return e.childID;
    }

    @Test
    void theFocusedElementIsToldByNameAndKindInTheUsersWords() {
        ui.viewer.setKindLabels(e -> "stage".equals(e.kind()) ? "Stage" : "Friction"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ui.canvas.setFocus();
        ui.key(SWT.TAB, '\t', 0);
        ui.key(SWT.TAB, '\t', 0);
        assertEquals("Stage 1, Stage, selected", name(focus())); //$NON-NLS-1$
        ui.key(SWT.ARROW_DOWN, '\0', 0);
        DiagramElement focused = ui.viewer.getFocusedElement();
        assertEquals(TestDiagrams.node(diagram, 0, 1), focused);
        assertEquals("Friction 0.1, Friction, selected", name(focus())); //$NON-NLS-1$
    }

    @Test
    void theCanvasIsAListOfTheElementsNamedAfterTheDiagram() {
        assertEquals("Diagram Test journey", name(ACC.CHILDID_SELF)); //$NON-NLS-1$
        AccessibleControlEvent e = new AccessibleControlEvent(ui.canvas.getAccessible());
        e.childID = ACC.CHILDID_SELF;
        ui.viewer.getAccessibility().control().getRole(e);
        assertEquals(ACC.ROLE_LIST, e.detail);
        ui.viewer.getAccessibility().control().getChildCount(e);
        assertEquals(3 + 6, e.detail, "three stages and six nodes"); //$NON-NLS-1$
        e.childID = 4;
        ui.viewer.getAccessibility().control().getRole(e);
        assertEquals(ACC.ROLE_LISTITEM, e.detail);
        ui.viewer.getAccessibility().control().getState(e);
        assertTrue((e.detail & ACC.STATE_SELECTABLE) != 0);
    }

    @Test
    void anElementWithoutALabelIsStillNamed() {
        TestDiagrams.node(diagram, 1, 1).setLabel(""); //$NON-NLS-1$
        ui.viewer.setFocusedElement(TestDiagrams.node(diagram, 1, 1));
        ui.canvas.setFocus();
        assertEquals("(no name), friction", name(focus())); //$NON-NLS-1$
    }
}
