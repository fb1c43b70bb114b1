// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;

/**
 * What the mouse does on a {@link DiagramViewer}: clicks that select, the selection rectangle,
 * dragging an element for the {@link DragParticipant}s and the feedback shown meanwhile, the
 * wheel, double-clicks, the context menu's target and tooltips.
 */
final class Gestures {

    static final Rgb ACCENT = Rgb.of(0x1d4ed8);
    private static final int THRESHOLD = 4;
    private static final int WHEEL_PIXELS = 16;

    private enum Mode {
        NONE, PRESSED, DRAG, RUBBER
    }

    private final DiagramViewer viewer;
    private final Canvas canvas;
    private Mode mode = Mode.NONE;
    private int downX;
    private int downY;
    private int x;
    private int y;
    private int modifiers;
    private DiagramElement pressed;
    private DragFeedback feedback;
    private DragParticipant owner;
    private DiagramElement hover;

    Gestures(DiagramViewer viewer) {
        this.viewer = viewer;
        this.canvas = viewer.getCanvas();
        canvas.addListener(SWT.MouseDown, this::down);
        canvas.addListener(SWT.MouseMove, this::move);
        canvas.addListener(SWT.MouseUp, this::up);
        canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MenuDetect, this::menu);
        canvas.addListener(SWT.MouseExit, e -> hover(null));
    }

    /** @return whether a drag or a selection rectangle is under way */
    boolean isActive() {
        return mode == Mode.DRAG || mode == Mode.RUBBER;
    }

    /** Stops a drag or rectangle without doing anything (Esc). */
    boolean cancel() {
        boolean active = isActive();
        reset();
        canvas.redraw();
        return active;
    }

    private void down(Event e) {
        if (e.button != 1) {
            return;
        }
        canvas.setFocus();
        downX = e.x;
        downY = e.y;
        x = e.x;
        y = e.y;
        modifiers = e.stateMask;
        pressed = viewer.elementAt(e.x, e.y);
        mode = Mode.PRESSED;
        List<DiagramElement> selection = new ArrayList<>(viewer.getSelectedElements());
        if ((modifiers & SWT.MOD1) != 0) {
            if (pressed != null && !selection.remove(pressed)) {
                selection.add(pressed);
            }
            viewer.select(selection, pressed, false);
        } else if ((modifiers & SWT.SHIFT) != 0) {
            if (pressed != null && !selection.contains(pressed)) {
                selection.add(pressed);
            }
            viewer.select(selection, pressed, false);
        } else if (pressed == null) {
            viewer.select(List.of(), null, false);
        } else if (!selection.contains(pressed)) {
            viewer.select(List.of(pressed), pressed, false);
        } else {
            viewer.setFocusedElement(pressed);
        }
    }

    private void move(Event e) {
        x = e.x;
        y = e.y;
        if (mode == Mode.PRESSED && (e.stateMask & SWT.BUTTON1) != 0
                && Math.max(Math.abs(x - downX), Math.abs(y - downY)) > THRESHOLD) {
            if (pressed != null && draggable(pressed)) {
                mode = Mode.DRAG;
                hover(null);
            } else if (pressed == null || pressed instanceof Band) {
                mode = Mode.RUBBER;
                hover(null);
            }
        }
        switch (mode) {
            case DRAG -> dragOver();
            case RUBBER -> canvas.redraw();
            case NONE -> hover(viewer.elementAt(x, y));
            default -> {
                // A press that has not become a drag yet.
            }
        }
    }

    private boolean draggable(DiagramElement element) {
        for (DragParticipant p : viewer.getDragParticipants()) {
            if (p.canDrag(element)) {
                return true;
            }
        }
        return false;
    }

    private void dragOver() {
        DiagramElement under = viewer.elementAt(x, y);
        if (under == pressed || isInside(under, pressed)) {
            under = null;
        }
        Point at = viewer.toDiagram(x, y);
        feedback = null;
        owner = null;
        for (DragParticipant p : viewer.getDragParticipants()) {
            if (p.canDrag(pressed)) {
                DragFeedback f = p.dragOver(pressed, at, under);
                if (f != null) {
                    feedback = f;
                    owner = p;
                    break;
                }
            }
        }
        canvas.setCursor(canvas.getDisplay().getSystemCursor(feedback == null ? SWT.CURSOR_NO : SWT.CURSOR_HAND));
        canvas.redraw();
    }

    private static boolean isInside(DiagramElement element, DiagramElement container) {
        if (element instanceof Node n && container instanceof Node c) {
            for (Node p = n.parent(); p != null; p = p.parent()) {
                if (p == c) {
                    return true;
                }
            }
        }
        return false;
    }

    private void up(Event e) {
        if (e.button != 1) {
            return;
        }
        Mode was = mode;
        DiagramElement source = pressed;
        DragFeedback dropped = feedback;
        DragParticipant target = owner;
        Rectangle rubber = rubber();
        reset();
        if (was == Mode.DRAG) {
            canvas.redraw();
            if (dropped != null) {
                SafeRunnable.run(new SafeRunnable() {
                    @Override
                    public void run() {
                        target.drop(source, dropped);
                    }
                });
            }
        } else if (was == Mode.RUBBER) {
            canvas.redraw();
            Bounds area = viewer.toDiagram(rubber.x, rubber.y, rubber.width, rubber.height);
            Set<DiagramElement> chosen = new LinkedHashSet<>();
            if ((modifiers & (SWT.MOD1 | SWT.SHIFT)) != 0) {
                chosen.addAll(viewer.getSelectedElements());
            }
            chosen.addAll(viewer.nodesIn(area));
            viewer.select(chosen, chosen.isEmpty() ? null : chosen.iterator().next(), false);
        } else if (was == Mode.PRESSED && source != null && (modifiers & (SWT.MOD1 | SWT.SHIFT)) == 0
                && viewer.getSelectedElements().size() > 1) {
            viewer.select(List.of(source), source, false);
        }
    }

    private void reset() {
        mode = Mode.NONE;
        pressed = null;
        feedback = null;
        owner = null;
        if (!canvas.isDisposed()) {
            canvas.setCursor(null);
        }
    }

    private Rectangle rubber() {
        return new Rectangle(Math.min(downX, x), Math.min(downY, y), Math.abs(x - downX), Math.abs(y - downY));
    }

    private void doubleClick(Event e) {
        if (e.button == 1 && viewer.elementAt(e.x, e.y) != null) {
            viewer.fireOpen();
        }
    }

    private void wheel(Event e) {
        e.doit = false;
        if ((e.stateMask & SWT.MOD1) != 0) {
            if (e.count != 0) {
                viewer.zoomStep(e.count > 0, e.x, e.y);
            }
        } else if ((e.stateMask & SWT.SHIFT) != 0) {
            viewer.scrollTo(viewer.getOriginX() - e.count * WHEEL_PIXELS, viewer.getOriginY());
        } else {
            viewer.scrollTo(viewer.getOriginX(), viewer.getOriginY() - e.count * WHEEL_PIXELS);
        }
    }

    private void menu(Event e) {
        if (e.detail == SWT.MENU_KEYBOARD) {
            DiagramElement focused = viewer.getFocusedElement();
            if (focused != null) {
                Rectangle r = viewer.toCanvas(focused.bounds());
                org.eclipse.swt.graphics.Point p = canvas.toDisplay(r.x + Math.min(r.width / 2, 24), r.y + Math.min(r.height / 2, 24));
                e.x = p.x;
                e.y = p.y;
            }
            return;
        }
        org.eclipse.swt.graphics.Point p = canvas.toControl(e.x, e.y);
        DiagramElement hit = viewer.elementAt(p.x, p.y);
        if (hit == null) {
            viewer.select(List.of(), null, false);
        } else if (!viewer.isSelected(hit)) {
            viewer.select(List.of(hit), hit, false);
        }
    }

    private void hover(DiagramElement element) {
        if (element == hover || canvas.isDisposed()) {
            return;
        }
        hover = element;
        canvas.setToolTipText(element == null ? null : tooltip(element));
    }

    /**
     * @param element an element
     * @return its tooltip, else its label if the picture shortens it, else {@code null}
     */
    static String tooltip(DiagramElement element) {
        if (element.tooltip() != null && !element.tooltip().isBlank()) {
            return element.tooltip();
        }
        if (element instanceof Node node && !node.label().isEmpty()) {
            String shown = String.join(" ", node.labelLines()).replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
            String full = node.label().replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
            if (!shown.equals(full) && !shown.replace(" ", "").equals(full.replace(" ", ""))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                return node.label();
            }
        }
        return null;
    }

    /** Paints the rectangle or the drag's feedback over the diagram, in canvas pixels. */
    void paintFeedback(GC gc) {
        if (mode == Mode.RUBBER) {
            Rectangle r = rubber();
            Color accent = viewer.getResources().color(ACCENT);
            gc.setBackground(accent);
            gc.setAlpha(40);
            gc.fillRectangle(r);
            gc.setAlpha(255);
            gc.setForeground(accent);
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawRectangle(r);
            gc.setLineStyle(SWT.LINE_SOLID);
        } else if (mode == Mode.DRAG && pressed != null) {
            paintDrag(gc);
        }
    }

    private void paintDrag(GC gc) {
        Color accent = viewer.getResources().color(ACCENT);
        gc.setAntialias(SWT.ON);
        Rectangle ghost = viewer.toCanvas(pressed.bounds());
        ghost.x += x - downX;
        ghost.y += y - downY;
        gc.setBackground(accent);
        gc.setAlpha(30);
        gc.fillRoundRectangle(ghost.x, ghost.y, ghost.width, ghost.height, 8, 8);
        gc.setAlpha(200);
        gc.setForeground(accent);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawRoundRectangle(ghost.x, ghost.y, ghost.width, ghost.height, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setAlpha(255);
        if (feedback != null && feedback.target() != null) {
            Rectangle t = viewer.toCanvas(feedback.target().expand(3));
            gc.setAlpha(50);
            gc.fillRoundRectangle(t.x, t.y, t.width, t.height, 10, 10);
            gc.setAlpha(255);
            gc.setLineWidth(3);
            gc.drawRoundRectangle(t.x, t.y, t.width, t.height, 10, 10);
            gc.setLineWidth(1);
        }
        if (feedback != null && feedback.insertion() != null) {
            Rectangle bar = viewer.toCanvas(feedback.insertion());
            gc.fillRectangle(bar.x, bar.y, Math.max(3, bar.width), Math.max(3, bar.height));
        }
    }
}
