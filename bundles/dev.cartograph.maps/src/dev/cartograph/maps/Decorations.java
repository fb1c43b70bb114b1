// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Legend;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Style;

/**
 * What one layer adds to a diagram, recorded while the layer runs and applied afterwards, in
 * order, so that a layer that fails halfway changes nothing. Not thread-safe.
 */
public final class Decorations {

    private final List<Runnable> changes = new ArrayList<>();
    private final List<LegendItem> legend = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * Changes an element's style.
     *
     * @param element an element of the diagram
     * @param change from the style it has when applied to the new one
     * @return this
     */
    public Decorations restyle(DiagramElement element, UnaryOperator<Style> change) {
        Objects.requireNonNull(element);
        Objects.requireNonNull(change);
        changes.add(() -> element.setStyle(Objects.requireNonNull(change.apply(element.style()))));
        return this;
    }

    /**
     * Adds a badge to an element.
     *
     * @param element an element of the diagram
     * @param badge the badge (its text says what its colour says)
     * @return this
     */
    public Decorations badge(DiagramElement element, Badge badge) {
        Objects.requireNonNull(element);
        Objects.requireNonNull(badge);
        changes.add(() -> element.badges().add(badge));
        return this;
    }

    /**
     * Adds a line of text under a node's label.
     *
     * @param node a node of the diagram
     * @param detail the line
     * @return this
     */
    public Decorations detail(Node node, String detail) {
        Objects.requireNonNull(node);
        Objects.requireNonNull(detail);
        changes.add(() -> node.details().add(detail));
        return this;
    }

    /**
     * Appends a line to an element's tooltip.
     *
     * @param element an element of the diagram
     * @param line the text
     * @return this
     */
    public Decorations tooltip(DiagramElement element, String line) {
        Objects.requireNonNull(element);
        Objects.requireNonNull(line);
        changes.add(() -> element.setTooltip(element.tooltip() == null || element.tooltip().isEmpty() ? line
                : element.tooltip() + '\n' + line));
        return this;
    }

    /**
     * @param item a legend line explaining what the layer draws
     * @return this
     */
    public Decorations legend(LegendItem item) {
        legend.add(Objects.requireNonNull(item));
        return this;
    }

    /**
     * @param note a sentence for the legend, such as how a figure is computed
     * @return this
     */
    public Decorations note(String note) {
        notes.add(Objects.requireNonNull(note));
        return this;
    }

    /** @return whether nothing was recorded */
    public boolean isEmpty() {
        return changes.isEmpty() && legend.isEmpty() && notes.isEmpty();
    }

    /**
     * Applies what was recorded.
     *
     * @param diagram the diagram the elements belong to; its legend receives the items and notes
     * @param legendTitle the legend's title if the diagram has none yet
     */
    void apply(Diagram diagram, String legendTitle) {
        changes.forEach(Runnable::run);
        if (!legend.isEmpty() || !notes.isEmpty()) {
            Legend target = diagram.legend();
            if (target == null) {
                target = new Legend(legendTitle);
                diagram.setLegend(target);
            }
            // A line the map or another layer already wrote (the pain curve's formula, written by the
            // journey map and by the friction heat) is written once.
            for (LegendItem item : legend) {
                if (target.items().stream().noneMatch(i -> i.text().equals(item.text()) && i.swatch().equals(item.swatch()))) {
                    target.items().add(item);
                }
            }
            for (String note : notes) {
                if (!target.notes().contains(note)) {
                    target.notes().add(note);
                }
            }
        }
    }
}
