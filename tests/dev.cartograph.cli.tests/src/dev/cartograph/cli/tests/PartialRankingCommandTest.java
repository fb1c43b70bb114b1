// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.model.UseCase;

/**
 * Ranking on partial scores from the command line, on the eight default criteria (1-5, weight 1,
 * the two risks as costs): "Inventory row" is scored 5 on three impact criteria and on data
 * maturity, and 1 on technical complexity (a cost: 100 points), so it is scored on 5 of 8
 * criteria, all at 100 points; "Complete" is scored 3 (50 points) on all eight.
 */
@SuppressWarnings("nls")
class PartialRankingCommandTest {

    @TempDir
    Path directory;

    private Cli cli;
    private Portfolio portfolio;

    @BeforeEach
    void writePortfolio() {
        portfolio = Portfolios.FACTORY.createPortfolio();
        portfolio.setName("Inventory");
        UseCase row = Portfolios.FACTORY.createUseCase();
        row.setName("Inventory row");
        for (String id : List.of("strategic-value", "customer-experience", "initiative-alignment", "data-process-maturity")) {
            row.getScores().add(Portfolios.score(id, 5));
        }
        row.getScores().add(Portfolios.score("technical-complexity", 1));
        UseCase complete = Portfolios.FACTORY.createUseCase();
        complete.setName("Complete");
        for (String id : List.of("strategic-value", "customer-experience", "financial-potential", "data-process-maturity",
                "technical-complexity", "brand-impact", "compliance-risk", "initiative-alignment")) {
            complete.getScores().add(Portfolios.score(id, 3));
        }
        portfolio.getUseCases().add(row);
        portfolio.getUseCases().add(complete);
        Portfolios.write(portfolio, directory, "inventory.cartograph");
        cli = Cli.withDefaults(directory);
    }

    @Test
    void strictByDefaultWithANoteThatPartialRankingWouldRankTheRest() {
        Cli.Run run = cli.run("rank", "inventory.cartograph", "--format", "json");
        Map<String, Object> json = Json.object(run.out());

        assertEquals("strict", field(json, "rankingMode"));
        assertEquals(List.of("Complete"), Json.rows(json, "ranking").stream().map(r -> r.get("name")).toList());
        assertEquals("Inventory row", Json.rows(json, "incomplete").get(0).get("name"));
        assertTrue(String.valueOf(json.get("notes")).contains("1 use cases lack a score on some enabled criterion"),
                String.valueOf(json.get("notes")));
    }

    @Test
    void partialRanksOnTheCriteriaScoredAndSaysHowMany() {
        Map<String, Object> json = Json.object(cli.run("rank", "inventory.cartograph", "--partial", "--format", "json").out());

        assertEquals("partial", field(json, "rankingMode"));
        assertEquals(8.0, field(json, "enabledCriteria"));
        List<Map<String, Object>> ranking = Json.rows(json, "ranking");
        assertEquals(List.of("Inventory row", "Complete"), ranking.stream().map(r -> r.get("name")).toList());
        Map<String, Object> first = ranking.get(0);
        assertEquals(100.0, first.get("overall"));
        assertEquals(5.0, first.get("scored"));
        assertEquals(0.625, first.get("weightCoverage"));
        assertEquals(Boolean.TRUE, first.get("partial"));
        Map<String, Object> second = ranking.get(1);
        assertEquals(50.0, second.get("overall"));
        assertEquals(8.0, second.get("scored"));
        assertEquals(1.0, second.get("weightCoverage"));
        assertEquals(Boolean.FALSE, second.get("partial"));
        assertTrue(Json.rows(json, "incomplete").isEmpty());
    }

    @Test
    void theTableMarksTheCoverageAndTheScoreCommandToo() {
        Cli.Run rank = cli.run("rank", "inventory.cartograph", "--partial");
        assertEquals(0, rank.exitCode(), rank.err());
        assertTrue(rank.out().contains("Scored of 8"), rank.out());
        assertTrue(rank.out().contains("partial: on the criteria scored, at least 50% of them"), rank.out());
        String row = rank.out().lines().filter(l -> l.contains("Inventory row")).findFirst().orElseThrow();
        assertTrue(row.matches(".*\\b5\\s+62%\\s+yes\\b.*"), row);

        Map<String, Object> score = Json.object(cli.run("score", "inventory.cartograph", "--partial", "--format", "json").out());
        Map<String, Object> scored = Json.rows(score, "useCases").get(0);
        assertEquals("ranked", scored.get("standing"));
        assertEquals(Boolean.TRUE, scored.get("partial"));
        assertEquals(5.0, scored.get("scored"));
    }

    @Test
    void thePortfoliosOwnSettingAndMinimumApplyWithoutTheOption() {
        ScoringConfiguration scoring = Portfolios.FACTORY.createScoringConfiguration();
        scoring.setPartialRanking(true);
        scoring.setMinimumCoverage(75);
        portfolio.setScoring(scoring);
        Portfolios.write(portfolio, directory, "strict-minimum.cartograph");

        Map<String, Object> json = Json.object(cli.run("rank", "strict-minimum.cartograph", "--format", "json").out());

        assertEquals("partial", field(json, "rankingMode"));
        // 5 of 8 is 62.5 %, under 75 %
        assertEquals(List.of("Complete"), Json.rows(json, "ranking").stream().map(r -> r.get("name")).toList());
        assertFalse(Json.rows(json, "incomplete").isEmpty());
    }

    @Test
    void sensitivityAndRoadmapAcceptTheOption() {
        Cli.Run sensitivity = cli.run("sensitivity", "inventory.cartograph", "--partial", "--samples", "200", "--format", "json");
        assertEquals(0, sensitivity.exitCode(), sensitivity.err());
        assertEquals(2, Json.rows(Json.object(sensitivity.out()), "ranks").size());
        Cli.Run roadmap = cli.run("roadmap", "inventory.cartograph", "--partial", "--format", "json");
        assertEquals(0, roadmap.exitCode(), roadmap.err());
        assertEquals("partial", field(Json.object(roadmap.out()), "rankingMode"));
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> json, String key) {
        Object fields = json.get("fields");
        Object value = fields instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(key) : json.get(key);
        return value instanceof Map<?, ?> label ? label.get("id") : value;
    }
}
