// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.internal.overview.PortfolioStatistics;
import dev.cartograph.ui.internal.overview.Practice;
import dev.cartograph.ui.internal.overview.PracticeMeasures;
import dev.cartograph.ui.scoring.WorkbenchScoring;

/** The Overview's figures on a small portfolio whose answers are worked out by hand. */
class PracticeMeasuresTest {

    private static final CartographFactory F = CartographFactory.eINSTANCE;

    /**
     * Two journeys (one with a post-journey stage) with three frictions, one with evidence; one
     * workflow of two steps with one friction; four use cases: A internal, anchored, in wave 1,
     * with a measurable KPI; B external, anchored on a stage, in wave 1, with a KPI that has no
     * target; C internal, not anchored, in wave 2; D rejected (left out of the use case measures).
     */
    private static Portfolio portfolio() {
        Portfolio portfolio = F.createPortfolio();
        CustomerJourney motor = F.createCustomerJourney();
        JourneyStage buy = stage(StageKind.ONBOARDING, 2, 1);
        JourneyStage leave = stage(StageKind.POST_JOURNEY, 1, 0);
        motor.getStages().addAll(List.of(buy, leave));
        CustomerJourney home = F.createCustomerJourney();
        home.getStages().add(stage(StageKind.SUPPORT, 0, 0));
        portfolio.getJourneys().addAll(List.of(motor, home));
        Workflow intake = F.createWorkflow();
        WorkflowStep register = F.createWorkflowStep();
        register.getFrictions().add(F.createFriction());
        intake.getSteps().addAll(List.of(register, F.createWorkflowStep()));
        portfolio.getWorkflows().add(intake);

        UseCase a = useCase(Scope.INTERNAL, UseCaseStatus.APPROVED);
        a.getSteps().add(register);
        a.setBusinessCase(businessCase(true));
        UseCase b = useCase(Scope.EXTERNAL, UseCaseStatus.QUALIFIED);
        b.getStages().add(buy);
        b.setBusinessCase(businessCase(false));
        UseCase c = useCase(Scope.INTERNAL, UseCaseStatus.IDEA);
        UseCase d = useCase(Scope.INTERNAL, UseCaseStatus.REJECTED);
        d.getSteps().add(register);
        portfolio.getUseCases().addAll(List.of(a, b, c, d));
        Roadmap roadmap = F.createRoadmap();
        Wave first = F.createWave();
        first.setName("Wave 1");
        Wave second = F.createWave();
        roadmap.getWaves().addAll(List.of(first, second));
        portfolio.setRoadmap(roadmap);
        a.setWave(first);
        b.setWave(first);
        c.setWave(second);
        return portfolio;
    }

    private static JourneyStage stage(StageKind kind, int frictions, int withEvidence) {
        JourneyStage stage = F.createJourneyStage();
        stage.setKind(kind);
        for (int i = 0; i < frictions; i++) {
            Friction friction = F.createFriction();
            if (i < withEvidence) {
                friction.getEvidence().add(F.createEvidence());
            }
            stage.getFrictions().add(friction);
        }
        return stage;
    }

    private static UseCase useCase(Scope scope, UseCaseStatus status) {
        UseCase useCase = F.createUseCase();
        useCase.setScope(scope);
        useCase.setStatus(status);
        return useCase;
    }

    private static BusinessCase businessCase(boolean measurable) {
        BusinessCase businessCase = F.createBusinessCase();
        Kpi kpi = F.createKpi();
        kpi.setBaseline(4);
        if (measurable) {
            kpi.setTarget(1);
        }
        businessCase.getKpis().add(kpi);
        return businessCase;
    }

    @Test
    void countsJourneysStagesFrictionsWorkflowsStepsAndUseCases() {
        PortfolioStatistics statistics = PortfolioStatistics.of(portfolio());
        assertEquals(2, statistics.journeys());
        assertEquals(3, statistics.stages());
        assertEquals(4, statistics.frictions(), "three at stages, one at a step");
        assertEquals(1, statistics.workflows());
        assertEquals(2, statistics.steps());
        assertEquals(4, statistics.useCases());
        assertEquals(3, statistics.withScope(Scope.INTERNAL));
        assertEquals(1, statistics.withStatus(UseCaseStatus.REJECTED));
        assertEquals(0, statistics.byStatusAndScope().get(UseCaseStatus.PILOT).get(Scope.EXTERNAL));
    }

    @Test
    void measuresTheFivePractices() {
        Portfolio portfolio = portfolio();
        List<Practice> practices = PracticeMeasures.of(portfolio, WorkbenchScoring.engine().score(portfolio));

        assertEquals(5, practices.size());
        // 1. Wave 1 holds A (internal) and B (external): 1 of 2.
        assertEquals(List.of(1, 2), figures(practices.get(0), 0));
        assertEquals(50, practices.get(0).percent());
        // 2. One journey of two has a post-journey stage; one friction of three at stages has evidence.
        assertEquals(List.of(1, 2), figures(practices.get(1), 0));
        assertEquals(List.of(1, 3), figures(practices.get(1), 1));
        assertEquals(42, practices.get(1).percent(), "the mean of 50% and 33.3%");
        // 3. A and B are anchored, C is not (D is rejected): 2 of 3.
        assertEquals(List.of(2, 3), figures(practices.get(2), 0));
        // 4. Nobody scored anything: 0 of 3.
        assertEquals(List.of(0, 3), figures(practices.get(3), 0));
        // 5. Only A has a KPI with a baseline and a target: 1 of 3.
        assertEquals(List.of(1, 3), figures(practices.get(4), 0));
        assertEquals(33, practices.get(4).percent());
    }

    private static List<Integer> figures(Practice practice, int measure) {
        return List.of(practice.measures().get(measure).met(), practice.measures().get(measure).total());
    }
}
