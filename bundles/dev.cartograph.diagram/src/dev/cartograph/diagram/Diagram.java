// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole diagram: its bands, nodes (top-level; containers hold the others), edges, curves and
 * legend. Built by a map from a model, laid out by a {@link dev.cartograph.diagram.layout
 * layout}, painted by {@link dev.cartograph.diagram.render.DiagramPainter}.
 * <p>
 * Nothing here refers to the model's classes: a diagram can be built, laid out and written
 * without EMF.
 */
public final class Diagram {

    private final String id;
    private String title = ""; //$NON-NLS-1$
    private String subtitle = ""; //$NON-NLS-1$
    private final List<Band> bands = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Curve> curves = new ArrayList<>();
    private Legend legend;
    private Bounds bounds = Bounds.EMPTY;
    private final Map<String, DiagramElement> byId = new LinkedHashMap<>();

    /** @param id the diagram's id (the map's kind and the model element's id) */
    public Diagram(String id) {
        this.id = Objects.requireNonNull(id);
    }

    /** @return the id */
    public String id() {
        return id;
    }

    /** @return the title drawn at the top */
    public String title() {
        return title;
    }

    /** @param value the title */
    public void setTitle(String value) {
        this.title = value == null ? "" : value; //$NON-NLS-1$
    }

    /** @return a second line under the title (what the map shows, the portfolio), or empty */
    public String subtitle() {
        return subtitle;
    }

    /** @param value the subtitle */
    public void setSubtitle(String value) {
        this.subtitle = value == null ? "" : value; //$NON-NLS-1$
    }

    /** @return the bands, in order of addition (unmodifiable) */
    public List<Band> bands() {
        return Collections.unmodifiableList(bands);
    }

    /**
     * @param kind a kind of band
     * @return the bands of that kind, by {@linkplain Band#order() order} (ties in order of
     *         addition)
     */
    public List<Band> bands(BandKind kind) {
        List<Band> found = new ArrayList<>();
        for (Band band : bands) {
            if (band.bandKind() == kind) {
                found.add(band);
            }
        }
        found.sort(Comparator.comparingInt(Band::order));
        return found;
    }

    /** @return the top-level nodes (unmodifiable) */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    /** @return the edges (unmodifiable) */
    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    /** @return the curves (unmodifiable) */
    public List<Curve> curves() {
        return Collections.unmodifiableList(curves);
    }

    /** @return the legend, or {@code null} */
    public Legend legend() {
        return legend;
    }

    /** @param value the legend, or {@code null} */
    public void setLegend(Legend value) {
        this.legend = value;
    }

    /** @return the area everything is drawn in (set by layouts) */
    public Bounds bounds() {
        return bounds;
    }

    /** @param value the area everything is drawn in (set by layouts) */
    public void setBounds(Bounds value) {
        this.bounds = Objects.requireNonNull(value);
    }

    /**
     * @param band a band
     * @return the band
     */
    public Band add(Band band) {
        register(band);
        bands.add(band);
        return band;
    }

    /**
     * Adds a top-level node; its children already added to it are registered too, and children
     * added to it later must be registered with {@link #register(DiagramElement)}.
     *
     * @param node a node without a container
     * @return the node
     */
    public Node add(Node node) {
        registerTree(node);
        nodes.add(node);
        return node;
    }

    /**
     * Puts a node inside a container of this diagram.
     *
     * @param container a node of this diagram
     * @param child a new node
     * @return the child
     */
    public Node add(Node container, Node child) {
        container.add(child);
        registerTree(child);
        return child;
    }

    /**
     * @param edge an edge between nodes of this diagram
     * @return the edge
     */
    public Edge add(Edge edge) {
        register(edge);
        edges.add(edge);
        return edge;
    }

    /**
     * @param curve a curve over this diagram's columns
     * @return the curve
     */
    public Curve add(Curve curve) {
        register(curve);
        curves.add(curve);
        return curve;
    }

    private void registerTree(Node node) {
        register(node);
        node.children().forEach(this::registerTree);
    }

    /**
     * Makes an element findable by id.
     *
     * @param element an element of this diagram
     */
    public void register(DiagramElement element) {
        DiagramElement previous = byId.putIfAbsent(element.id(), element);
        if (previous != null && previous != element) {
            throw new IllegalArgumentException("two elements with id " + element.id() + ": " + previous + ", " + element); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * @param elementId an id
     * @return the element with that id, or {@code null}
     */
    public DiagramElement find(String elementId) {
        return byId.get(elementId);
    }

    /** @return every node, containers before their children, in order */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>();
        nodes.forEach(n -> collect(n, all));
        return all;
    }

    private static void collect(Node node, List<Node> all) {
        all.add(node);
        node.children().forEach(c -> collect(c, all));
    }

    /** @return every element, in the order they were registered */
    public List<DiagramElement> elements() {
        return List.copyOf(byId.values());
    }

    /**
     * @param semantic a model element
     * @return the elements that stand for it (a use case can appear on several anchors)
     */
    public List<DiagramElement> elementsFor(Object semantic) {
        List<DiagramElement> found = new ArrayList<>();
        for (DiagramElement e : byId.values()) {
            if (semantic != null && semantic.equals(e.semantic())) {
                found.add(e);
            }
        }
        return found;
    }
}
