// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.cli.internal.bench.SyntheticPortfolio;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;

/** The benchmark's generated portfolios: deterministic, and of the size they claim. */
class SyntheticPortfolioTest {

    @Test
    void theSameSeedGivesTheSamePortfolio() {
        assertTrue(EcoreUtil.equals(SyntheticPortfolio.generate(150, 7), SyntheticPortfolio.generate(150, 7)));
    }

    @Test
    void theSameSeedGivesTheSameFile(@TempDir Path directory) throws Exception {
        SyntheticPortfolio.write(SyntheticPortfolio.generate(40, 3), directory.resolve("a.cartograph"), 3);
        SyntheticPortfolio.write(SyntheticPortfolio.generate(40, 3), directory.resolve("b.cartograph"), 3);

        assertArrayEquals(Files.readAllBytes(directory.resolve("a.cartograph")),
                Files.readAllBytes(directory.resolve("b.cartograph")));
    }

    /**
     * At n use cases: a portfolio, its scoring configuration with 8 settings and 2 gates; n / 100
     * journeys of 6 stages, each with 2 touchpoints and 3 frictions with one piece of evidence;
     * n / 25 workflows of 10 steps, each with a friction and its evidence; 10 initiatives; 50 data
     * assets; n use cases, each with a business case of 2 KPIs and 3 scores per criterion scored;
     * a roadmap of 3 waves.
     */
    @Test
    void holdsTheElementsItDescribes() {
        int n = 1000;
        Portfolio portfolio = SyntheticPortfolio.generate(n, 42);

        assertEquals(n, portfolio.getUseCases().size());
        assertEquals(n / 100, portfolio.getJourneys().size());
        for (CustomerJourney journey : portfolio.getJourneys()) {
            assertEquals(6, journey.getStages().size());
        }
        assertEquals(n / 25, portfolio.getWorkflows().size());
        for (Workflow workflow : portfolio.getWorkflows()) {
            assertEquals(10, workflow.getSteps().size());
        }
        int scores = 0;
        for (UseCase useCase : portfolio.getUseCases()) {
            int count = useCase.getScores().size();
            assertTrue(count == 24 || count == 21, "3 assessors on 8 criteria, or on 7: " + count);
            assertEquals(1, useCase.getSteps().size());
            assertEquals(2, useCase.getBusinessCase().getKpis().size());
            scores += count;
        }
        int journeys = n / 100;
        int workflows = n / 25;
        int expected = 1 + 1 + 8 + 2 + journeys * (1 + 6 + 6 * 2 + 6 * 3 * 2) + workflows * (1 + 10 * 3) + 10 + 50
                + n * (1 + 1 + 2) + scores + 1 + 3;
        assertEquals(expected, SyntheticPortfolio.elementCount(portfolio));
        assertTrue(expected > 29 * n && expected < 31 * n, "about 30 elements per use case: " + expected);
    }
}
