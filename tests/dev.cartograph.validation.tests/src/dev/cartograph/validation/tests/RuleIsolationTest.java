// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static dev.cartograph.validation.tests.Checks.assertOnly;
import static dev.cartograph.validation.tests.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.QuickFix;
import dev.cartograph.validation.RuleFailure;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationContext;
import dev.cartograph.validation.ValidationReport;
import dev.cartograph.validation.ValidationRule;

/** Contributed rules: registered by code, refused when broken, isolated when they throw. */
class RuleIsolationTest {

    private static final String CONTRIBUTOR = "com.example.rules";

    private Locale saved;

    @BeforeEach
    void englishRegistryMessages() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Expense report triage").get();
        RuleRegistry registry = RuleRegistry.withBuiltInRules();
        assertTrue(registry.add(ValidationRule.builder("example.broken").contributor(CONTRIBUTOR).check(context -> {
            context.report(context.portfolio(), "reported before failing");
            throw new IllegalStateException("boom");
        }).build()));
        assertTrue(registry.add(ValidationRule.builder("example.overflow").contributor(CONTRIBUTOR).check(context -> {
            throw new StackOverflowError();
        }).build()));
        ValidationReport report = new PortfolioValidation(registry).validate(f.portfolio, TestCriteria.engine(),
                Checks.ENGLISH);
        assertEquals(List.of(
                new RuleFailure("example.broken", CONTRIBUTOR, "The rule example.broken (from com.example.rules) "
                        + "failed and could not check the portfolio: IllegalStateException: boom"),
                new RuleFailure("example.overflow", CONTRIBUTOR, "The rule example.overflow (from com.example.rules) "
                        + "failed and could not check the portfolio: StackOverflowError")),
                report.failures());
        // what the broken rule reported before it threw is dropped; the built-in rules ran
        assertEquals(List.of(BuiltInRules.USE_CASE_UNANCHORED),
                report.findings().stream().map(Finding::ruleId).toList());
        assertEquals(idea, report.findings().get(0).element());
    }

    @Test
    void aContributedRuleReportsWithItsIdAndSeverity() {
        Fixture f = Fixture.clean();
        RuleRegistry registry = new RuleRegistry();
        registry.add(ValidationRule.builder("example.owner").label("Use case without owner")
                .description("Every use case has an owner.").severity(FindingSeverity.INFO).contributor(CONTRIBUTOR)
                .check(context -> {
                    for (UseCase useCase : context.portfolio().getUseCases()) {
                        if (useCase.getOwner() == null) {
                            context.report(useCase, useCase.getName() + " has no owner", useCase.getWave());
                        }
                    }
                }).build());
        ValidationReport report = new PortfolioValidation(registry).validate(f.portfolio, TestCriteria.engine(),
                Checks.ENGLISH);
        assertOnly(report,
                expect("example.owner", FindingSeverity.INFO, f.extraction, "Invoice data extraction has no owner"),
                expect("example.owner", FindingSeverity.INFO, f.statusUpdates,
                        "Proactive claim status updates has no owner"));
        assertEquals(List.of(f.wave1), report.findings().get(0).related());
        ValidationRule rule = registry.find("example.owner").orElseThrow();
        assertEquals("Use case without owner", rule.label(Locale.FRENCH));
        assertEquals("Every use case has an owner.", rule.description(Locale.ENGLISH));
    }

    @Test
    void findingsAreSortedBySeverityThenElementOrderThenRuleOrder() {
        Fixture f = Fixture.clean();
        RuleRegistry registry = new RuleRegistry();
        registry.add(ValidationRule.builder("example.first").contributor(CONTRIBUTOR).check(context -> {
            context.report(FindingSeverity.INFO, context.portfolio(), "info on the portfolio");
            context.report(FindingSeverity.ERROR, f.wave2, "error on wave 2");
            context.report(FindingSeverity.WARNING, f.statusUpdates, "warning on the second use case");
            context.report(FindingSeverity.ERROR, f.extraction, "error on the first use case");
        }).build());
        registry.add(ValidationRule.builder("example.second").contributor(CONTRIBUTOR).check(context -> {
            context.report(FindingSeverity.WARNING, f.extraction, "warning on the first use case");
            context.report(FindingSeverity.WARNING, f.rekeying, "warning on a friction");
        }).build());
        ValidationReport report = new PortfolioValidation(registry).validate(f.portfolio, TestCriteria.engine(),
                Checks.ENGLISH);
        // the model tree: scoring, journeys, workflows (and their frictions), use cases, data assets, roadmap
        assertEquals(List.of("error on the first use case", "error on wave 2", "warning on a friction",
                "warning on the first use case", "warning on the second use case", "info on the portfolio"),
                report.findings().stream().map(Finding::message).toList());
        assertEquals(2, report.count(FindingSeverity.ERROR));
        assertEquals(3, report.count(FindingSeverity.WARNING));
        assertEquals(1, report.count(FindingSeverity.INFO));
        assertEquals(FindingSeverity.ERROR, report.highestSeverity().orElseThrow());
        assertTrue(report.hasFindingsAtLeast(FindingSeverity.ERROR));
        assertEquals(2, report.findingsFor(f.extraction).size());
    }

    @Test
    void failOnWarningButNotOnError() {
        Fixture f = Fixture.clean();
        f.useCase("Expense report triage");
        ValidationReport report = Checks.validate(f.portfolio);
        assertTrue(report.hasFindingsAtLeast(FindingSeverity.WARNING));
        assertTrue(report.hasFindingsAtLeast(FindingSeverity.INFO));
        assertFalse(report.hasFindingsAtLeast(FindingSeverity.ERROR));
        assertFalse(Checks.validate(Fixture.clean().portfolio).hasFindingsAtLeast(FindingSeverity.INFO));
        assertTrue(Checks.validate(Fixture.clean().portfolio).highestSeverity().isEmpty());
    }

    @Test
    void optionsSetTheSeverityOfAllFindingsOfARuleOrTurnItOff() {
        Fixture f = Fixture.clean();
        UseCase idea = f.useCase("Expense report triage").get();
        UseCase advanced = f.useCase("Travel booking assistant").status(UseCaseStatus.BUSINESS_CASE)
                .scoredOnAll(Fixture.QUICK_WIN).completeBusinessCase().get();
        PortfolioValidation validation = new PortfolioValidation(RuleRegistry.withBuiltInRules());
        ValidationReport lowered = validation.validate(f.portfolio, TestCriteria.engine(),
                Checks.ENGLISH.withSeverity(BuiltInRules.USE_CASE_UNANCHORED, FindingSeverity.INFO));
        assertEquals(List.of(FindingSeverity.INFO, FindingSeverity.INFO),
                List.of(lowered.findingsFor(idea).get(0).severity(), lowered.findingsFor(advanced).get(0).severity()));
        ValidationReport off = validation.validate(f.portfolio, TestCriteria.engine(),
                Checks.ENGLISH.withDisabled(BuiltInRules.USE_CASE_UNANCHORED));
        assertOnly(off);
    }

    @Test
    void theRegistryRefusesBrokenAndDuplicateRules() {
        RuleRegistry registry = RuleRegistry.withBuiltInRules();
        int installed = registry.rules().size();
        List<RuleRegistry> told = new ArrayList<>();
        registry.addListener(told::add);
        ValidationRule duplicate = ValidationRule.builder(BuiltInRules.USE_CASE_UNANCHORED).contributor(CONTRIBUTOR)
                .check(context -> { }).build();
        ValidationRule blank = ValidationRule.builder(" ").contributor(CONTRIBUTOR).check(context -> { }).build();
        ValidationRule noSeverity = new ValidationRule() {
            @Override
            public String id() {
                return "example.noSeverity";
            }

            @Override
            public FindingSeverity defaultSeverity() {
                return null;
            }

            @Override
            public String label(Locale locale) {
                return "No severity";
            }

            @Override
            public String description(Locale locale) {
                return "";
            }

            @Override
            public String contributor() {
                return CONTRIBUTOR;
            }

            @Override
            public void check(ValidationContext context) {
            }
        };
        ValidationRule throwing = new ValidationRule() {
            @Override
            public String id() {
                return "example.throwing";
            }

            @Override
            public FindingSeverity defaultSeverity() {
                return FindingSeverity.WARNING;
            }

            @Override
            public String label(Locale locale) {
                throw new UnsupportedOperationException("no label");
            }

            @Override
            public String description(Locale locale) {
                return "";
            }

            @Override
            public String contributor() {
                return CONTRIBUTOR;
            }

            @Override
            public void check(ValidationContext context) {
            }
        };
        assertEquals(0, registry.addAll(Arrays.asList(duplicate, blank, noSeverity, throwing, null)));
        assertEquals(installed, registry.rules().size());
        assertEquals(List.of(), told);
        assertEquals(List.of(
                "The id \"usecase.unanchored\" is already contributed by dev.cartograph.validation",
                "A rule has no id",
                "The rule example.noSeverity has no severity",
                "The rule example.throwing failed when read: UnsupportedOperationException: no label",
                "A contribution is empty"),
                registry.failures().stream().map(RuleFailure::message).toList());
        assertTrue(registry.add(ValidationRule.builder("example.ok").check(context -> { }).build()));
        assertEquals(List.of(registry), told);
        assertTrue(registry.remove("example.ok").isPresent());
        assertEquals(2, told.size());
    }

    @Test
    void aRuleNeedsACheck() {
        assertThrows(IllegalStateException.class, () -> ValidationRule.builder("example.nothing").build());
    }

    @Test
    void everyBuiltInRuleIsRegisteredOnceWithTheBundleAsContributor() {
        List<ValidationRule> rules = RuleRegistry.withBuiltInRules().rules();
        assertEquals(34, rules.size());
        assertEquals(rules.size(), rules.stream().map(ValidationRule::id).distinct().count());
        assertTrue(rules.stream().allMatch(r -> r.contributor().equals("dev.cartograph.validation")));
    }

    @Test
    void quickFixesThatCannotBeReadCostOnlyThemselves() {
        RuleRegistry registry = new RuleRegistry();
        registry.add(new BrokenFixes());
        Finding finding = new Finding("example.brokenFixes", FindingSeverity.INFO, "x", Fixture.clean().portfolio,
                List.of());
        assertEquals(List.of(), registry.quickFixes(finding));
        assertEquals("The quick fixes of the rule example.brokenFixes could not be read: IllegalStateException: "
                + "no fixes today", registry.failures().get(0).message());
    }

    @Test
    void aScoringOfAnotherPortfolioIsRefused() {
        PortfolioValidation validation = new PortfolioValidation(RuleRegistry.withBuiltInRules());
        var otherScoring = TestCriteria.engine().score(Fixture.clean().portfolio);
        assertThrows(IllegalArgumentException.class,
                () -> validation.validate(Fixture.clean().portfolio, otherScoring, Checks.ENGLISH));
    }

    /** A rule whose quick fixes cannot be listed. */
    private static final class BrokenFixes implements ValidationRule {
        @Override
        public String id() {
            return "example.brokenFixes";
        }

        @Override
        public FindingSeverity defaultSeverity() {
            return FindingSeverity.INFO;
        }

        @Override
        public String label(Locale locale) {
            return "Broken fixes";
        }

        @Override
        public String description(Locale locale) {
            return "";
        }

        @Override
        public String contributor() {
            return CONTRIBUTOR;
        }

        @Override
        public void check(ValidationContext context) {
        }

        @Override
        public List<QuickFix> quickFixes() {
            throw new IllegalStateException("no fixes today");
        }
    }
}
