// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Locale;
import java.util.Optional;

import dev.cartograph.maps.internal.Messages;

/** What a map draws: one customer journey, one workflow, or the whole portfolio. */
public enum MapKind {
    /** One customer journey: stages as columns, lanes of touchpoints, frictions and use cases. */
    JOURNEY("journey", "MapKind_journey"), //$NON-NLS-1$ //$NON-NLS-2$
    /** One workflow: steps along their successors, in swimlanes by actor. */
    WORKFLOW("workflow", "MapKind_workflow"), //$NON-NLS-1$ //$NON-NLS-2$
    /** The whole portfolio: workflows and journeys in four regions, use cases pinned on them. */
    PORTFOLIO("portfolio", "MapKind_portfolio"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String id;
    private final String key;

    MapKind(String id, String key) {
        this.id = id;
        this.key = key;
    }

    /** @return the id written in extension points and on the command line */
    public String id() {
        return id;
    }

    /**
     * @param locale the language
     * @return the localised name
     */
    public String label(Locale locale) {
        return Messages.format(locale, key);
    }

    /**
     * @param id an id as written in a {@code plugin.xml} or on the command line
     * @return the kind with that id
     */
    public static Optional<MapKind> of(String id) {
        for (MapKind kind : values()) {
            if (kind.id.equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
