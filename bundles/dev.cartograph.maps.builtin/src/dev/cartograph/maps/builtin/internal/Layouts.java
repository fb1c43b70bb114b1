// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.diagram.layout.GridLayout;
import dev.cartograph.diagram.layout.LaneFlowLayout;
import dev.cartograph.diagram.layout.RegionLayout;

/** The layouts of the built-in maps, from {@code dev.cartograph.diagram.layout}. */
final class Layouts {

    private Layouts() {
    }

    /** @return the journey map's: a grid of stages x lanes, no graph layout */
    static DiagramLayout grid() {
        return new GridLayout();
    }

    /** @return the workflow map's: swimlanes by actor, steps in flow order */
    static DiagramLayout laneFlow() {
        return new LaneFlowLayout();
    }

    /** @return the portfolio map's: regions of containers */
    static DiagramLayout regions() {
        return new RegionLayout();
    }
}
