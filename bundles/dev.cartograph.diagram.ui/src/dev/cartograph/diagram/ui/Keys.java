// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.ui.internal.Navigation;
import dev.cartograph.diagram.ui.internal.Navigation.Direction;

/** What the keyboard does on a {@link DiagramViewer} (listed in its class comment). */
final class Keys {

    private final DiagramViewer viewer;
    private final Gestures gestures;
    private final Canvas canvas;

    Keys(DiagramViewer viewer, Gestures gestures) {
        this.viewer = viewer;
        this.gestures = gestures;
        this.canvas = viewer.getCanvas();
        canvas.addListener(SWT.Traverse, this::traverse);
        canvas.addListener(SWT.KeyDown, this::key);
    }

    private void traverse(Event e) {
        switch (e.detail) {
            case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> {
                Navigation nav = viewer.getNavigation();
                boolean forward = e.detail == SWT.TRAVERSE_TAB_NEXT;
                // Stay in the canvas while there is an element to go to; past the last, leave it.
                e.doit = nav == null || nav.tab(viewer.getFocusedElement(), forward) == null;
            }
            case SWT.TRAVERSE_RETURN -> e.doit = false;
            case SWT.TRAVERSE_ESCAPE -> e.doit = !gestures.isActive() && viewer.getSelectedElements().isEmpty();
            default -> {
                // Arrows and the rest: handled as keys.
            }
        }
    }

    private void key(Event e) {
        boolean mod1 = (e.stateMask & SWT.MOD1) != 0;
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        if (mod1 && zoomKey(e, shift)) {
            e.doit = false;
            return;
        }
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> arrow(Direction.LEFT, shift);
            case SWT.ARROW_RIGHT -> arrow(Direction.RIGHT, shift);
            case SWT.ARROW_UP -> arrow(Direction.UP, shift);
            case SWT.ARROW_DOWN -> arrow(Direction.DOWN, shift);
            case SWT.HOME, SWT.END -> edge(e.keyCode == SWT.HOME);
            case SWT.PAGE_UP, SWT.PAGE_DOWN -> page(e.keyCode == SWT.PAGE_DOWN, shift);
            case SWT.CR, SWT.KEYPAD_CR -> viewer.fireOpen();
            case SWT.F2 -> {
                if (viewer.getFocusedElement() != null) {
                    viewer.requestEdit(viewer.getFocusedElement());
                }
            }
            case SWT.ESC -> {
                if (!gestures.cancel()) {
                    viewer.select(List.of(), null, false);
                }
            }
            case SWT.TAB -> tab(!shift);
            case ' ' -> toggle(mod1);
            default -> {
                if (mod1 && (e.keyCode == 'f' || e.keyCode == 'F')) {
                    viewer.showFind();
                } else if (mod1 && (e.keyCode == 'a' || e.keyCode == 'A')) {
                    selectAllNodes();
                } else {
                    return;
                }
            }
        }
        e.doit = false;
    }

    private boolean zoomKey(Event e, boolean shift) {
        int code = e.keyCode;
        char c = e.character;
        if (code == '=' || code == '+' || code == SWT.KEYPAD_ADD || c == '+' || c == '=') {
            viewer.zoomIn();
        } else if (code == '-' || code == SWT.KEYPAD_SUBTRACT || c == '-') {
            viewer.zoomOut();
        } else if ((code == '0' || code == ')' || code == SWT.KEYPAD_0) && shift) {
            viewer.zoomToFit();
        } else if (code == '0' || code == SWT.KEYPAD_0) {
            viewer.setZoom(1);
        } else {
            return false;
        }
        return true;
    }

    private void arrow(Direction direction, boolean extend) {
        Navigation nav = viewer.getNavigation();
        if (nav == null) {
            return;
        }
        DiagramElement next = nav.move(viewer.getFocusedElement(), direction);
        if (next == null) {
            return;
        }
        go(next, extend);
    }

    private void go(DiagramElement next, boolean extend) {
        if (extend) {
            Set<DiagramElement> selection = new LinkedHashSet<>(viewer.getSelectedElements());
            selection.add(next);
            viewer.select(selection, next, true);
        } else {
            viewer.select(List.of(next), next, true);
        }
    }

    private void tab(boolean forward) {
        Navigation nav = viewer.getNavigation();
        DiagramElement next = nav == null ? null : nav.tab(viewer.getFocusedElement(), forward);
        if (next != null) {
            go(next, false);
        }
    }

    private void edge(boolean first) {
        Navigation nav = viewer.getNavigation();
        if (nav != null && !nav.order().isEmpty()) {
            go(nav.order().get(first ? 0 : nav.order().size() - 1), false);
        }
    }

    private void page(boolean down, boolean sideways) {
        Rectangle area = canvas.getClientArea();
        int step = (sideways ? area.width : area.height) * 9 / 10 * (down ? 1 : -1);
        if (sideways) {
            viewer.scrollTo(viewer.getOriginX() + step, viewer.getOriginY());
        } else {
            viewer.scrollTo(viewer.getOriginX(), viewer.getOriginY() + step);
        }
    }

    private void toggle(boolean mod1) {
        DiagramElement focused = viewer.getFocusedElement();
        if (focused == null) {
            return;
        }
        List<DiagramElement> selection = new ArrayList<>(viewer.getSelectedElements());
        if (mod1 && selection.contains(focused)) {
            selection.remove(focused);
        } else if (!selection.contains(focused)) {
            if (!mod1) {
                selection.clear();
            }
            selection.add(focused);
        }
        viewer.select(selection, focused, false);
    }

    private void selectAllNodes() {
        if (viewer.getDiagram() != null) {
            viewer.select(viewer.getDiagram().allNodes(), viewer.getFocusedElement(), false);
        }
    }
}
