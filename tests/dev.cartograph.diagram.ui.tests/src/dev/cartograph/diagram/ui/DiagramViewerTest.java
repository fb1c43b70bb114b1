// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;

/** The viewer driven as a user drives it: mouse, wheel, keyboard, menus, tooltips. */
class DiagramViewerTest {

    private static final String LONG = "Customers cannot find where to upload the signed contract and call support instead, twice a week on average"; //$NON-NLS-1$

    private Diagram diagram;
    private ViewerHarness ui;
    private final List<IStructuredSelection> fired = new ArrayList<>();

    @BeforeEach
    void open() {
        diagram = TestDiagrams.grid(4, 6, LONG);
        ui = new ViewerHarness(diagram, 1000, 700);
        ui.viewer.addSelectionChangedListener(e -> fired.add((IStructuredSelection) e.getSelection()));
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Node node(int lane, int column) {
        return TestDiagrams.node(diagram, lane, column);
    }

    @Test
    void aClickSelectsTheElementAndTellsTheListenersItsModelElement() {
        ui.click(node(1, 2), 0);
        assertEquals(List.of(node(1, 2).semantic()), ui.viewer.getSelection().toList());
        assertEquals(1, fired.size());
        assertEquals(List.of(node(1, 2).semantic()), fired.get(0).toList());
        assertEquals(node(1, 2), ui.viewer.getFocusedElement());
    }

    @Test
    void ctrlClickTogglesShiftClickAddsAndAClickOnNothingClears() {
        ui.click(node(0, 1), 0);
        ui.click(node(2, 3), SWT.MOD1);
        assertEquals(List.of(node(0, 1).semantic(), node(2, 3).semantic()), ui.viewer.getSelection().toList());
        ui.click(node(0, 1), SWT.MOD1);
        assertEquals(List.of(node(2, 3).semantic()), ui.viewer.getSelection().toList());
        ui.click(node(3, 0), SWT.SHIFT);
        assertEquals(2, ui.viewer.getSelection().size());
        Rectangle outside = ui.viewer.toCanvas(diagram.bounds());
        ui.click(outside.x + outside.width + 8, outside.y + 8, 0);
        assertTrue(ui.viewer.getSelection().isEmpty(), () -> ui.viewer.getSelection().toString());
        assertTrue(fired.get(fired.size() - 1).isEmpty());
    }

    @Test
    void aClickOnAStageColumnSelectsTheStage() {
        DiagramElement stage = diagram.find("stage-2"); //$NON-NLS-1$
        Rectangle r = ui.viewer.toCanvas(stage.bounds());
        ui.click(r.x + r.width / 2, r.y + 10, 0);
        assertEquals(List.of(stage.semantic()), ui.viewer.getSelection().toList());
    }

    @Test
    void draggingOnTheBackgroundSelectsTheNodesInTheRectangle() {
        Rectangle a = ui.viewer.toCanvas(node(0, 0).bounds());
        Rectangle b = ui.viewer.toCanvas(node(1, 1).bounds());
        ui.drag(a.x - 10, a.y - 10, b.x + b.width + 10, b.y + b.height + 10, null);
        assertEquals(4, ui.viewer.getSelection().size(), () -> ui.viewer.getSelection().toString());
        assertTrue(ui.viewer.getSelection().toList().contains(node(1, 1).semantic()));
    }

    @Test
    void setSelectionFromOutsideSelectsTheElementsOfTheModelElementsWithoutFiringTwice() {
        ui.viewer.setSelection(new StructuredSelection(List.of(node(3, 5).semantic(), node(0, 0).semantic())), false);
        assertEquals(List.of(node(3, 5), node(0, 0)), ui.viewer.getSelectedElements());
        assertEquals(1, fired.size());
        ui.viewer.setSelection(new StructuredSelection(List.of(node(3, 5).semantic(), node(0, 0).semantic())), false);
        assertEquals(1, fired.size(), "the same selection again is not news"); //$NON-NLS-1$
    }

    @Test
    void ctrlWheelZoomsAboutThePointer() {
        ui.viewer.setZoom(2);
        ui.viewer.centerOn(node(2, 2).bounds().center().x(), node(2, 2).bounds().center().y());
        int[] c = ui.center(node(2, 2));
        Point before = ui.viewer.toDiagram(c[0], c[1]);
        ui.wheel(c[0], c[1], 3, SWT.MOD1);
        assertTrue(ui.viewer.getZoom() > 2, () -> "zoom " + ui.viewer.getZoom()); //$NON-NLS-1$
        Point after = ui.viewer.toDiagram(c[0], c[1]);
        assertEquals(before.x(), after.x(), 2 / ui.viewer.getZoom());
        assertEquals(before.y(), after.y(), 2 / ui.viewer.getZoom());
        for (int i = 0; i < 8; i++) {
            ui.wheel(c[0], c[1], -3, SWT.MOD1);
        }
        assertTrue(ui.viewer.getZoom() < 1, () -> "zoom " + ui.viewer.getZoom()); //$NON-NLS-1$
    }

    @Test
    void theWheelAloneScrolls() {
        ui.viewer.setZoom(2);
        ui.viewer.scrollTo(0, 0);
        ui.wheel(100, 100, -3, 0);
        assertTrue(ui.viewer.getOriginY() > 0);
        assertEquals(1.99, ui.viewer.getZoom(), 0.02);
        ui.wheel(100, 100, -3, SWT.SHIFT);
        assertTrue(ui.viewer.getOriginX() > 0);
    }

    @Test
    void zoomKeysZoomInOutBackTo100AndFit() {
        ui.key('=', '=', SWT.MOD1);
        assertTrue(ui.viewer.getZoom() > 1);
        ui.key('0', '0', SWT.MOD1);
        assertEquals(1, ui.viewer.getZoom(), 1e-9);
        ui.key('-', '-', SWT.MOD1);
        assertTrue(ui.viewer.getZoom() < 1);
        ui.viewer.setZoom(3);
        ui.key('0', ')', SWT.MOD1 | SWT.SHIFT);
        Bounds visible = ui.viewer.getVisibleArea();
        assertTrue(visible.x() <= 0 && visible.y() <= 0 && visible.right() >= diagram.bounds().right()
                && visible.bottom() >= diagram.bounds().bottom(), () -> "fit shows " + visible); //$NON-NLS-1$
    }

    @Test
    void arrowsMoveTheFocusToTheNearestElementThatWayAndSelectIt() {
        ui.click(node(1, 1), 0);
        ui.key(SWT.ARROW_RIGHT, '\0', 0);
        assertEquals(node(1, 2), ui.viewer.getFocusedElement());
        ui.key(SWT.ARROW_DOWN, '\0', 0);
        assertEquals(node(2, 2), ui.viewer.getFocusedElement());
        ui.key(SWT.ARROW_LEFT, '\0', 0);
        assertEquals(node(2, 1), ui.viewer.getFocusedElement());
        ui.key(SWT.ARROW_UP, '\0', SWT.SHIFT);
        assertEquals(node(1, 1), ui.viewer.getFocusedElement());
        assertEquals(List.of(node(2, 1).semantic(), node(1, 1).semantic()), ui.viewer.getSelection().toList());
    }

    @Test
    void upFromTheTopNodeGoesToItsStageAndSidewaysAlongTheStages() {
        ui.click(node(0, 3), 0);
        ui.key(SWT.ARROW_UP, '\0', 0);
        assertEquals(diagram.find("stage-3"), ui.viewer.getFocusedElement()); //$NON-NLS-1$
        ui.key(SWT.ARROW_RIGHT, '\0', 0);
        assertEquals(diagram.find("stage-4"), ui.viewer.getFocusedElement()); //$NON-NLS-1$
        ui.key(SWT.ARROW_DOWN, '\0', 0);
        assertEquals(node(0, 4), ui.viewer.getFocusedElement());
    }

    @Test
    void tabGoesThroughStagesThenNodesInReadingOrderAndThenLeaves() {
        ui.key(SWT.TAB, '\t', 0);
        assertEquals(diagram.find("stage-0"), ui.viewer.getFocusedElement()); //$NON-NLS-1$
        for (int i = 0; i < 6; i++) {
            ui.key(SWT.TAB, '\t', 0);
        }
        assertEquals(node(0, 0), ui.viewer.getFocusedElement());
        ui.key(SWT.TAB, '\t', 0);
        assertEquals(node(0, 1), ui.viewer.getFocusedElement());
        ui.key(SWT.TAB, '\t', SWT.SHIFT);
        assertEquals(node(0, 0), ui.viewer.getFocusedElement());
        ui.viewer.setFocusedElement(node(3, 5));
        org.eclipse.swt.widgets.Event t = new org.eclipse.swt.widgets.Event();
        t.detail = SWT.TRAVERSE_TAB_NEXT;
        t.doit = false;
        ui.canvas.notifyListeners(SWT.Traverse, t);
        assertTrue(t.doit, "past the last element, Tab leaves the canvas (no keyboard trap)"); //$NON-NLS-1$
    }

    @Test
    void enterAndDoubleClickOpenTheSelection() {
        List<Object> opened = new ArrayList<>();
        ui.viewer.addOpenListener(e -> opened.add(((IStructuredSelection) e.getSelection()).getFirstElement()));
        ui.click(node(0, 2), 0);
        ui.key(SWT.CR, '\r', 0);
        assertEquals(List.of(node(0, 2).semantic()), opened);
        ui.doubleClick(node(3, 3));
        assertEquals(List.of(node(0, 2).semantic(), node(3, 3).semantic()), opened);
    }

    @Test
    void revealScrollsAnElementSetFromOutsideIntoView() {
        ui.viewer.setZoom(3);
        ui.viewer.scrollTo(0, 0);
        Node far = node(3, 5);
        assertFalse(contains(ui.viewer.getVisibleArea(), far.bounds()));
        ui.viewer.setSelection(new StructuredSelection(far.semantic()), true);
        ui.settle();
        assertTrue(contains(ui.viewer.getVisibleArea(), far.bounds()), () -> ui.viewer.getVisibleArea() + " shows " + far.bounds()); //$NON-NLS-1$
        assertTrue(ui.viewer.getOriginX() > 0 && ui.viewer.getOriginY() > 0);
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.right() <= outer.right() && inner.bottom() <= outer.bottom();
    }

    @Test
    void theTooltipOfAShortenedLabelIsTheWholeLabel() {
        Node shortened = node(0, 0);
        assertTrue(shortened.labelLines().get(shortened.labelLines().size() - 1).endsWith("\u2026")); //$NON-NLS-1$
        int[] c = ui.center(shortened);
        ui.hover(c[0], c[1]);
        assertEquals(LONG, ui.canvas.getToolTipText());
        c = ui.center(node(1, 1));
        ui.hover(c[0], c[1]);
        assertNull(ui.canvas.getToolTipText(), "a label shown whole needs no tooltip"); //$NON-NLS-1$
        node(1, 2).setTooltip("Observed 12 times in March"); //$NON-NLS-1$
        c = ui.center(node(1, 2));
        ui.hover(c[0], c[1]);
        assertEquals("Observed 12 times in March", ui.canvas.getToolTipText()); //$NON-NLS-1$
    }

    @Test
    void theContextMenuActsOnTheElementUnderThePointer() {
        Menu menu = new Menu(ui.canvas);
        ui.canvas.setMenu(menu);
        ui.click(node(0, 0), 0);
        int[] c = ui.center(node(2, 4));
        org.eclipse.swt.graphics.Point d = ui.canvas.toDisplay(c[0], c[1]);
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.x = d.x;
        e.y = d.y;
        e.detail = SWT.MENU_MOUSE;
        ui.canvas.notifyListeners(SWT.MenuDetect, e);
        assertEquals(List.of(node(2, 4).semantic()), ui.viewer.getSelection().toList());
    }

    @Test
    void findSelectsAndRevealsTheFirstLabelHoldingTheTextThenTheNext() {
        ui.viewer.setZoom(3);
        ui.viewer.scrollTo(0, 0);
        ui.key('f', 'f', SWT.MOD1);
        assertTrue(ui.viewer.getFindBar().isOpen());
        ui.viewer.getFindBar().text().setText("friction 3.4"); //$NON-NLS-1$
        ui.settle();
        assertEquals(node(3, 4), ui.viewer.getFocusedElement());
        assertTrue(contains(ui.viewer.getVisibleArea(), node(3, 4).bounds()));
        ui.viewer.getFindBar().text().setText("FRICTION 2."); //$NON-NLS-1$
        ui.settle();
        DiagramElement first = ui.viewer.getFocusedElement();
        assertEquals(node(2, 0), first);
        ui.key(ui.viewer.getFindBar().text(), SWT.CR, '\r', 0);
        assertEquals(node(2, 1), ui.viewer.getFocusedElement());
        assertEquals(6, ui.viewer.getPaintState().highlighted().size());
        ui.key(ui.viewer.getFindBar().text(), SWT.ESC, '\u001b', 0);
        assertFalse(ui.viewer.getFindBar().isOpen());
        assertEquals(List.of(node(2, 1).semantic()), ui.viewer.getSelection().toList());
    }

    @Test
    void findIgnoresCaseAndAccents() {
        node(1, 1).setLabel("\u00c9tape de v\u00e9rification"); //$NON-NLS-1$
        assertEquals(List.of(node(1, 1)), ui.viewer.find("etape de VERIF")); //$NON-NLS-1$
    }

    @Test
    void highlightingFadesTheOthers() {
        ui.viewer.setHighlighted(List.of(node(1, 1).semantic(), node(2, 2).semantic()), true);
        assertEquals(java.util.Set.of(node(1, 1).id(), node(2, 2).id()), ui.viewer.getPaintState().highlighted());
        assertTrue(ui.viewer.getPaintState().dimOthers());
        ui.viewer.setHighlighted(List.of(), true);
        assertFalse(ui.viewer.getPaintState().dimOthers());
    }

    @Test
    void aRebuiltDiagramKeepsZoomScrollSelectionAndFocusById() {
        ui.viewer.setZoom(2);
        ui.viewer.scrollTo(150, 120);
        ui.click(node(2, 2), 0);
        fired.clear();
        Diagram rebuilt = TestDiagrams.grid(4, 6, LONG);
        ui.viewer.setDiagram(rebuilt);
        assertEquals(2, ui.viewer.getZoom(), 1e-9);
        assertEquals(150, ui.viewer.getOriginX());
        assertEquals(120, ui.viewer.getOriginY());
        assertEquals(List.of(TestDiagrams.node(rebuilt, 2, 2)), ui.viewer.getSelectedElements());
        assertEquals(TestDiagrams.node(rebuilt, 2, 2), ui.viewer.getFocusedElement());
        assertNotEquals(node(2, 2), ui.viewer.getFocusedElement());
        assertTrue(fired.isEmpty(), "the same model elements stay selected"); //$NON-NLS-1$
    }
}
