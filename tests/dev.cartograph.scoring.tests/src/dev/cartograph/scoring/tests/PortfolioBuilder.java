// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.tests;

import java.util.List;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Confidence;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Scope;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.Wave;

/** Builds test portfolios in code. */
final class PortfolioBuilder {

    static final CartographFactory FACTORY = CartographFactory.eINSTANCE;

    final Portfolio portfolio;

    PortfolioBuilder() {
        portfolio = FACTORY.createPortfolio();
        portfolio.setName("Test portfolio");
        portfolio.setScoring(FACTORY.createScoringConfiguration());
    }

    /** Adds an internal use case with status idea. */
    UseCaseBuilder useCase(String name) {
        UseCase useCase = FACTORY.createUseCase();
        useCase.setName(name);
        portfolio.getUseCases().add(useCase);
        return new UseCaseBuilder(useCase);
    }

    /** Lists the portfolio's grid: a setting (enabled, default weight) for each of these criteria. */
    PortfolioBuilder listCriteria(String... criterionIds) {
        for (String id : criterionIds) {
            setting(id);
        }
        return this;
    }

    PortfolioBuilder weight(String criterionId, double weight) {
        setting(criterionId).setWeight(weight);
        return this;
    }

    PortfolioBuilder disable(String criterionId) {
        setting(criterionId).setEnabled(false);
        return this;
    }

    CriterionSetting setting(String criterionId) {
        for (CriterionSetting setting : portfolio.getScoring().getCriteria()) {
            if (setting.getCriterionId().equals(criterionId)) {
                return setting;
            }
        }
        CriterionSetting setting = FACTORY.createCriterionSetting();
        setting.setCriterionId(criterionId);
        portfolio.getScoring().getCriteria().add(setting);
        return setting;
    }

    Gate gate(String criterionId, GateOperator operator, double value, GateEffect effect, String reason) {
        Gate gate = FACTORY.createGate();
        gate.setCriterionId(criterionId);
        gate.setOperator(operator);
        gate.setValue(value);
        gate.setEffect(effect);
        gate.setReason(reason);
        portfolio.getScoring().getGates().add(gate);
        return gate;
    }

    PortfolioBuilder thresholds(double impact, double feasibility) {
        portfolio.getScoring().setImpactThreshold(impact);
        portfolio.getScoring().setFeasibilityThreshold(feasibility);
        return this;
    }

    PortfolioBuilder aggregation(Aggregation aggregation) {
        portfolio.getScoring().setAggregation(aggregation);
        return this;
    }

    PortfolioBuilder disagreement(double threshold) {
        portfolio.getScoring().setDisagreementThreshold(threshold);
        return this;
    }

    /** Gives the portfolio a roadmap with one wave per capacity (a negative capacity leaves it unset). */
    PortfolioBuilder waves(int... capacities) {
        Roadmap roadmap = FACTORY.createRoadmap();
        roadmap.setName("Roadmap");
        for (int i = 0; i < capacities.length; i++) {
            Wave wave = FACTORY.createWave();
            wave.setName("W" + (i + 1));
            if (capacities[i] >= 0) {
                wave.setCapacity(capacities[i]);
            }
            roadmap.getWaves().add(wave);
        }
        portfolio.setRoadmap(roadmap);
        return this;
    }

    /** Builds one use case. */
    static final class UseCaseBuilder {
        final UseCase useCase;

        UseCaseBuilder(UseCase useCase) {
            this.useCase = useCase;
        }

        UseCaseBuilder score(String criterionId, double value) {
            return score(criterionId, value, "assessor", Confidence.MEDIUM);
        }

        UseCaseBuilder score(String criterionId, double value, String assessor, Confidence confidence) {
            Score score = FACTORY.createScore();
            score.setCriterionId(criterionId);
            score.setValue(value);
            score.setAssessor(assessor);
            score.setConfidence(confidence);
            useCase.getScores().add(score);
            return this;
        }

        UseCaseBuilder external() {
            useCase.setScope(Scope.EXTERNAL);
            return this;
        }

        UseCaseBuilder status(UseCaseStatus status) {
            useCase.setStatus(status);
            return this;
        }

        UseCaseBuilder rejected(String reason) {
            useCase.setStatus(UseCaseStatus.REJECTED);
            useCase.setRejectionReason(reason);
            return this;
        }

        UseCaseBuilder dependsOn(UseCase... others) {
            useCase.getDependsOn().addAll(List.of(others));
            return this;
        }

        UseCaseBuilder businessCase(double annualRevenueGained, double annualCostAvoided) {
            useCase.setBusinessCase(FACTORY.createBusinessCase());
            useCase.getBusinessCase().setAnnualRevenueGained(annualRevenueGained);
            useCase.getBusinessCase().setAnnualCostAvoided(annualCostAvoided);
            return this;
        }

        UseCase get() {
            return useCase;
        }
    }
}
