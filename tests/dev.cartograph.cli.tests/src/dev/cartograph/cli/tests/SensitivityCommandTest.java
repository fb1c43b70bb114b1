// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/**
 * {@code sensitivity FILE}. Two use cases on the grid: A (value 5, effort 3: 100 and 50 points,
 * overall 75) and B (value 3, effort 2: 50 and 75 points, overall 62.5). A leads by
 * 1 x (100 - 50) + 1 x (50 - 75) = 25: the value weight must drop by 25 / 50 = 0.5 (-50%) to tie
 * them, the effort weight must rise by 25 / 25 = 1 (+100%): the smallest change is the value weight,
 * from 1 to 0.5.
 */
class SensitivityCommandTest {

    @TempDir
    Path directory;

    private Portfolio portfolio;
    private Cli cli;

    @BeforeEach
    void writePair() {
        portfolio = Portfolios.FACTORY.createPortfolio();
        portfolio.setName("Pair");
        portfolio.getUseCases().add(Portfolios.useCase("A", Scope.INTERNAL, UseCaseStatus.IDEA, 5, 3));
        portfolio.getUseCases().add(Portfolios.useCase("B", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 2));
        Portfolios.write(portfolio, directory, "pair.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @Test
    void theSmallestWeightChangeThatSwapsNeighboursIsWorkedOutByHand() {
        Map<String, Object> json = Json.object(cli.run("sensitivity", "pair.cartograph", "--format", "json").out());

        List<Map<String, Object>> swaps = Json.rows(json, "swaps");
        assertEquals(1, swaps.size());
        assertEquals(Map.of("rank", 1.0, "upper", "A", "lower", "B", "criterion", "value", "fromWeight", 1.0,
                "toWeight", 0.5, "changePercent", -50.0), swaps.get(0));
    }

    @Test
    void withoutSpreadTheRanksNeverMove() {
        Map<String, Object> json = Json.object(cli.run("sensitivity", "pair.cartograph", "--spread", "0", "--samples",
                "50", "--top", "1", "--seed", "7", "--format", "json").out());

        assertEquals(50.0, json.get("samples"));
        assertEquals(0.0, json.get("spread"));
        assertEquals(1.0, json.get("top"));
        assertEquals(7.0, json.get("seed"));
        assertEquals(List.of(Map.of("rank", 1.0, "tied", false, "name", "A", "bestRank", 1.0, "worstRank", 1.0, "meanRank", 1.0,
                "topProbability", 1.0, "id", Portfolios.id(portfolio, "A")),
                Map.of("rank", 2.0, "tied", false, "name", "B", "bestRank", 2.0, "worstRank", 2.0, "meanRank", 2.0,
                        "topProbability", 0.0, "id", Portfolios.id(portfolio, "B"))),
                Json.rows(json, "ranks"));
    }

    @Test
    void theTableShowsTheShareInTheTopKAsAPercentage() {
        Cli.Run run = cli.run("sensitivity", "pair.cartograph", "--spread", "0", "--top", "1");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Rank  Use case  Best rank  Worst rank  Mean rank  In top 1  Id\n"), run.out());
        assertTrue(run.out().contains("   1  A                 1           1        1.0      100%  "), run.out());
        assertTrue(run.out().contains("   1  A      B      Value        1.00        0.50       -50.0\n"), run.out());
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        Cli.Run first = cli.run("sensitivity", "pair.cartograph", "--spread", "0.9", "--seed", "12345");
        Cli.Run second = cli.run("sensitivity", "pair.cartograph", "--spread", "0.9", "--seed", "12345");

        assertEquals(first.out(), second.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--top|0|option --top: '0' is not a number from 1 to 2,147,483,647",
        "--samples|-1|option --samples: '-1' is not a number from 0 to 1,000,000",
        "--spread|1.5|option --spread: '1.5' is not a number from 0 to 1",
        "--spread|lots|option --spread: 'lots' is not a number from 0 to 1",
        "--seed|x|option --seed: 'x' is not a whole number" })
    void aBadOptionValueIsAUsageError(String option, String value, String problem) {
        Cli.Run run = cli.run("sensitivity", "pair.cartograph", option, value);

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("cartograph sensitivity: " + problem + " (see 'cartograph sensitivity --help')"),
                run.errLines());
    }
}
