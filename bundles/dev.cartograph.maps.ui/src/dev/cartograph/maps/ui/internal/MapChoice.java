// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapRegistry;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;

/**
 * One map the user can open: a map of the registry and the model element it is drawn for (the
 * journey map of one journey, the portfolio map of the portfolio).
 *
 * @param map the map
 * @param subject the element it is drawn for
 */
public record MapChoice(MapDescription map, EObject subject) {

    /**
     * @param registry the installed maps
     * @param portfolio a portfolio
     * @return every map that can be drawn for the portfolio, journeys first, then workflows, then
     *         the whole portfolio; each in model order
     */
    public static List<MapChoice> all(MapRegistry registry, Portfolio portfolio) {
        List<MapChoice> choices = new ArrayList<>();
        if (portfolio == null) {
            return choices;
        }
        for (MapKind kind : MapKind.values()) {
            for (MapDescription map : registry.maps(kind)) {
                List<? extends EObject> subjects = Safely.subjects(map, portfolio);
                for (EObject subject : subjects) {
                    choices.add(new MapChoice(map, subject));
                }
            }
        }
        return choices;
    }

    /** @return what the map selector shows: the map's name and the subject's ("Journey map: Buying a policy") */
    public String label() {
        if (map.kind() == MapKind.PORTFOLIO || !(subject instanceof NamedElement named) || named.getName() == null) {
            return map.label();
        }
        return Messages.bind(Messages.MapChoice_label, map.label(), named.getName());
    }
}
