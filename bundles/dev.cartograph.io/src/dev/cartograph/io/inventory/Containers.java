// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * Finds a portfolio's units, workflows, steps, journeys, stages and initiatives by name (case and outer spaces
 * ignored), and creates those not found when asked to. Indexed once, so that ten thousand rows look up in
 * constant time.
 */
final class Containers {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    private final Portfolio portfolio;
    private final Map<String, OrganisationUnit> units = new HashMap<>();
    private final Map<String, Workflow> workflows = new HashMap<>();
    private final Map<String, WorkflowStep> steps = new HashMap<>();
    private final Map<String, WorkflowStep> anySteps = new HashMap<>();
    private final Map<String, CustomerJourney> journeys = new HashMap<>();
    private final Map<String, JourneyStage> stages = new HashMap<>();
    private final Map<String, JourneyStage> anyStages = new HashMap<>();
    private final Map<String, Initiative> initiatives = new HashMap<>();

    Containers(Portfolio portfolio) {
        this.portfolio = portfolio;
        portfolio.getUnits().forEach(u -> units.putIfAbsent(key(u.getName()), u));
        portfolio.getInitiatives().forEach(i -> initiatives.putIfAbsent(key(i.getName()), i));
        for (Workflow workflow : portfolio.getWorkflows()) {
            workflows.putIfAbsent(key(workflow.getName()), workflow);
            for (WorkflowStep step : workflow.getSteps()) {
                steps.putIfAbsent(key(workflow.getName()) + '\n' + key(step.getName()), step);
                anySteps.putIfAbsent(key(step.getName()), step);
            }
        }
        for (CustomerJourney journey : portfolio.getJourneys()) {
            journeys.putIfAbsent(key(journey.getName()), journey);
            for (JourneyStage stage : journey.getStages()) {
                stages.putIfAbsent(key(journey.getName()) + '\n' + key(stage.getName()), stage);
                anyStages.putIfAbsent(key(stage.getName()), stage);
            }
        }
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }

    private static <T extends NamedElement> T named(T element, String name) {
        element.setName(name.strip());
        return element;
    }

    private static <T> T find(Map<String, T> index, String key, boolean create, Supplier<T> creator) {
        T found = index.get(key);
        if (found == null && create) {
            found = creator.get();
            index.put(key, found);
        }
        return found;
    }

    OrganisationUnit unit(String name, boolean create) {
        return find(units, key(name), create, () -> {
            OrganisationUnit unit = named(FACTORY.createOrganisationUnit(), name);
            portfolio.getUnits().add(unit);
            return unit;
        });
    }

    Initiative initiative(String name, boolean create) {
        return find(initiatives, key(name), create, () -> {
            Initiative initiative = named(FACTORY.createInitiative(), name);
            portfolio.getInitiatives().add(initiative);
            return initiative;
        });
    }

    Workflow workflow(String name, boolean create) {
        return find(workflows, key(name), create, () -> {
            Workflow workflow = named(FACTORY.createWorkflow(), name);
            portfolio.getWorkflows().add(workflow);
            return workflow;
        });
    }

    /** A step of the named workflow, or when no workflow is named, the first step of that name anywhere. */
    WorkflowStep step(String workflowName, String name, boolean create) {
        if (workflowName == null) {
            return anySteps.get(key(name));
        }
        Workflow workflow = workflow(workflowName, create);
        if (workflow == null) {
            return null;
        }
        return find(steps, key(workflowName) + '\n' + key(name), create, () -> {
            WorkflowStep step = named(FACTORY.createWorkflowStep(), name);
            workflow.getSteps().add(step);
            anySteps.putIfAbsent(key(name), step);
            return step;
        });
    }

    CustomerJourney journey(String name, boolean create) {
        return find(journeys, key(name), create, () -> {
            CustomerJourney journey = named(FACTORY.createCustomerJourney(), name);
            portfolio.getJourneys().add(journey);
            return journey;
        });
    }

    /** A stage of the named journey, or when no journey is named, the first stage of that name anywhere. */
    JourneyStage stage(String journeyName, String name, boolean create) {
        if (journeyName == null) {
            return anyStages.get(key(name));
        }
        CustomerJourney journey = journey(journeyName, create);
        if (journey == null) {
            return null;
        }
        return find(stages, key(journeyName) + '\n' + key(name), create, () -> {
            JourneyStage stage = named(FACTORY.createJourneyStage(), name);
            journey.getStages().add(stage);
            anyStages.putIfAbsent(key(name), stage);
            return stage;
        });
    }
}
