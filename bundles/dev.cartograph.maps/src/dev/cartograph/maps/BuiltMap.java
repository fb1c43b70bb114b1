// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.List;

import dev.cartograph.diagram.Diagram;

/**
 * A map drawn for one model element: the diagram (laid out if {@link #laidOut()}) and the
 * layers that failed while decorating it, each naming its bundle; the map itself stays usable.
 *
 * @param map the map
 * @param context what it was drawn from
 * @param diagram the diagram
 * @param failures the layers that threw, in the order they were applied
 * @param laidOut whether the diagram has its geometry
 */
public record BuiltMap(MapDescription map, MapContext context, Diagram diagram, List<MapFailure> failures,
        boolean laidOut) {

    /** Copies the list. */
    public BuiltMap {
        failures = List.copyOf(failures);
    }
}
