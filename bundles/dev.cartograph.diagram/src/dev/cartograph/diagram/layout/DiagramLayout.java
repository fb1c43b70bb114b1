// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.layout;

import dev.cartograph.diagram.Diagram;

/**
 * Gives every element of a diagram its bounds (and edges their routes, curves their points, the
 * diagram its overall bounds and the nodes their wrapped label lines). A layout is a pure
 * function of the diagram: the same diagram always gets the same geometry, and model order is
 * kept, so a small edit moves little.
 */
@FunctionalInterface
public interface DiagramLayout {

    /**
     * Lays out a diagram in place.
     *
     * @param diagram the diagram
     */
    void layout(Diagram diagram);
}
