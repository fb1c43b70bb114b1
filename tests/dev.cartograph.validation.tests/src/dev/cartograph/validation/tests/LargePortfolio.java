// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * A large portfolio with known defects, for tests at scale and benchmarks: for n use cases
 * (a multiple of 1,000), n / 10 internal workflows of 10 steps, each step with an evidenced
 * friction that the use case of the same number addresses; 200 journeys of 6 stages (3
 * touchpoints and 2 evidenced frictions out of scope each); 10 waves of n / 10; each use case
 * qualified, scored by 3 assessors on the 8 criteria with rationales, with a complete business
 * case, depending on the use case 10 before it. For 10,000 use cases: about 311,000 elements.
 * <p>
 * Planted: every use case numbered 50 modulo 100 is anchored nowhere and addresses nothing
 * (its step's friction is then unaddressed); every use case numbered 249 modulo 250 has the name
 * of the one before it; use case 0 depends on use case 20, closing the cycle 0, 10, 20.
 */
final class LargePortfolio {

    private static final String[] ASSESSORS = { "Ana", "Ben", "Chloe" };

    private LargePortfolio() {
    }

    static Fixture build(int useCases) {
        Fixture f = new Fixture();
        f.gate(TestCriteria.COMPLIANCE_RISK, GateOperator.AT_LEAST, 5, GateEffect.BLOCK, "Unacceptable risk");
        journeys(f, 200);
        List<WorkflowStep> steps = workflows(f, useCases / 10);
        List<Wave> waves = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            waves.add(f.wave("Wave " + (w + 1), useCases / 10));
        }
        List<UseCase> all = new ArrayList<>(useCases);
        for (int i = 0; i < useCases; i++) {
            String name = i % 250 == 249 ? all.get(i - 1).getName() : "Use case " + i;
            Fixture.UseCaseBuilder builder = f.useCase(name).status(UseCaseStatus.QUALIFIED).completeBusinessCase()
                    .in(waves.get(i * 10 / useCases));
            if (i % 100 != 50) {
                WorkflowStep step = steps.get(i);
                builder.on(step).addresses(step.getFrictions().get(0));
            }
            for (String assessor : ASSESSORS) {
                for (int c = 0; c < 8; c++) {
                    Fixture.score(builder.get(), TestCriteria.IDS.get(c), Fixture.QUICK_WIN[c], assessor)
                            .setRationale("Workshop " + assessor);
                }
            }
            if (i >= 10) {
                builder.dependsOn(all.get(i - 10));
            }
            all.add(builder.get());
        }
        all.get(0).getDependsOn().add(all.get(20));
        return f;
    }

    private static void journeys(Fixture f, int count) {
        StageKind[] kinds = StageKind.values();
        for (int j = 0; j < count; j++) {
            CustomerJourney journey = f.journey("Journey " + j);
            for (StageKind kind : kinds) {
                JourneyStage stage = f.stage(journey, kind.getLiteral() + " " + j, kind);
                for (int t = 0; t < 3; t++) {
                    Touchpoint touchpoint = Fixture.FACTORY.createTouchpoint();
                    touchpoint.setName("Touchpoint " + t);
                    stage.getTouchpoints().add(touchpoint);
                }
                for (int k = 0; k < 2; k++) {
                    Friction friction = f.friction(stage, "Pain " + j + "." + kind.getValue() + "." + k);
                    friction.setOutOfScope(true);
                    f.evidence(friction);
                }
            }
        }
    }

    private static List<WorkflowStep> workflows(Fixture f, int count) {
        List<WorkflowStep> steps = new ArrayList<>(count * 10);
        for (int w = 0; w < count; w++) {
            Workflow workflow = f.workflow("Workflow " + w, Scope.INTERNAL);
            for (int s = 0; s < 10; s++) {
                WorkflowStep step = f.step(workflow, "Step " + w + "." + s);
                f.evidence(f.friction(step, "Friction " + w + "." + s));
                steps.add(step);
            }
        }
        return steps;
    }
}
