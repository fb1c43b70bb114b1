// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * A step's figures as the maps use them. A step without its own volume runs as often as its
 * workflow. Its automation heat is the manual time it costs per period: volume x manual effort
 * (minutes), 0 when either is unknown.
 */
public final class StepFigures {

    private StepFigures() {
    }

    /**
     * @param step a step
     * @return its executions per period, {@code NaN} if neither it nor its workflow says
     */
    public static double volume(WorkflowStep step) {
        if (step.isSetVolume()) {
            return step.getVolume();
        }
        Workflow workflow = step.getWorkflow();
        return workflow != null && workflow.isSetVolume() ? workflow.getVolume() : Double.NaN;
    }

    /**
     * @param step a step
     * @return its manual minutes per period, 0 if unknown
     */
    public static double automationHeat(WorkflowStep step) {
        double volume = volume(step);
        if (Double.isNaN(volume) || !step.isSetManualEffort()) {
            return 0;
        }
        return Math.max(0, volume) * Math.max(0, step.getManualEffort());
    }
}
