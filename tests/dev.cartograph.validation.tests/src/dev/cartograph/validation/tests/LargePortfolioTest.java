// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.RuleRegistry;
import dev.cartograph.validation.ValidationReport;

/**
 * Validation at the size of a large programme (10,000 use cases, about 311,000 elements) finds
 * exactly the planted defects. Correctness only: its timing is for a benchmark to measure.
 */
class LargePortfolioTest {

    @Test
    void tenThousandUseCasesWithPlantedDefects() {
        Portfolio portfolio = LargePortfolio.build(10_000).portfolio;
        int elements = 0;
        for (var it = portfolio.eAllContents(); it.hasNext(); it.next()) {
            elements++;
        }
        assertTrue(elements > 300_000, String.valueOf(elements));
        ScoringResult scoring = TestCriteria.engine().score(portfolio);
        ValidationReport report = new PortfolioValidation(RuleRegistry.withBuiltInRules()).validate(portfolio, scoring,
                Checks.ENGLISH);

        Map<String, Integer> perRule = new TreeMap<>();
        for (Finding finding : report.findings()) {
            perRule.merge(finding.ruleId(), 1, Integer::sum);
        }
        // 100 use cases numbered 50 modulo 100, 40 numbered 249 modulo 250, one cycle
        assertEquals(Map.of(BuiltInRules.USE_CASE_UNANCHORED, 100, BuiltInRules.FRICTION_UNADDRESSED, 100,
                BuiltInRules.USE_CASE_DUPLICATE_NAME, 40, BuiltInRules.USE_CASE_DEPENDENCY_CYCLE, 1), perRule);
        assertEquals(1, report.count(FindingSeverity.ERROR));
        assertEquals(140, report.count(FindingSeverity.WARNING));
        assertEquals(100, report.count(FindingSeverity.INFO));

        List<UseCase> useCases = portfolio.getUseCases();
        Finding cycle = report.findings().get(0);
        assertEquals(useCases.get(0), cycle.element());
        assertEquals(List.of(useCases.get(10), useCases.get(20)), cycle.related());
        // warnings in model order: the unanchored use cases 50 and 150, then the duplicate 249
        assertEquals(List.of(useCases.get(50), useCases.get(150), useCases.get(249)),
                report.findings().subList(1, 4).stream().map(Finding::element).toList());
        assertEquals(List.of(useCases.get(248)), report.findings().get(3).related());
        assertTrue(report.failures().isEmpty());
    }
}
