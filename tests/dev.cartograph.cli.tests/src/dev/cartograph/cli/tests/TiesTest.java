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

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;

/**
 * Tied use cases share a rank (standard competition ranking) in every command. Zulu, Alpha and
 * Kilo score alike on the grid (value 5, effort 3: overall 75), Mike below (value 3, effort 2:
 * overall 62.5): ranks =1, =1, =1 and 4, whatever the names.
 */
class TiesTest {

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeTies() {
        Portfolio portfolio = Portfolios.FACTORY.createPortfolio();
        portfolio.setName("Ties");
        for (String name : List.of("Zulu", "Alpha", "Kilo")) {
            portfolio.getUseCases().add(Portfolios.useCase(name, Scope.INTERNAL, UseCaseStatus.IDEA, 5, 3));
        }
        portfolio.getUseCases().add(Portfolios.useCase("Mike", Scope.INTERNAL, UseCaseStatus.IDEA, 3, 2));
        Portfolios.write(portfolio, directory, "ties.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @Test
    void theRankTableShowsTiedRanksWithAnEqualsSign() {
        List<String> lines = List.of(cli.run("rank", "ties.cartograph").out().split("\n"));
        int ranking = lines.indexOf("Ranking");
        assertEquals(List.of("=1  Alpha", "=1  Kilo", "=1  Zulu", " 4  Mike"),
                lines.subList(ranking + 3, ranking + 7).stream().map(l -> l.substring(2, 11).stripTrailing()).toList());
    }

    @Test
    void jsonKeepsANumericRankAndATieFlag() {
        Map<String, Object> json = Json.object(cli.run("rank", "ties.cartograph", "--format", "json").out());
        List<Map<String, Object>> ranking = Json.rows(json, "ranking");
        assertEquals(List.of(1.0, 1.0, 1.0, 4.0), ranking.stream().map(r -> r.get("rank")).toList());
        assertEquals(List.of(true, true, true, false), ranking.stream().map(r -> r.get("tied")).toList());
        List<Map<String, Object>> scores = Json.rows(Json.object(cli.run("score", "ties.cartograph", "--format",
                "json").out()), "useCases");
        assertEquals(List.of(1.0, 1.0, 1.0, 4.0), scores.stream().map(r -> r.get("rank")).toList());
        assertEquals(List.of(true, true, true, false), scores.stream().map(r -> r.get("tied")).toList());
    }

    @Test
    void theCsvRankIsTheSharedNumber() {
        List<List<String>> records = Csv.parse(cli.run("score", "ties.cartograph", "--format", "csv").out());
        assertEquals(List.of("1", "1", "1", "4"), records.subList(1, 5).stream().map(r -> r.get(0)).toList());
    }

    @Test
    void sensitivityRangesOfTiedUseCasesDoNotDependOnTheirNames() {
        Map<String, Object> json = Json.object(cli.run("sensitivity", "ties.cartograph", "--spread", "0.5", "--seed",
                "3", "--format", "json").out());
        List<Map<String, Object>> ranks = Json.rows(json, "ranks");
        List<Map<String, Object>> tied = ranks.subList(0, 3);
        for (Map<String, Object> row : tied) {
            assertEquals(1.0, row.get("rank"), row.toString());
            assertEquals(true, row.get("tied"), row.toString());
            assertEquals(tied.get(0).get("bestRank"), row.get("bestRank"), row.toString());
            assertEquals(tied.get(0).get("worstRank"), row.get("worstRank"), row.toString());
            assertEquals(tied.get(0).get("meanRank"), row.get("meanRank"), row.toString());
        }
        assertEquals(1.0, tied.get(0).get("bestRank"));
        // Mike overtakes them when the effort weight outweighs twice the value weight: then they are all =2
        assertEquals(2.0, tied.get(0).get("worstRank"));
        List<Map<String, Object>> swaps = Json.rows(json, "swaps");
        assertEquals(1, swaps.size(), swaps.toString());
        assertEquals("Mike", swaps.get(0).get("lower"));
        assertTrue(swaps.get(0).get("upper") instanceof String);
    }
}
