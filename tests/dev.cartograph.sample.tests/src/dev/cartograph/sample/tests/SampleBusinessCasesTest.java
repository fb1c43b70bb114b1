// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.sample.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.tests.support.SamplePortfolio;

/** The best-ranked use cases and all those past qualification have a complete, measurable business case. */
class SampleBusinessCasesTest {

    private static final Portfolio PORTFOLIO = SamplePortfolio.build();

    private static final Set<UseCaseStatus> PAST_QUALIFICATION = Set.of(UseCaseStatus.BUSINESS_CASE,
            UseCaseStatus.APPROVED, UseCaseStatus.PILOT, UseCaseStatus.DEPLOYED);

    @Test
    void theFifteenBestRankedUseCasesHaveAMeasurableBusinessCase() {
        List<UseCase> ranked = PORTFOLIO.getUseCases().stream()
                .sorted(Comparator.comparingDouble(Grid::overall).reversed()).toList();
        // Ties at the fifteenth place count as top fifteen too: the set must not depend on the sort order.
        double fifteenth = Grid.overall(ranked.get(14));
        List<UseCase> top = ranked.stream().filter(useCase -> Grid.overall(useCase) >= fifteenth - 1e-9).toList();
        assertTrue(top.size() >= 15);
        top.forEach(SampleBusinessCasesTest::assertMeasurable);
    }

    @Test
    void theBestRankedUseCasesAreTheRenewalExplanationAndTheClaimStatusUpdates() {
        List<String> best = PORTFOLIO.getUseCases().stream().filter(useCase -> Grid.overall(useCase) == 78.125)
                .map(UseCase::getName).sorted().toList();
        assertEquals(List.of("Proactive claim status updates", "Renewal price explanation"), best);
        assertEquals(78.125, PORTFOLIO.getUseCases().stream().mapToDouble(Grid::overall).max().orElseThrow());
    }

    @Test
    void everyUseCasePastQualificationHasAMeasurableBusinessCase() {
        List<UseCase> advanced = PORTFOLIO.getUseCases().stream()
                .filter(useCase -> PAST_QUALIFICATION.contains(useCase.getStatus())).toList();
        assertTrue(advanced.size() >= 15);
        advanced.forEach(SampleBusinessCasesTest::assertMeasurable);
    }

    @Test
    void everyBusinessCaseIsACompleteOnePager() {
        for (UseCase useCase : PORTFOLIO.getUseCases()) {
            BusinessCase businessCase = useCase.getBusinessCase();
            if (businessCase == null) {
                continue;
            }
            String name = useCase.getName();
            for (String text : List.of(businessCase.getProblem(), businessCase.getProposedSolution(),
                    businessCase.getExpectedBenefits(), businessCase.getDataNeeded(), businessCase.getRisks(),
                    businessCase.getComplianceNotes(), businessCase.getDependencies())) {
                assertNotNull(text, name);
                assertFalse(text.isBlank(), name);
            }
            assertEquals(useCase.getSponsor(), businessCase.getSponsor(), name);
            assertTrue(businessCase.isSetOneOffCost() && businessCase.getOneOffCost() > 0, name);
            assertTrue(businessCase.isSetRunningCostPerYear() && businessCase.getRunningCostPerYear() > 0, name);
            assertTrue(businessCase.isSetAnnualRevenueGained() || businessCase.isSetAnnualCostAvoided(), name);
            assertTrue(businessCase.isSetTimeToValueMonths() && businessCase.getTimeToValueMonths() > 0, name);
        }
    }

    @Test
    void invoiceExtractionPaysBackWithinAYear() {
        BusinessCase invoices = PORTFOLIO.getUseCases().stream()
                .filter(useCase -> useCase.getName().equals("Invoice data extraction")).findFirst().orElseThrow()
                .getBusinessCase();
        // EUR 290,000 avoided minus EUR 60,000 running = 230,000 a year net, against EUR 220,000 one-off.
        double netPerYear = invoices.getAnnualCostAvoided() - invoices.getRunningCostPerYear();
        assertEquals(230_000, netPerYear);
        assertTrue(invoices.getOneOffCost() / netPerYear < 1);
    }

    private static void assertMeasurable(UseCase useCase) {
        BusinessCase businessCase = useCase.getBusinessCase();
        assertNotNull(businessCase, useCase.getName());
        assertFalse(businessCase.getKpis().isEmpty(), useCase.getName());
        for (Kpi kpi : businessCase.getKpis()) {
            String where = useCase.getName() + " / " + kpi.getName();
            assertFalse(kpi.getName().isBlank(), where);
            assertFalse(kpi.getUnit().isBlank(), where);
            assertTrue(kpi.isSetBaseline() && kpi.isSetTarget(), where);
            assertNotEquals(kpi.getBaseline(), kpi.getTarget(), where);
            assertTrue(kpi.isSetHorizonMonths() && kpi.getHorizonMonths() > 0, where);
        }
    }
}
