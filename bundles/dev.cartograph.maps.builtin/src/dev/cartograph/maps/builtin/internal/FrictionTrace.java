// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * The trace of a journey friction across the portfolio: the use cases that address it, and the
 * internal workflow steps where the same friction is observed. The metamodel has no link from a
 * customer's friction to an employee's, so "the same friction" is found two ways:
 * <ol>
 * <li>a friction of an internal step with the same name (ignoring case, accents being kept, and
 * runs of spaces), since teams record the pain they share under its one name;</li>
 * <li>a friction of an internal step addressed by a use case that also addresses the journey
 * friction: the use case says they are one problem seen from both sides.</li>
 * </ol>
 * The internal steps on which a use case addressing the friction is anchored are in the trace
 * too (that is where the fix lands), with the workflows holding every traced step (so that a
 * collapsed workflow lights up). Internal means a workflow of the two internal regions.
 */
public final class FrictionTrace {

    private FrictionTrace() {
    }

    /**
     * @param friction a friction of a journey stage
     * @param portfolio its portfolio
     * @return the traced elements, the friction excluded, in model order of discovery
     */
    public static Set<EObject> of(Friction friction, Portfolio portfolio) {
        Set<EObject> trace = new LinkedHashSet<>();
        if (!(friction.eContainer() instanceof JourneyStage)) {
            trace.addAll(friction.getAddressedBy());
            return trace;
        }
        String name = normalised(friction.getName());
        Set<UseCase> addressing = new LinkedHashSet<>(friction.getAddressedBy());
        trace.addAll(addressing);
        for (Workflow workflow : portfolio.getWorkflows()) {
            if (Regions.of(workflow) == Regions.EXTERNAL) {
                continue;
            }
            for (WorkflowStep step : workflow.getSteps()) {
                boolean traced = false;
                for (Friction observed : step.getFrictions()) {
                    if (!name.isEmpty() && name.equals(normalised(observed.getName()))
                            || shared(addressing, observed)) {
                        trace.add(observed);
                        traced = true;
                    }
                }
                for (UseCase useCase : step.getUseCases()) {
                    traced |= addressing.contains(useCase);
                }
                if (traced) {
                    trace.add(step);
                    trace.add(workflow);
                }
            }
        }
        return trace;
    }

    private static boolean shared(Set<UseCase> addressing, Friction observed) {
        for (UseCase useCase : observed.getAddressedBy()) {
            if (addressing.contains(useCase)) {
                return true;
            }
        }
        return false;
    }

    private static String normalised(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
