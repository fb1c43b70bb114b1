// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/** Reads the parts of a portfolio that several rules look at, in model order. */
public final class ModelWalk {

    private ModelWalk() {
    }

    /**
     * @param portfolio a portfolio
     * @return every friction, those of journey stages first, then those of workflow steps
     */
    public static List<Friction> frictions(Portfolio portfolio) {
        List<Friction> frictions = new ArrayList<>();
        for (CustomerJourney journey : portfolio.getJourneys()) {
            for (JourneyStage stage : journey.getStages()) {
                frictions.addAll(stage.getFrictions());
            }
        }
        for (Workflow workflow : portfolio.getWorkflows()) {
            for (WorkflowStep step : workflow.getSteps()) {
                frictions.addAll(step.getFrictions());
            }
        }
        return frictions;
    }

    /**
     * @param portfolio a portfolio
     * @return its roadmap's waves in order, empty without a roadmap
     */
    public static List<Wave> waves(Portfolio portfolio) {
        return portfolio.getRoadmap() == null ? List.of() : portfolio.getRoadmap().getWaves();
    }

    /**
     * @param portfolio a portfolio
     * @return the position of each wave of its roadmap, from 0
     */
    public static Map<Wave, Integer> wavePositions(Portfolio portfolio) {
        List<Wave> waves = waves(portfolio);
        Map<Wave, Integer> positions = new IdentityHashMap<>(waves.size() * 2);
        for (int i = 0; i < waves.size(); i++) {
            positions.put(waves.get(i), i);
        }
        return positions;
    }
}
