// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * A band behind the nodes: a row (a lane, a swimlane by actor), a column (a journey stage) or a
 * region (the internal high-volume workflows of the portfolio map), with a header showing its
 * label. Nodes name the bands they sit in by id.
 */
public final class Band extends DiagramElement {

    private final BandKind bandKind;
    private int order;
    private boolean apart;

    /**
     * @param id unique in the diagram
     * @param kind what it is ({@code "stage"}, {@code "lane"}, {@code "region"}...)
     * @param semantic the model element it stands for, or {@code null}
     * @param bandKind row, column or region
     */
    public Band(String id, String kind, Object semantic, BandKind bandKind) {
        super(id, kind, semantic);
        this.bandKind = bandKind;
    }

    /** @return row, column or region */
    public BandKind bandKind() {
        return bandKind;
    }

    /** @return its position among the bands of its kind */
    public int order() {
        return order;
    }

    /** @param value its position among the bands of its kind */
    public void setOrder(int value) {
        this.order = value;
    }

    /** @return whether it is set visibly apart from the band before it (the churn stage) */
    public boolean isApart() {
        return apart;
    }

    /** @param value whether it is set visibly apart from the band before it */
    public void setApart(boolean value) {
        this.apart = value;
    }
}
