// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertFindings;
import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.GateEffect;
import dev.cartograph.model.GateOperator;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.WeightedSumStrategy;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationReport;

/** Practice 4: one grid for everyone, whose criteria are installed, enabled and weighted. */
class ScoringRulesTest {

    private static final String NO_QUICK_WIN = "The external use case \"Proactive claim status updates\" is planned "
            + "in \"Wave 2\" while no internal quick win is planned: plan an internal quick win first.";

    private Locale saved;

    @BeforeEach
    void englishScoringMessages() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void allWeightsZero() {
        Fixture f = Fixture.clean();
        for (String id : TestCriteria.IDS) {
            f.setting(id).setWeight(0);
        }
        // every use case scores 0, in the drop quadrant: no internal quick win any more
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION, FindingSeverity.ERROR, f.portfolio.getScoring(),
                        "Every enabled criterion has a weight of 0: the ranking means nothing. Give at least one "
                                + "criterion a weight above 0."),
                expect(BuiltInRules.ROADMAP_EXTERNAL_BEFORE_INTERNAL_QUICK_WIN, FindingSeverity.WARNING,
                        f.statusUpdates, NO_QUICK_WIN));
    }

    @Test
    void oneWeightAboveZeroIsEnough() {
        Fixture f = Fixture.clean();
        for (String id : TestCriteria.IDS.subList(1, 8)) {
            f.setting(id).setWeight(0);
        }
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION);
    }

    @Test
    void noCriterionEnabled() {
        Fixture f = Fixture.clean();
        for (String id : TestCriteria.IDS) {
            f.setting(id).setEnabled(false);
        }
        assertFindings(Checks.validate(f.portfolio), BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION,
                expect(BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION, FindingSeverity.ERROR, f.portfolio.getScoring(),
                        "No criterion of the grid is enabled: use cases cannot be scored or ranked. Enable at least "
                                + "one criterion."));
    }

    @Test
    void noCriterionInstalledOnAPortfolioWithoutConfiguration() {
        Fixture f = Fixture.clean();
        f.portfolio.setScoring(null);
        ValidationReport report = validate(f.portfolio, List.of());
        assertFindings(report, BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION,
                expect(BuiltInRules.SCORING_NO_EFFECTIVE_CRITERION, FindingSeverity.ERROR, f.portfolio,
                        "No assessment criterion is installed: use cases cannot be scored or ranked."));
    }

    @Test
    void scoresOnACriterionWhosePlugInIsNotInstalled() {
        Fixture f = Fixture.clean();
        List<Criterion> withoutBrand = new ArrayList<>(TestCriteria.defaults());
        withoutBrand.removeIf(c -> c.id().equals(TestCriteria.BRAND_IMPACT));
        ValidationReport report = validate(f.portfolio, withoutBrand);
        assertOnly(report, expect(BuiltInRules.SCORING_UNKNOWN_CRITERION, FindingSeverity.WARNING, f.portfolio,
                "2 use cases have scores on the criterion \"brand-impact\", which no installed plug-in provides: "
                        + "they are kept but not counted. Install the plug-in that provides it, or remove those scores."),
                expect(BuiltInRules.SCORING_UNKNOWN_CRITERION, FindingSeverity.WARNING, f.setting("brand-impact"),
                        "The grid has a setting for the criterion \"brand-impact\", which no installed plug-in "
                                + "provides: it is kept but has no effect."));
        assertEquals(List.of(f.extraction, f.statusUpdates), report.findings().get(0).related());
    }

    @Test
    void oneUseCaseScoredOnAnUnknownCriterion() {
        Fixture f = Fixture.clean();
        Fixture.score(f.statusUpdates, "sustainability", 3, "Ana").setRationale("Less paper");
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.SCORING_UNKNOWN_CRITERION,
                FindingSeverity.WARNING, f.portfolio, "One use case has scores on the criterion \"sustainability\", "
                        + "which no installed plug-in provides: they are kept but not counted. Install the plug-in "
                        + "that provides it, or remove those scores."));
    }

    @Test
    void aSettingAndAnEnabledGateOnAnUnknownCriterion() {
        Fixture f = Fixture.clean();
        CriterionSetting setting = f.setting("sustainability");
        setting.setWeight(2);
        Gate gate = f.gate("regulatory-class", GateOperator.AT_LEAST, 3, GateEffect.BLOCK, "High-risk AI system");
        f.gate("carbon", GateOperator.AT_LEAST, 3, GateEffect.BLOCK, "Disabled").setEnabled(false);
        assertOnly(Checks.validate(f.portfolio),
                expect(BuiltInRules.SCORING_UNKNOWN_CRITERION, FindingSeverity.WARNING, setting,
                        "The grid has a setting for the criterion \"sustainability\", which no installed plug-in "
                                + "provides: it is kept but has no effect."),
                expect(BuiltInRules.SCORING_UNKNOWN_CRITERION, FindingSeverity.WARNING, gate,
                        "A gate looks at the criterion \"regulatory-class\", which no installed plug-in provides: "
                                + "the gate is ignored."));
    }

    @Test
    void aScoringStrategyThatIsNotInstalled() {
        Fixture f = Fixture.clean();
        f.portfolio.getScoring().setStrategyId("monte-carlo");
        assertOnly(Checks.validate(f.portfolio), expect(BuiltInRules.SCORING_UNKNOWN_STRATEGY, FindingSeverity.WARNING,
                f.portfolio.getScoring(), "The scoring strategy \"monte-carlo\" is not installed: "
                        + WeightedSumStrategy.INSTANCE.label()
                        + " is used instead, so the ranking may differ from the intended one."));
    }

    @Test
    void aComputedCriterionThatFails() {
        Fixture f = Fixture.clean();
        f.extraction.getScores().removeIf(s -> s.getCriterionId().equals(TestCriteria.FINANCIAL_POTENTIAL));
        List<Criterion> criteria = new ArrayList<>(TestCriteria.defaults());
        criteria.removeIf(c -> c.id().equals(TestCriteria.FINANCIAL_POTENTIAL));
        criteria.add(Criterion.builder(TestCriteria.FINANCIAL_POTENTIAL).label("Financial potential")
                .side(Side.IMPACT).contributor("com.example.finance").computedBy(useCase -> {
                    throw new IllegalStateException("ledger offline");
                }).build());
        ValidationReport report = validate(f.portfolio, criteria);
        assertFindings(report, BuiltInRules.SCORING_CONTRIBUTION_FAILED,
                expect(BuiltInRules.SCORING_CONTRIBUTION_FAILED, FindingSeverity.WARNING, f.portfolio,
                        "The plug-in com.example.finance failed while scoring: Criterion Financial potential failed "
                                + "on use case \"Invoice data extraction\": IllegalStateException: ledger offline. The "
                                + "values of the criterion \"Financial potential\" are missing until it is fixed."));
        // its value missing, the approved use case is no longer scored on the whole grid
        assertEquals(FindingSeverity.ERROR,
                report.findingsOf(BuiltInRules.USE_CASE_CRITERION_UNSCORED).get(0).severity());
    }

    @Test
    void aWorkingComputedCriterionIsNotReported() {
        Fixture f = Fixture.clean();
        List<Criterion> criteria = new ArrayList<>(TestCriteria.defaults());
        criteria.add(Criterion.builder("carbon").label("Carbon").side(Side.IMPACT).contributor("com.example.green")
                .computedBy(useCase -> OptionalDouble.of(3)).build());
        assertOnly(validate(f.portfolio, criteria));
    }

    private static ValidationReport validate(Portfolio portfolio, List<Criterion> installed) {
        CriterionRegistry registry = TestCriteria.registry(installed);
        return new PortfolioValidation(RuleRegistry.withBuiltInRules()).validate(portfolio,
                new ScoringEngine(registry, new StrategyRegistry()), Checks.ENGLISH);
    }
}
