// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Channel;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.DataAsset;
import dev.cartograph.model.DataAvailability;
import dev.cartograph.model.DataQuality;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Frequency;
import dev.cartograph.model.Friction;
import dev.cartograph.model.Initiative;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Period;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Severity;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;

/**
 * The map a synthetic portfolio's use cases are anchored on: customer journeys (one per 100 use
 * cases, six stages each, two touchpoints and three frictions per stage), workflows (one per 25
 * use cases, ten steps each, one friction per step), every friction with one piece of evidence,
 * ten initiatives and fifty data assets.
 */
@SuppressWarnings("nls")
final class SyntheticLandscape {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    final List<JourneyStage> stages = new ArrayList<>();
    final List<WorkflowStep> steps = new ArrayList<>();
    final List<Friction> frictions = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<DataAsset> dataAssets = new ArrayList<>();

    private final SplittableRandom random;

    SyntheticLandscape(SplittableRandom random) {
        this.random = random;
    }

    void addTo(Portfolio portfolio, int useCases) {
        for (int j = 0; j < Math.max(1, useCases / 100); j++) {
            portfolio.getJourneys().add(journey(j));
        }
        for (int w = 0; w < Math.max(1, useCases / 25); w++) {
            portfolio.getWorkflows().add(workflow(w));
        }
        for (int i = 0; i < 10; i++) {
            Initiative initiative = FACTORY.createInitiative();
            initiative.setName("Initiative " + (i + 1));
            initiative.setOwner("Executive " + (i + 1));
            initiatives.add(initiative);
        }
        portfolio.getInitiatives().addAll(initiatives);
        for (int d = 0; d < 50; d++) {
            DataAsset asset = FACTORY.createDataAsset();
            asset.setName("Data asset " + (d + 1));
            asset.setSystem("System " + (d % 7 + 1));
            asset.setAvailability(DataAvailability.get(random.nextInt(3)));
            asset.setQuality(DataQuality.get(random.nextInt(4)));
            asset.setContainsPersonalData(random.nextInt(3) == 0);
            dataAssets.add(asset);
        }
        portfolio.getDataAssets().addAll(dataAssets);
    }

    private CustomerJourney journey(int index) {
        CustomerJourney journey = FACTORY.createCustomerJourney();
        journey.setName("Journey " + (index + 1));
        journey.setPersona("Persona " + (index % 9 + 1));
        for (StageKind kind : StageKind.VALUES) {
            JourneyStage stage = FACTORY.createJourneyStage();
            stage.setName(journey.getName() + " / " + kind.getLiteral());
            stage.setKind(kind);
            for (int t = 0; t < 2; t++) {
                Touchpoint touchpoint = FACTORY.createTouchpoint();
                touchpoint.setName(stage.getName() + " touchpoint " + (t + 1));
                touchpoint.setChannel(Channel.get(random.nextInt(Channel.VALUES.size())));
                stage.getTouchpoints().add(touchpoint);
            }
            for (int f = 0; f < 3; f++) {
                Friction friction = friction(stage.getName() + " friction " + (f + 1));
                friction.getTouchpoints().add(stage.getTouchpoints().get(f % 2));
                stage.getFrictions().add(friction);
            }
            journey.getStages().add(stage);
            stages.add(stage);
        }
        return journey;
    }

    private Workflow workflow(int index) {
        Workflow workflow = FACTORY.createWorkflow();
        workflow.setName("Workflow " + (index + 1));
        workflow.setScope(index % 3 == 2 ? Scope.EXTERNAL : Scope.INTERNAL);
        workflow.setCategory(WorkflowCategory.get(index % 3));
        workflow.setOwningUnit("Unit " + (index % 12 + 1));
        workflow.setVolume(100 + random.nextInt(10_000));
        workflow.setPeriod(Period.MONTH);
        WorkflowStep previous = null;
        for (int s = 0; s < 10; s++) {
            WorkflowStep step = FACTORY.createWorkflowStep();
            step.setName(workflow.getName() + " step " + (s + 1));
            step.setActor("Role " + (s % 4 + 1));
            step.setManualEffort(1 + random.nextInt(60));
            step.setVolume(workflow.getVolume());
            step.setErrorRate(random.nextInt(20) / 100.0);
            step.getFrictions().add(friction(step.getName() + " friction"));
            workflow.getSteps().add(step);
            if (previous != null) {
                previous.getSuccessors().add(step);
            }
            previous = step;
            steps.add(step);
        }
        return workflow;
    }

    private Friction friction(String name) {
        Friction friction = FACTORY.createFriction();
        friction.setName(name);
        friction.setSeverity(Severity.get(random.nextInt(4)));
        friction.setFrequency(Frequency.get(random.nextInt(4)));
        friction.setDrivesChurn(random.nextInt(5) == 0);
        Evidence evidence = FACTORY.createEvidence();
        evidence.setKind(EvidenceKind.get(random.nextInt(EvidenceKind.VALUES.size())));
        evidence.setSource("Study " + (random.nextInt(40) + 1));
        evidence.setFigure(random.nextInt(40) + "% of cases");
        evidence.setCollectedOn(START.plusDays(random.nextInt(300)));
        friction.getEvidence().add(evidence);
        frictions.add(friction);
        return friction;
    }
}
