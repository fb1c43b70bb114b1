// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;

/** Rename in place, drop a node on another, move a node or a stage among its siblings. */
class HandlersTest {

    private Diagram diagram;
    private ViewerHarness ui;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void open() {
        diagram = TestDiagrams.grid(4, 5, null);
        ui = new ViewerHarness(diagram, 1200, 700);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private Node node(int lane, int column) {
        return TestDiagrams.node(diagram, lane, column);
    }

    private DirectEditHandler renaming() {
        return new DirectEditHandler(ui.viewer, new DirectEditHandler.Callback() {
            @Override
            public String initialText(DiagramElement element) {
                return element instanceof Node ? element.label() : null;
            }

            @Override
            public void commit(DiagramElement element, String text) {
                calls.add(element.id() + "=" + text); //$NON-NLS-1$
            }
        });
    }

    @Test
    void f2OpensAFieldOverTheNodeWithItsNameAndEnterCommits() {
        DirectEditHandler handler = renaming();
        ui.click(node(1, 2), 0);
        ui.key(SWT.F2, '\0', 0);
        Text field = handler.getField();
        assertNotNull(field, "F2 opens the field"); //$NON-NLS-1$
        assertEquals("Friction 1.2", field.getText()); //$NON-NLS-1$
        Rectangle over = ui.viewer.toCanvas(node(1, 2).bounds());
        assertTrue(field.getBounds().intersects(over), () -> field.getBounds() + " over " + over); //$NON-NLS-1$
        assertTrue(field.isFocusControl(), "the user types in the field straight away"); //$NON-NLS-1$
        field.setText("Invoice intake"); //$NON-NLS-1$
        ui.key(field, SWT.CR, '\r', 0);
        assertEquals(List.of(node(1, 2).id() + "=Invoice intake"), calls); //$NON-NLS-1$
        assertFalse(handler.isEditing());
        assertTrue(ui.canvas.isFocusControl(), "the focus is back on the map"); //$NON-NLS-1$
    }

    @Test
    void escCancelsAndAnUnchangedNameIsNotCommitted() {
        DirectEditHandler handler = renaming();
        ui.click(node(0, 0), 0);
        ui.key(SWT.F2, '\0', 0);
        handler.getField().setText("Something else"); //$NON-NLS-1$
        ui.key(handler.getField(), SWT.ESC, '\u001b', 0);
        assertFalse(handler.isEditing());
        ui.key(SWT.F2, '\0', 0);
        ui.key(handler.getField(), SWT.CR, '\r', 0);
        assertTrue(calls.isEmpty(), () -> calls.toString());
    }

    @Test
    void whatCannotBeRenamedOpensNoField() {
        DirectEditHandler handler = renaming();
        ui.viewer.setFocusedElement(diagram.find("stage-1")); //$NON-NLS-1$
        ui.key(SWT.F2, '\0', 0);
        assertFalse(handler.isEditing());
    }

    private DropHandler anchoring() {
        return new DropHandler(ui.viewer, new DropHandler.Callback() {
            @Override
            public boolean canDrag(Node source) {
                return source.id().startsWith("n-3-"); //$NON-NLS-1$
            }

            @Override
            public boolean canDrop(Node source, Node target) {
                return !target.id().startsWith("n-3-"); //$NON-NLS-1$
            }

            @Override
            public void drop(Node source, Node target) {
                calls.add(((TestDiagrams.Thing) source.semantic()).name() + " -> " //$NON-NLS-1$
                        + ((TestDiagrams.Thing) target.semantic()).name());
            }
        });
    }

    @Test
    void draggingANodeOntoAnotherCallsBackWithBothAndOutlinesTheTargetMeanwhile() {
        anchoring();
        int[] from = ui.center(node(3, 1));
        int[] to = ui.center(node(1, 2));
        Rectangle target = ui.viewer.toCanvas(node(1, 2).bounds());
        boolean[] outlined = { false };
        ui.drag(from[0], from[1], to[0], to[1], () -> {
            org.eclipse.swt.graphics.ImageData shot = ui.snapshot();
            // The feedback's thick outline, in the accent colour, just outside the target.
            org.eclipse.swt.graphics.RGB edge = ui.pixel(shot, target.x + target.width / 2, target.y - 3);
            outlined[0] = edge.blue > 150 && edge.red < 120;
        });
        assertEquals(List.of("Friction 3.1 -> Friction 1.2"), calls); //$NON-NLS-1$
        assertTrue(outlined[0], "the drop target is outlined while the node is over it"); //$NON-NLS-1$
    }

    @Test
    void aDropWhereTheCallbackRefusesDoesNothing() {
        anchoring();
        int[] from = ui.center(node(3, 1));
        int[] to = ui.center(node(3, 3));
        ui.drag(from[0], from[1], to[0], to[1], null);
        assertTrue(calls.isEmpty(), () -> calls.toString());
        int[] fixed = ui.center(node(0, 0));
        ui.drag(fixed[0], fixed[1], to[0], to[1], null);
        assertTrue(calls.isEmpty(), "a node the callback does not let go cannot be dragged"); //$NON-NLS-1$
    }

    private void reordering() {
        new ReorderHandler(ui.viewer, new ReorderHandler.Callback() {
            @Override
            public boolean canReorder(DiagramElement element) {
                return true;
            }

            @Override
            public void reorder(DiagramElement element, int index, List<DiagramElement> siblings) {
                calls.add(element.id() + " to " + index + " of " + siblings.size()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
    }

    @Test
    void draggingAStageAlongTheStagesMovesIt() {
        reordering();
        Band stage = (Band) diagram.find("stage-0"); //$NON-NLS-1$
        Rectangle r = ui.viewer.toCanvas(stage.bounds());
        Rectangle third = ui.viewer.toCanvas(diagram.find("stage-2").bounds()); //$NON-NLS-1$
        ui.drag(r.x + r.width / 2, r.y + 10, third.x + third.width * 3 / 4, third.y + 10, null);
        assertEquals(List.of("stage-0 to 2 of 5"), calls); //$NON-NLS-1$
    }

    @Test
    void aDropOnANodeWinsOverAMoveAndAMoveNeedsAnotherPlace() {
        anchoring();
        reordering();
        Node dragged = node(3, 0);
        int[] from = ui.center(dragged);
        int[] onTarget = ui.center(node(2, 0));
        ui.drag(from[0], from[1], onTarget[0], onTarget[1], null);
        assertEquals(List.of("Friction 3.0 -> Friction 2.0"), calls); //$NON-NLS-1$
        calls.clear();
        ui.drag(from[0], from[1], from[0] + 20, from[1], null);
        assertTrue(calls.isEmpty(), "nowhere new to go"); //$NON-NLS-1$
    }
}
