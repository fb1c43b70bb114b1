// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A box of the diagram: a stage, a friction, a step, a use case; or a container of other nodes
 * (a workflow on the portfolio map).
 * <p>
 * Where it goes is said, not drawn: the band of its row ({@link #lane()}) and of its column
 * ({@link #column()}), its position among its siblings ({@link #order()}, model order), and a
 * width hint. The layout computes its bounds and the lines its label wraps to.
 */
public final class Node extends DiagramElement {

    private Node parent;
    private final List<Node> children = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private String lane;
    private String column;
    private int order;
    private double widthHint;
    private boolean collapsed;
    private List<String> labelLines = List.of();
    private List<String> detailLines = List.of();

    /**
     * @param id unique in the diagram, stable across rebuilds
     * @param kind what it is
     * @param semantic the model element it stands for, or {@code null}
     */
    public Node(String id, String kind, Object semantic) {
        super(id, kind, semantic);
    }

    /** @return the container, or {@code null} for a top-level node */
    public Node parent() {
        return parent;
    }

    /** @return the nodes inside this one, in order (unmodifiable; add with {@link #add(Node)}) */
    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    /**
     * Puts a node inside this one.
     *
     * @param child a node without a container
     * @return the child
     */
    public Node add(Node child) {
        if (child.parent != null) {
            throw new IllegalArgumentException(child + " is already in " + child.parent); //$NON-NLS-1$
        }
        child.parent = this;
        children.add(child);
        return child;
    }

    /** @return whether it holds other nodes */
    public boolean isContainer() {
        return !children.isEmpty();
    }

    /** @return the smaller lines of text under the label (figures, counts), modifiable */
    public List<String> details() {
        return details;
    }

    /** @return the id of the {@link BandKind#ROW} band (or region) it sits in, or {@code null} */
    public String lane() {
        return lane;
    }

    /** @param value the id of its row band or region, or {@code null} */
    public void setLane(String value) {
        this.lane = value;
    }

    /** @return the id of the {@link BandKind#COLUMN} band it sits in, or {@code null} */
    public String column() {
        return column;
    }

    /** @param value the id of its column band, or {@code null} */
    public void setColumn(String value) {
        this.column = value;
    }

    /** @return its position among the nodes of the same cell or container (model order) */
    public int order() {
        return order;
    }

    /** @param value its position among the nodes of the same cell or container */
    public void setOrder(int value) {
        this.order = value;
    }

    /** @return the width it asks for, or 0 for the layout's default */
    public double widthHint() {
        return widthHint;
    }

    /** @param value the width it asks for, or 0 for the layout's default */
    public void setWidthHint(double value) {
        this.widthHint = value;
    }

    /** @return whether a container is shown closed (a summary instead of its children) */
    public boolean isCollapsed() {
        return collapsed;
    }

    /** @param value whether a container is shown closed */
    public void setCollapsed(boolean value) {
        this.collapsed = value;
    }

    /** @return the label as the layout wrapped it to the node's width (empty before layout) */
    public List<String> labelLines() {
        return labelLines;
    }

    /** @param lines the label's lines (set by layouts) */
    public void setLabelLines(List<String> lines) {
        this.labelLines = List.copyOf(lines);
    }

    /** @return the details as the layout fitted them (empty before layout) */
    public List<String> detailLines() {
        return detailLines;
    }

    /** @param lines the details' lines (set by layouts) */
    public void setDetailLines(List<String> lines) {
        this.detailLines = List.copyOf(lines);
    }
}
