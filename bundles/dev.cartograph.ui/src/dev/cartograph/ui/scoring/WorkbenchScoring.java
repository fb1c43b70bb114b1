// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.scoring;

import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.service.ScoringServices;

/**
 * Where the Cartograph user interface gets its installed criteria, strategies and scoring
 * engine: the single seam between the workbench and the scoring core. Every editor, page,
 * preference page and wizard asks here; none builds a registry of its own, so that the editor
 * and the views rank with the same grid.
 * <p>
 * The registries are those of the extension points ({@link ScoringServices#getDefault()}): the
 * eight default criteria and any plug-in's. They change when a plug-in is installed or removed,
 * on the thread of the registry event: listeners that touch widgets go through the display.
 */
public final class WorkbenchScoring {

    private static ScoringEngine engine;

    private WorkbenchScoring() {
    }

    /** @return the installed criteria, shared by the whole workbench */
    public static CriterionRegistry criteria() {
        return ScoringServices.getDefault().criteria();
    }

    /** @return the installed scoring strategies, shared by the whole workbench */
    public static StrategyRegistry strategies() {
        return ScoringServices.getDefault().strategies();
    }

    /** @return the engine over {@link #criteria()} and {@link #strategies()}, shared by the whole workbench */
    public static synchronized ScoringEngine engine() {
        if (engine == null) {
            engine = ScoringServices.getDefault().createEngine();
        }
        return engine;
    }
}
