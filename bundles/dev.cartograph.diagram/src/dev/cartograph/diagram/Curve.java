// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line chart over the columns of a diagram: one value per column band, from 0 to 1 (the pain
 * of each journey stage). The layout places it in its own strip above the columns and computes
 * its points; its label names it.
 */
public final class Curve extends DiagramElement {

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> valueLabels = new LinkedHashMap<>();
    private List<Point> points = List.of();

    /**
     * @param id unique in the diagram
     * @param kind what it is
     * @param semantic the model element it is about, or {@code null}
     */
    public Curve(String id, String kind, Object semantic) {
        super(id, kind, semantic);
    }

    /** @return the value of each column band, by the band's id, from 0 to 1 (modifiable) */
    public Map<String, Double> values() {
        return values;
    }

    /** @return the text shown at each column's point, by the band's id (modifiable) */
    public Map<String, String> valueLabels() {
        return valueLabels;
    }

    /**
     * @return the points, one per column band that has a value, in column order ({@link
     *         Diagram#bands(BandKind)}); set by layouts
     */
    public List<Point> points() {
        return points;
    }

    /** @param value the points (set by layouts) */
    public void setPoints(List<Point> value) {
        this.points = List.copyOf(value);
    }
}
