// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.List;
import java.util.Objects;

/**
 * A line from one node to another: a successor link, a trace from a friction to a step.
 */
public final class Edge extends DiagramElement {

    private final Node source;
    private final Node target;
    private boolean arrow = true;
    private List<Point> route = List.of();

    /**
     * @param id unique in the diagram, stable across rebuilds
     * @param kind what it is
     * @param semantic the model element (or relation) it stands for, or {@code null}
     * @param source where it starts
     * @param target where it ends
     */
    public Edge(String id, String kind, Object semantic, Node source, Node target) {
        super(id, kind, semantic);
        this.source = Objects.requireNonNull(source);
        this.target = Objects.requireNonNull(target);
    }

    /** @return where it starts */
    public Node source() {
        return source;
    }

    /** @return where it ends */
    public Node target() {
        return target;
    }

    /** @return whether an arrow head is drawn at the target */
    public boolean hasArrow() {
        return arrow;
    }

    /** @param value whether an arrow head is drawn at the target */
    public void setArrow(boolean value) {
        this.arrow = value;
    }

    /** @return the route, from source to target, bends included (empty before layout) */
    public List<Point> route() {
        return route;
    }

    /** @param points the route (set by layouts) */
    public void setRoute(List<Point> points) {
        this.route = List.copyOf(points);
    }
}
