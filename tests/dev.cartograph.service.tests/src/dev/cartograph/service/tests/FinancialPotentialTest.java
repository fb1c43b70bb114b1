// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.CriterionScore;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ValueSource;
import dev.cartograph.scoring.criteria.FinancialPotential;

/** The financial potential computed from the business case when no assessor scored it. */
class FinancialPotentialTest {

    private static ThisBundle.Opened opened;

    @BeforeAll
    static void open() {
        opened = new ThisBundle.Opened();
    }

    @AfterAll
    static void close() {
        opened.close();
    }

    /** Revenue gained + cost avoided - running cost per year; an empty cell is a figure not set. */
    @ParameterizedTest(name = "{0} + {1} - {2} -> level {3}")
    @CsvSource({
            "60000,   30000,   ,        1", // 90,000
            "60000,   40000,   ,        2", // 100,000: lowest of level 2
            ",        249999,  ,        2",
            "200000,  100000,  50000,   3", // 250,000: lowest of level 3
            "300000,  300000,  100001,  3", // 499,999
            "300000,  300000,  100000,  4", // 500,000
            "2000000, 0,       1100000, 4", // 900,000
            "800000,  400000,  200000,  5", // 1,000,000
            "100000,  ,        300000,  1", // a loss of 200,000
            "0,       ,        ,        1"})
    void mapsTheNetAnnualBenefitToALevel(Double revenue, Double avoided, Double running, int level) {
        assertEquals(OptionalDouble.of(level), FinancialPotential.level(businessCase(revenue, avoided, running)));
    }

    @Test
    void saysNothingWithoutAQuantifiedBenefit() {
        assertEquals(OptionalDouble.empty(), FinancialPotential.level(null));
        assertEquals(OptionalDouble.empty(), FinancialPotential.level(businessCase(null, null, null)));
        assertEquals(OptionalDouble.empty(), FinancialPotential.level(businessCase(null, null, 40_000.0)));
    }

    @Test
    void isComputedOnlyWhenNoAssessorScoredIt() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Portfolio assessed = Sample.rankable(opened.services.criteria());
        Sample.score(Sample.useCase(assessed), "financial-potential", 2);

        CriterionScore computed = financial(opened.services.createEngine().score(portfolio));
        assertEquals(ValueSource.COMPUTED, computed.source());
        assertEquals(3.0, computed.value()); // 200,000 + 150,000 - 50,000 = 300,000
        assertEquals(50.0, computed.normalised());

        CriterionScore scored = financial(opened.services.createEngine().score(assessed));
        assertEquals(ValueSource.ASSESSED, scored.source());
        assertEquals(2.0, scored.value());
    }

    @Test
    void leavesTheUseCaseIncompleteWhenTheBusinessCaseHasNoFigure() {
        Portfolio portfolio = Sample.rankable(opened.services.criteria());
        Sample.useCase(portfolio).setBusinessCase(CartographFactory.eINSTANCE.createBusinessCase());
        ScoringResult result = opened.services.createEngine().score(portfolio);
        assertEquals(ValueSource.MISSING, financial(result).source());
        assertTrue(result.all().get(0).missing().stream().anyMatch(c -> c.id().equals("financial-potential")));
    }

    private static CriterionScore financial(ScoringResult result) {
        return result.all().get(0).criterion("financial-potential").orElseThrow();
    }

    private static BusinessCase businessCase(Double revenue, Double avoided, Double running) {
        BusinessCase businessCase = CartographFactory.eINSTANCE.createBusinessCase();
        if (revenue != null) {
            businessCase.setAnnualRevenueGained(revenue);
        }
        if (avoided != null) {
            businessCase.setAnnualCostAvoided(avoided);
        }
        if (running != null) {
            businessCase.setRunningCostPerYear(running);
        }
        return businessCase;
    }
}
