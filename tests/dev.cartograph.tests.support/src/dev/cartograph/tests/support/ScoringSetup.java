// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

import static dev.cartograph.tests.support.ModelParts.FACTORY;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.ScoringConfiguration;

/** The programme's shared grid: weights, thresholds, aggregation and knock-out gates. */
@SuppressWarnings("nls")
final class ScoringSetup {

    private ScoringSetup() {
    }

    static ScoringConfiguration build() {
        ScoringConfiguration scoring = FACTORY.createScoringConfiguration();
        scoring.setStrategyId("weighted-sum");
        scoring.setImpactThreshold(50);
        scoring.setFeasibilityThreshold(50);
        scoring.setAggregation(Aggregation.MEDIAN);
        scoring.setDisagreementThreshold(25);
        weight(scoring, Criteria.STRATEGIC_VALUE, 3);
        weight(scoring, Criteria.CUSTOMER_EXPERIENCE, 2);
        weight(scoring, Criteria.FINANCIAL_POTENTIAL, 3);
        weight(scoring, Criteria.DATA_PROCESS_MATURITY, 2);
        weight(scoring, Criteria.TECHNICAL_COMPLEXITY, 2);
        weight(scoring, Criteria.BRAND_IMPACT, 1);
        weight(scoring, Criteria.COMPLIANCE_RISK, 2);
        weight(scoring, Criteria.INITIATIVE_ALIGNMENT, 1);
        gate(scoring, Criteria.COMPLIANCE_RISK, GateOperator.AT_LEAST, 5, GateEffect.BLOCK,
                "Compliance risk judged unacceptable (5 out of 5): the use case must not proceed in this form. "
                        + "Redesign it with human review, or drop it.");
        gate(scoring, Criteria.DATA_PROCESS_MATURITY, GateOperator.AT_MOST, 1, GateEffect.NOT_READY,
                "The data or the process is not mature enough for AI (1 out of 5): fix the data first, then "
                        + "assess again.");
        return scoring;
    }

    private static void weight(ScoringConfiguration scoring, String criterionId, double weight) {
        CriterionSetting setting = FACTORY.createCriterionSetting();
        setting.setCriterionId(criterionId);
        setting.setEnabled(true);
        setting.setWeight(weight);
        scoring.getCriteria().add(setting);
    }

    private static void gate(ScoringConfiguration scoring, String criterionId, GateOperator operator, double value,
            GateEffect effect, String reason) {
        Gate gate = FACTORY.createGate();
        gate.setCriterionId(criterionId);
        gate.setOperator(operator);
        gate.setValue(value);
        gate.setEffect(effect);
        gate.setReason(reason);
        gate.setEnabled(true);
        scoring.getGates().add(gate);
    }
}
