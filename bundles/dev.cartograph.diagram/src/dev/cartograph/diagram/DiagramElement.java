// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every element of a {@link Diagram} has: a stable id, a kind, the model element it stands
 * for, a label, a style, badges, and the bounds a layout gives it.
 * <p>
 * The id is unique in its diagram and stable across rebuilds of the same model (a model
 * element's id, with a prefix when one element appears more than once), so that a selection, a
 * scroll position and the SVG survive a rebuild.
 */
public abstract sealed class DiagramElement permits Node, Edge, Band, Curve {

    private final String id;
    private final String kind;
    private final Object semantic;
    private String label = ""; //$NON-NLS-1$
    private String tooltip;
    private Style style = Style.DEFAULT;
    private final List<Badge> badges = new ArrayList<>();
    private Bounds bounds = Bounds.EMPTY;

    /**
     * @param id unique in the diagram, stable across rebuilds
     * @param kind what it is, for styles and tests ({@code "stage"}, {@code "friction"}...)
     * @param semantic the model element it stands for, or {@code null} for decoration
     */
    protected DiagramElement(String id, String kind, Object semantic) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.semantic = semantic;
    }

    /** @return the id, unique in the diagram */
    public String id() {
        return id;
    }

    /** @return the kind */
    public String kind() {
        return kind;
    }

    /** @return the model element it stands for, or {@code null} */
    public Object semantic() {
        return semantic;
    }

    /** @return the label, never {@code null} */
    public String label() {
        return label;
    }

    /** @param value the label ({@code null} is taken as empty) */
    public void setLabel(String value) {
        this.label = value == null ? "" : value; //$NON-NLS-1$
    }

    /** @return the tooltip: the full text of what is shown shortened, or {@code null} */
    public String tooltip() {
        return tooltip;
    }

    /** @param value the tooltip, or {@code null} */
    public void setTooltip(String value) {
        this.tooltip = value;
    }

    /** @return the style */
    public Style style() {
        return style;
    }

    /** @param value the style */
    public void setStyle(Style value) {
        this.style = Objects.requireNonNull(value);
    }

    /** @return the badges (modifiable), drawn in order */
    public List<Badge> badges() {
        return badges;
    }

    /** @return the bounds the layout gave it ({@link Bounds#EMPTY} before layout) */
    public Bounds bounds() {
        return bounds;
    }

    /** @param value the bounds (set by layouts) */
    public void setBounds(Bounds value) {
        this.bounds = Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return kind + ' ' + id + " '" + label + '\''; //$NON-NLS-1$
    }
}
