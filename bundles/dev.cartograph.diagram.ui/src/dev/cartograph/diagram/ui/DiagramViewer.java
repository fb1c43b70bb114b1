// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.util.SafeRunnable;
import org.eclipse.jface.viewers.IOpenListener;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.OpenEvent;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.ui.internal.BackBuffer;
import dev.cartograph.diagram.ui.internal.ElementIndex;
import dev.cartograph.diagram.ui.internal.Navigation;
import dev.cartograph.diagram.ui.internal.Viewport;

/**
 * Shows a laid-out {@link Diagram} on an SWT canvas, the way a JFace viewer shows a model: its
 * selection is the model elements ({@link DiagramElement#semantic()}) of the selected diagram
 * elements, and setting a selection from outside selects (and may reveal) the elements that stand
 * for them.
 * <p>
 * What the user can do, with the mouse: click to select (Ctrl-click toggles, Shift-click adds),
 * drag on an empty place for a selection rectangle, double-click to open, wheel to scroll
 * (Shift+wheel sideways), Ctrl+wheel to zoom about the pointer, hover for the full text of
 * anything shortened, and drag an element where a {@link DragParticipant} accepts it. With the
 * keyboard: arrows to the nearest element in that direction (Shift extends the selection), Tab and
 * Shift+Tab through every element in reading order (then on to the next control), Enter to
 * open, F2 to ask for a direct edit, Ctrl+= / Ctrl+- to zoom, Ctrl+0 for 100%, Ctrl+Shift+0 to
 * fit, Ctrl+F to find an element by its label, Ctrl+A to select every node, the context-menu key
 * for the menu set with {@link Control#setMenu}. Screen readers are told the focused element's
 * name and kind.
 * <p>
 * It paints the diagram once into an off-screen {@linkplain BackBuffer back buffer} (per diagram,
 * refresh and zoom; a change of selection repaints only around the elements concerned), and
 * scrolling or exposing the canvas copies from it.
 * Nothing here knows about a particular map: maps set a diagram, listen, and turn what the
 * handlers report into commands.
 */
public class DiagramViewer extends Viewer implements IPostSelectionProvider {

    private final Canvas canvas;
    private final DiagramResources resources;
    private final Viewport viewport = new Viewport();
    private final Gestures gestures;
    private final Keys keys;
    private final ViewerAccessibility accessibility;
    private final FindBar findBar;
    private final DiagramPainter painter = new DiagramPainter();
    private final BackBuffer buffer;
    private final ListenerList<IOpenListener> openListeners = new ListenerList<>();
    private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
    private final ListenerList<Consumer<DiagramElement>> editListeners = new ListenerList<>();
    private final ListenerList<Runnable> viewportListeners = new ListenerList<>();
    private final ListenerList<Runnable> contentListeners = new ListenerList<>();
    private final List<DragParticipant> dragParticipants = new ArrayList<>();
    private final LinkedHashSet<DiagramElement> selection = new LinkedHashSet<>();
    private Set<String> highlighted = Set.of();
    private boolean dimOthers;
    private DiagramElement focused;
    private Diagram diagram;
    private ElementIndex index;
    private Navigation navigation;
    private Map<Object, List<DiagramElement>> bySemantic = Map.of();
    private Function<DiagramElement, String> kindLabels = DiagramElement::kind;

    /**
     * @param parent where the canvas goes
     */
    public DiagramViewer(Composite parent) {
        this(parent, SWT.BORDER);
    }

    /**
     * @param parent where the canvas goes
     * @param style SWT style bits for the canvas (scroll bars and double buffering are added)
     */
    public DiagramViewer(Composite parent, int style) {
        canvas = new Canvas(parent, style | SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        resources = DiagramResources.of(canvas);
        buffer = new BackBuffer(canvas.getDisplay());
        canvas.addListener(SWT.Dispose, e -> buffer.clear());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> resized());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), viewport.originY()));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(viewport.originX(), canvas.getVerticalBar().getSelection()));
        canvas.addListener(SWT.FocusIn, e -> redrawFocused());
        canvas.addListener(SWT.FocusOut, e -> redrawFocused());
        gestures = new Gestures(this);
        keys = new Keys(this, gestures);
        accessibility = new ViewerAccessibility(this);
        findBar = new FindBar(this);
        setDiagram(null);
    }

    // ----- input

    @Override
    public Control getControl() {
        return canvas;
    }

    /** @return the canvas */
    public Canvas getCanvas() {
        return canvas;
    }

    /** @return the colours and fonts it paints with, disposed with the canvas */
    public DiagramResources getResources() {
        return resources;
    }

    @Override
    public Object getInput() {
        return diagram;
    }

    /**
     * @param input a laid-out {@link Diagram}, or {@code null}
     */
    @Override
    public void setInput(Object input) {
        setDiagram((Diagram) input);
    }

    /** @return the diagram shown, or {@code null} */
    public Diagram getDiagram() {
        return diagram;
    }

    /**
     * Shows a laid-out diagram. A diagram rebuilt from the same model (after an edit) keeps the
     * zoom, the scroll position, the selection and the focus, matched by element id.
     *
     * @param value a laid-out diagram, or {@code null} for none
     */
    public void setDiagram(Diagram value) {
        Object oldInput = diagram;
        List<String> selectedIds = selection.stream().map(DiagramElement::id).toList();
        String focusedId = focused == null ? null : focused.id();
        diagram = value;
        buffer.clear();
        reindex();
        selection.clear();
        focused = null;
        if (diagram != null) {
            for (String id : selectedIds) {
                DiagramElement e = diagram.find(id);
                if (e != null) {
                    selection.add(e);
                }
            }
            focused = focusedId == null ? null : diagram.find(focusedId);
        }
        updateScrollBars();
        canvas.redraw();
        fireContentChanged();
        if (oldInput != value) {
            inputChanged(value, oldInput);
        }
        if (!selectedIds.equals(selection.stream().map(DiagramElement::id).toList())) {
            fireSelection();
        }
    }

    /**
     * Repaints after the diagram's elements changed in place (styles, badges, labels), and
     * takes new bounds into account if it was laid out again.
     */
    @Override
    public void refresh() {
        buffer.clear();
        reindex();
        selection.removeIf(e -> diagram == null || diagram.find(e.id()) != e);
        updateScrollBars();
        canvas.redraw();
        fireContentChanged();
    }

    private void reindex() {
        if (diagram == null) {
            index = null;
            navigation = null;
            bySemantic = Map.of();
            viewport.setContent(Bounds.EMPTY);
            return;
        }
        index = new ElementIndex(diagram);
        navigation = new Navigation(diagram);
        Map<Object, List<DiagramElement>> map = new HashMap<>();
        for (DiagramElement e : diagram.elements()) {
            if (e.semantic() != null) {
                map.computeIfAbsent(e.semantic(), k -> new ArrayList<>(1)).add(e);
            }
        }
        bySemantic = map;
        viewport.setContent(diagram.bounds());
    }

    // ----- selection

    /** @return the model elements of the selected diagram elements, in selection order, once each */
    @Override
    public IStructuredSelection getSelection() {
        LinkedHashSet<Object> semantics = new LinkedHashSet<>();
        for (DiagramElement e : selection) {
            if (e.semantic() != null) {
                semantics.add(e.semantic());
            }
        }
        return new StructuredSelection(new ArrayList<>(semantics));
    }

    /**
     * @param element an element
     * @return whether it is selected
     */
    public boolean isSelected(DiagramElement element) {
        return selection.contains(element);
    }

    /** @return the selected diagram elements, in selection order */
    public List<DiagramElement> getSelectedElements() {
        return List.copyOf(selection);
    }

    /**
     * Selects the diagram elements that stand for the model elements of a structured selection
     * (or diagram elements themselves), and tells the listeners if that changed the selection.
     *
     * @param value a structured selection, or anything else for none
     * @param reveal whether to scroll the first of them into view
     */
    @Override
    public void setSelection(ISelection value, boolean reveal) {
        List<DiagramElement> elements = new ArrayList<>();
        if (value instanceof IStructuredSelection structured && diagram != null) {
            for (Object o : structured.toList()) {
                if (o instanceof DiagramElement e) {
                    elements.add(e);
                } else {
                    elements.addAll(bySemantic.getOrDefault(o, List.of()));
                }
            }
        }
        setSelectedElements(elements, reveal);
    }

    /**
     * Selects diagram elements, moves the focus to the first, and tells the listeners if that
     * changed the selection.
     *
     * @param elements elements of the diagram shown
     * @param reveal whether to scroll the first into view
     */
    public void setSelectedElements(Collection<? extends DiagramElement> elements, boolean reveal) {
        select(elements, elements.isEmpty() ? focused : elements.iterator().next(), reveal);
    }

    /** Selects elements, moves the focus, and tells the listeners if the selection changed. */
    void select(Collection<? extends DiagramElement> elements, DiagramElement focus, boolean reveal) {
        List<DiagramElement> before = List.copyOf(selection);
        selection.clear();
        selection.addAll(elements);
        if (focus != null) {
            focused = focus;
            accessibility.focusMoved();
            if (reveal) {
                reveal(focus);
            }
        }
        canvas.redraw();
        if (!before.equals(List.copyOf(selection))) {
            fireSelection();
        }
    }

    private void fireSelection() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        fireSelectionChanged(event);
        // A click or a key is one deliberate change: the post selection (which the Properties view
        // follows) is told at once, not after a pause as for a list's arrow keys.
        for (ISelectionChangedListener l : postListeners) {
            SafeRunnable.run(new SafeRunnable() {
                @Override
                public void run() {
                    l.selectionChanged(event);
                }
            });
        }
        accessibility.selectionChanged();
    }

    /** @param listener told of every change of the selection, as {@link #addSelectionChangedListener} */
    @Override
    public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.add(listener);
    }

    /** @param listener no longer told */
    @Override
    public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
        postListeners.remove(listener);
    }

    /**
     * Shows some elements highlighted (a trace, a filter's matches), the others faded or not.
     *
     * @param semantics model elements (or diagram elements) to highlight; empty for none
     * @param dim whether to fade everything else
     */
    public void setHighlighted(Collection<?> semantics, boolean dim) {
        Set<String> ids = new LinkedHashSet<>();
        for (Object o : semantics) {
            if (o instanceof DiagramElement e) {
                ids.add(e.id());
            } else {
                bySemantic.getOrDefault(o, List.of()).forEach(e -> ids.add(e.id()));
            }
        }
        highlighted = Set.copyOf(ids);
        dimOthers = dim && !ids.isEmpty();
        canvas.redraw();
    }

    /** @return the ids of the highlighted elements */
    public Set<String> getHighlightedIds() {
        return highlighted;
    }

    /** @return what the painter is told besides the diagram: selection, highlights, focus */
    public PaintState getPaintState() {
        Set<String> selected = new LinkedHashSet<>();
        selection.forEach(e -> selected.add(e.id()));
        Set<String> lit = findBar.isOpen() ? findBar.matchIds() : highlighted;
        String focus = focused != null && canvas.isFocusControl() ? focused.id() : null;
        return new PaintState(selected, lit, focus, dimOthers && !findBar.isOpen());
    }

    // ----- focus and keyboard

    /** @return the element with the keyboard focus, or {@code null} */
    public DiagramElement getFocusedElement() {
        return focused;
    }

    /**
     * Moves the keyboard focus to an element (without selecting it) and scrolls it into view.
     *
     * @param element an element of the diagram, or {@code null}
     */
    public void setFocusedElement(DiagramElement element) {
        focused = element;
        if (element != null) {
            reveal(element);
        }
        accessibility.focusMoved();
        canvas.redraw();
    }

    /** @return the keyboard order and arrow navigation of the diagram shown, or {@code null} */
    Navigation getNavigation() {
        return navigation;
    }

    /**
     * @param value gives each element the name of its kind in the user's language (for screen
     *            readers); by default the kind's id
     */
    public void setKindLabels(Function<DiagramElement, String> value) {
        kindLabels = Objects.requireNonNull(value);
    }

    /**
     * @param element an element
     * @return the name of its kind, for people
     */
    public String kindLabel(DiagramElement element) {
        return kindLabels.apply(element);
    }

    // ----- listeners

    /** @param listener told on Enter and double-click, with the selection */
    public void addOpenListener(IOpenListener listener) {
        openListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeOpenListener(IOpenListener listener) {
        openListeners.remove(listener);
    }

    /** Tells the open listeners that the user opened the selection (Enter, double-click). */
    public void fireOpen() {
        OpenEvent event = new OpenEvent(this, getSelection());
        for (IOpenListener l : openListeners) {
            SafeRunnable.run(new SafeRunnable() {
                @Override
                public void run() {
                    l.open(event);
                }
            });
        }
    }

    /** @param listener told when the user asks to edit an element's name in place (F2) */
    public void addEditRequestListener(Consumer<DiagramElement> listener) {
        editListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeEditRequestListener(Consumer<DiagramElement> listener) {
        editListeners.remove(listener);
    }

    /**
     * Asks the edit listeners (a {@link DirectEditHandler}) to edit an element in place.
     *
     * @param element the element
     */
    public void requestEdit(DiagramElement element) {
        for (Consumer<DiagramElement> l : editListeners) {
            SafeRunnable.run(new SafeRunnable() {
                @Override
                public void run() {
                    l.accept(element);
                }
            });
        }
    }

    /** @param listener told when the zoom, the scroll position or the canvas size change */
    public void addViewportListener(Runnable listener) {
        viewportListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeViewportListener(Runnable listener) {
        viewportListeners.remove(listener);
    }

    /** @param listener told when another diagram is shown or the diagram is refreshed */
    public void addContentListener(Runnable listener) {
        contentListeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeContentListener(Runnable listener) {
        contentListeners.remove(listener);
    }

    private void fireViewportChanged() {
        viewportListeners.forEach(Runnable::run);
    }

    private void fireContentChanged() {
        contentListeners.forEach(Runnable::run);
    }

    /** @param participant asked what to do while the user drags an element (in order of addition) */
    public void addDragParticipant(DragParticipant participant) {
        dragParticipants.add(participant);
    }

    /** @param participant no longer asked */
    public void removeDragParticipant(DragParticipant participant) {
        dragParticipants.remove(participant);
    }

    /** @return the drag participants, in order */
    public List<DragParticipant> getDragParticipants() {
        return List.copyOf(dragParticipants);
    }

    // ----- geometry

    /**
     * @param x canvas x
     * @param y canvas y
     * @return the element under that canvas point (innermost node first, then edges, then bands
     *         that stand for model elements), or {@code null}
     */
    public DiagramElement elementAt(int x, int y) {
        if (index == null) {
            return null;
        }
        Point p = viewport.toDiagram(x, y);
        return index.at(p.x(), p.y(), 4 / viewport.zoom());
    }

    /**
     * @param area an area of the diagram, in diagram units
     * @return the nodes entirely inside it
     */
    public List<Node> nodesIn(Bounds area) {
        return index == null ? List.of() : index.nodesIn(area);
    }

    /**
     * @param x canvas x
     * @param y canvas y
     * @return the diagram point under it
     */
    public Point toDiagram(int x, int y) {
        return viewport.toDiagram(x, y);
    }

    /**
     * @param x canvas x
     * @param y canvas y
     * @param width canvas width
     * @param height canvas height
     * @return that area of the canvas, in diagram units
     */
    public Bounds toDiagram(int x, int y, int width, int height) {
        return viewport.toDiagram(x, y, width, height);
    }

    /**
     * @param bounds diagram bounds
     * @return where they are on the canvas, in pixels
     */
    public Rectangle toCanvas(Bounds bounds) {
        int[] r = viewport.toCanvas(bounds);
        return new Rectangle(r[0], r[1], r[2], r[3]);
    }

    /** @return the part of the diagram shown, in diagram units */
    public Bounds getVisibleArea() {
        return viewport.visibleArea();
    }

    // ----- zoom and scroll

    /** @return canvas pixels per diagram unit (1 is 100%) */
    public double getZoom() {
        return viewport.zoom();
    }

    /** @param zoom the zoom wanted, about the centre of the canvas */
    public void setZoom(double zoom) {
        Rectangle area = canvas.getClientArea();
        setZoom(zoom, area.width / 2, area.height / 2);
    }

    /**
     * Zooms keeping the diagram point under a canvas point where it is.
     *
     * @param zoom the zoom wanted
     * @param x canvas x that stays put
     * @param y canvas y that stays put
     */
    public void setZoom(double zoom, int x, int y) {
        if (zoom != viewport.zoom()) {
            buffer.clear();
        }
        viewport.setZoom(zoom, x, y);
        updateScrollBars();
        canvas.redraw();
        fireViewportChanged();
    }

    /** Zooms in one step. */
    public void zoomIn() {
        setZoom(viewport.step(true));
    }

    /** Zooms out one step. */
    public void zoomOut() {
        setZoom(viewport.step(false));
    }

    /** @param in whether in, about a canvas point */
    public void zoomStep(boolean in, int x, int y) {
        setZoom(viewport.step(in), x, y);
    }

    /** Zooms so that the whole diagram shows (never above 100%), from the top left. */
    public void zoomToFit() {
        buffer.clear();
        viewport.setZoom(viewport.fitZoom(), 0, 0);
        viewport.setOrigin(0, 0);
        updateScrollBars();
        canvas.redraw();
        fireViewportChanged();
    }

    /**
     * Scrolls to a position: the canvas is copied from the back buffer, where only the tiles that
     * come into view for the first time are painted.
     *
     * @param x the horizontal scroll position, in canvas pixels
     * @param y the vertical one
     */
    public void scrollTo(int x, int y) {
        int oldX = viewport.originX();
        int oldY = viewport.originY();
        viewport.setOrigin(x, y);
        int dx = oldX - viewport.originX();
        int dy = oldY - viewport.originY();
        if (dx == 0 && dy == 0) {
            updateScrollBars();
            return;
        }
        canvas.redraw();
        updateScrollBars();
        fireViewportChanged();
    }

    /** @return the horizontal scroll position, in canvas pixels */
    public int getOriginX() {
        return viewport.originX();
    }

    /** @return the vertical scroll position, in canvas pixels */
    public int getOriginY() {
        return viewport.originY();
    }

    /**
     * Scrolls as little as needed for an element to show.
     *
     * @param element an element of the diagram
     */
    public void reveal(DiagramElement element) {
        reveal(element.bounds());
    }

    /**
     * Scrolls as little as needed for an area to show.
     *
     * @param area diagram bounds
     */
    public void reveal(Bounds area) {
        int x = viewport.originX();
        int y = viewport.originY();
        Viewport probe = new Viewport();
        probe.setContent(viewport.content());
        probe.setClientSize(viewport.clientWidth(), viewport.clientHeight());
        probe.setZoom(viewport.zoom(), 0, 0);
        probe.setOrigin(x, y);
        probe.reveal(area);
        scrollTo(probe.originX(), probe.originY());
    }

    /**
     * Scrolls so that a diagram point is in the middle of the canvas.
     *
     * @param x diagram x
     * @param y diagram y
     */
    public void centerOn(double x, double y) {
        Viewport probe = new Viewport();
        probe.setContent(viewport.content());
        probe.setClientSize(viewport.clientWidth(), viewport.clientHeight());
        probe.setZoom(viewport.zoom(), 0, 0);
        probe.centerOn(x, y);
        scrollTo(probe.originX(), probe.originY());
    }

    private void resized() {
        Rectangle area = canvas.getClientArea();
        viewport.setClientSize(area.width, area.height);
        updateScrollBars();
        canvas.redraw();
        fireViewportChanged();
    }

    private void updateScrollBars() {
        // A scroll bar that appears or goes (where they are not drawn over the canvas) changes the
        // client area, which may call for the other bar: twice is enough.
        for (int pass = 0; pass < 3; pass++) {
            Rectangle area = canvas.getClientArea();
            viewport.setClientSize(area.width, area.height);
            buffer.setViewSize(area.width, area.height);
            bar(canvas.getHorizontalBar(), viewport.originX(), viewport.contentWidth(), area.width);
            bar(canvas.getVerticalBar(), viewport.originY(), viewport.contentHeight(), area.height);
            if (canvas.getClientArea().equals(area)) {
                return;
            }
        }
    }

    private static void bar(ScrollBar bar, int selection, int content, int client) {
        if (bar == null) {
            return;
        }
        int thumb = Math.max(1, Math.min(client, content));
        bar.setValues(selection, 0, Math.max(content, 1), thumb, 24, Math.max(1, client - 24));
        bar.setVisible(content > client);
    }

    // ----- find

    /**
     * @param text what the user typed
     * @return the elements whose label holds it (ignoring case and accents), in Tab order
     */
    public List<DiagramElement> find(String text) {
        String wanted = fold(text);
        if (wanted.isEmpty() || navigation == null) {
            return List.of();
        }
        return navigation.order().stream().filter(e -> fold(e.label()).contains(wanted)).toList();
    }

    /**
     * Selects, focuses and reveals the next element whose label holds a text.
     *
     * @param text what the user typed
     * @param forward after the focused element (true) or before it
     * @param includeFocused whether the focused element itself may be found (as typing does)
     * @return the element found, or {@code null}
     */
    public DiagramElement findNext(String text, boolean forward, boolean includeFocused) {
        List<DiagramElement> hits = find(text);
        if (hits.isEmpty()) {
            return null;
        }
        Set<DiagramElement> hitSet = new java.util.HashSet<>(hits);
        List<DiagramElement> order = navigation.order();
        int n = order.size();
        int step = forward ? 1 : -1;
        int start = focused == null || !order.contains(focused) ? (forward ? 0 : n - 1)
                : order.indexOf(focused) + (includeFocused ? 0 : step);
        DiagramElement found = null;
        for (int k = 0; k < n && found == null; k++) {
            DiagramElement candidate = order.get(Math.floorMod(start + k * step, n));
            if (hitSet.contains(candidate)) {
                found = candidate;
            }
        }
        if (found != null) {
            setSelectedElements(List.of(found), true);
        }
        return found;
    }

    private static String fold(String s) {
        String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD); //$NON-NLS-1$
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Opens the find field over the canvas (Ctrl+F). */
    public void showFind() {
        findBar.open();
    }

    /** @return the find field */
    FindBar getFindBar() {
        return findBar;
    }

    // ----- painting

    private void paint(Event e) {
        GC gc = e.gc;
        if (diagram == null) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(e.x, e.y, e.width, e.height);
            return;
        }
        Diagram shown = diagram;
        PaintState state = getPaintState();
        buffer.paint(gc, new Rectangle(e.x, e.y, e.width, e.height), viewport, state, id -> boundsOf(shown, id),
                (tile, offsetX, offsetY, clip) -> {
                    try (SwtGraphics g = new SwtGraphics(tile, resources, viewport.zoom(), offsetX, offsetY)) {
                        painter.paint(shown, g, state, clip);
                    }
                });
        gestures.paintFeedback(gc);
    }

    /** @return where an element and its marks are, edges by their route; {@code null} if not found */
    private static Bounds boundsOf(Diagram diagram, String id) {
        DiagramElement e = diagram.find(id);
        if (e instanceof dev.cartograph.diagram.Edge edge && edge.route().size() < 2) {
            return edge.source().bounds().union(edge.target().bounds());
        }
        if (e instanceof dev.cartograph.diagram.Edge edge) {
            double left = Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (Point p : edge.route()) {
                left = Math.min(left, p.x());
                top = Math.min(top, p.y());
                right = Math.max(right, p.x());
                bottom = Math.max(bottom, p.y());
            }
            return new Bounds(left, top, right - left, bottom - top);
        }
        return e == null ? null : e.bounds();
    }

    /** @return the back buffer (for tests and the benchmark) */
    BackBuffer getBackBuffer() {
        return buffer;
    }

    private void redrawFocused() {
        if (focused != null) {
            Rectangle r = toCanvas(focused.bounds().expand(6));
            canvas.redraw(r.x, r.y, r.width, r.height, false);
        }
    }

    /** @return the accessibility of the canvas */
    ViewerAccessibility getAccessibility() {
        return accessibility;
    }
}
