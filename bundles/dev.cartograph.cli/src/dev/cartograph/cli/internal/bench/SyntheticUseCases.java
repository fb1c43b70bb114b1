// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import dev.cartograph.model.AiPattern;
import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Confidence;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;

/**
 * The use cases of a synthetic portfolio: anchored on steps, stages and frictions, each scored
 * by three assessors on every criterion (except about one in thirty, which misses one), with a
 * business case of two KPIs; one in ten depends on an earlier use case.
 */
@SuppressWarnings("nls")
final class SyntheticUseCases {

    private static final CartographFactory FACTORY = CartographFactory.eINSTANCE;
    private static final LocalDate ASSESSED = LocalDate.of(2026, 3, 2);
    private static final UseCaseStatus[] STATUSES = { UseCaseStatus.IDEA, UseCaseStatus.IDEA, UseCaseStatus.QUALIFIED,
            UseCaseStatus.QUALIFIED, UseCaseStatus.BUSINESS_CASE, UseCaseStatus.BUSINESS_CASE,
            UseCaseStatus.BUSINESS_CASE, UseCaseStatus.APPROVED, UseCaseStatus.APPROVED, UseCaseStatus.APPROVED,
            UseCaseStatus.APPROVED, UseCaseStatus.PILOT, UseCaseStatus.DEPLOYED, UseCaseStatus.REJECTED };

    private final SplittableRandom random;
    private final SyntheticLandscape landscape;
    private final List<String> criteria;

    SyntheticUseCases(SplittableRandom random, SyntheticLandscape landscape, List<String> criteria) {
        this.random = random;
        this.landscape = landscape;
        this.criteria = criteria;
    }

    void addTo(Portfolio portfolio, int count) {
        for (int i = 0; i < count; i++) {
            UseCase useCase = useCase(i);
            if (i > 10 && random.nextInt(10) == 0) {
                useCase.getDependsOn().add(portfolio.getUseCases().get(random.nextInt(i)));
            }
            portfolio.getUseCases().add(useCase);
        }
    }

    private UseCase useCase(int index) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName("Use case " + (index + 1));
        useCase.setDescription("Synthetic use case " + (index + 1) + " for the benchmark.");
        useCase.setScope(random.nextBoolean() ? Scope.INTERNAL : Scope.EXTERNAL);
        UseCaseStatus status = STATUSES[random.nextInt(STATUSES.length)];
        useCase.setStatus(status);
        if (status == UseCaseStatus.REJECTED) {
            useCase.setRejectionReason("Superseded by a vendor feature");
        }
        useCase.setAiPattern(AiPattern.get(random.nextInt(AiPattern.VALUES.size())));
        useCase.setSponsor("Sponsor " + (index % 40 + 1));
        useCase.setOwner("Owner " + (index % 90 + 1));
        useCase.getSteps().add(pick(landscape.steps));
        if (random.nextBoolean()) {
            useCase.getStages().add(pick(landscape.stages));
        }
        useCase.getFrictions().add(pick(landscape.frictions));
        useCase.getInitiatives().add(pick(landscape.initiatives));
        useCase.getDataAssets().add(pick(landscape.dataAssets));
        int skipped = random.nextInt(30) == 0 ? random.nextInt(criteria.size()) : -1;
        for (int c = 0; c < criteria.size(); c++) {
            if (c != skipped) {
                for (int a = 1; a <= 3; a++) {
                    useCase.getScores().add(score(criteria.get(c), a));
                }
            }
        }
        useCase.setBusinessCase(businessCase());
        return useCase;
    }

    private Score score(String criterionId, int assessor) {
        Score score = FACTORY.createScore();
        score.setCriterionId(criterionId);
        score.setValue(1 + random.nextInt(5));
        score.setAssessor("Assessor " + assessor);
        score.setConfidence(Confidence.get(random.nextInt(3)));
        score.setDate(ASSESSED);
        if (assessor == 1) {
            score.setRationale("Assessed in workshop " + (random.nextInt(50) + 1));
        }
        return score;
    }

    private BusinessCase businessCase() {
        BusinessCase businessCase = FACTORY.createBusinessCase();
        businessCase.setProblem("Manual work and delays");
        businessCase.setProposedSolution("An assistant that prepares the work");
        businessCase.setOneOffCost(10_000 + random.nextInt(500_000));
        businessCase.setRunningCostPerYear(1_000 + random.nextInt(100_000));
        businessCase.setAnnualCostAvoided(random.nextInt(1_000_000));
        businessCase.setAnnualRevenueGained(random.nextInt(500_000));
        businessCase.setTimeToValueMonths(3 + random.nextInt(18));
        for (int k = 0; k < 2; k++) {
            Kpi kpi = FACTORY.createKpi();
            kpi.setName(k == 0 ? "Handling time" : "Error rate");
            kpi.setUnit(k == 0 ? "minutes" : "%");
            kpi.setBaseline(20 + random.nextInt(40));
            kpi.setTarget(5 + random.nextInt(15));
            kpi.setHorizonMonths(12);
            businessCase.getKpis().add(kpi);
        }
        return businessCase;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
