// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SampleFile;

/**
 * The commands on the shipped sample portfolio, Kestrel Mutual (written by {@link SampleFile},
 * byte for byte the shipped file), with the eight default criteria.
 */
class SamplePortfolioTest {

    private static final Set<String> COSTS = Set.of("technical-complexity", "compliance-risk");

    @TempDir
    Path directory;

    private Portfolio sample;
    private Cli cli;

    @BeforeEach
    void writeSample() throws IOException {
        sample = SampleFile.write(directory.resolve("kestrel-mutual.cartograph"));
        cli = Cli.withDefaults(directory);
    }

    /**
     * Works the overall score out independently of the engine: per criterion the median of the
     * assessors' values, mapped from 1-5 to 0-100, inverted for costs, then the mean weighted by the
     * portfolio's settings.
     */
    private double overall(UseCase useCase) {
        double sum = 0;
        double weights = 0;
        for (CriterionSetting setting : sample.getScoring().getCriteria()) {
            double[] values = useCase.getScores().stream().filter(s -> s.getCriterionId().equals(setting.getCriterionId()))
                    .mapToDouble(Score::getValue).sorted().toArray();
            int n = values.length;
            double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            double points = (median - 1) / 4 * 100;
            sum += setting.getWeight() * (COSTS.contains(setting.getCriterionId()) ? 100 - points : points);
            weights += setting.getWeight();
        }
        return sum / weights;
    }

    @Test
    void rankOrdersTheRankedUseCasesByTheirWeightedScore() {
        Cli.Run run = cli.run("rank", "kestrel-mutual.cartograph", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = Json.object(run.out());
        assertEquals("Kestrel Mutual AI discovery programme", json.get("portfolio"));
        List<Map<String, Object>> ranking = Json.rows(json, "ranking");
        assertEquals(29, ranking.size());
        double previous = Double.MAX_VALUE;
        for (Map<String, Object> row : ranking) {
            double expected = overall(Portfolios.find(sample, (String) row.get("name")));
            assertEquals(expected, (Double) row.get("overall"), 1e-9, row.get("name").toString());
            assertTrue(expected <= previous, "best first");
            previous = expected;
        }
        assertEquals("Renewal price explanation", ranking.get(0).get("name"));
        assertEquals(List.of("Photo-based home damage assessment"),
                Json.rows(json, "gated").stream().map(r -> r.get("name")).toList());
        assertEquals("not-ready", Json.rows(json, "gated").get(0).get("standing"));
        assertTrue(((String) Json.rows(json, "gated").get(0).get("reason")).startsWith("Data and process maturity is 1, "
                + "at most 1: "), Json.rows(json, "gated").toString());
        List<Map<String, Object>> rejected = Json.rows(json, "rejected");
        assertEquals(List.of("Social media screening of claimants", "Fully automated home claim settlement"),
                rejected.stream().map(r -> r.get("name")).toList());
        assertEquals(Portfolios.find(sample, "Social media screening of claimants").getRejectionReason(),
                rejected.get(0).get("reason"));
        assertEquals(List.of(), Json.rows(json, "incomplete"));
    }

    @Test
    void scoreListsAll32UseCases() {
        Map<String, Object> json = Json.object(cli.run("score", "kestrel-mutual.cartograph", "--format", "json").out());

        assertEquals(32, Json.rows(json, "useCases").size());
        assertEquals(sample.getUseCases().stream().map(UseCase::getName).toList(),
                Json.rows(json, "useCases").stream().map(u -> u.get("name")).toList());
    }

    @Test
    void criteriaShowTheSampleWeights() {
        Map<String, Object> json = Json.object(cli.run("criteria", "kestrel-mutual.cartograph", "--format", "json").out());

        List<Map<String, Object>> criteria = Json.rows(json, "criteria");
        assertEquals(List.of(3.0, 2.0, 3.0, 2.0, 2.0, 1.0, 2.0, 1.0), criteria.stream().map(c -> c.get("weight")).toList());
        assertTrue(criteria.stream().allMatch(c -> Boolean.TRUE.equals(c.get("enabled"))));
        assertEquals(List.of(), Json.rows(json, "notInstalled"));
    }

    @Test
    void theSamplePassesValidation() {
        Cli.Run run = cli.run("validate", "kestrel-mutual.cartograph", "--format", "json");

        assertEquals(0, run.exitCode());
        Map<String, Object> file = Json.rows(Json.object(run.out()), "files").get(0);
        assertEquals(0.0, file.get("errors"));
        assertEquals("passed", file.get("result"));
    }

    @Test
    void theRoadmapStartsInside() {
        Map<String, Object> json = Json.object(cli.run("roadmap", "kestrel-mutual.cartograph", "--format", "json").out());

        List<Map<String, Object>> placements = Json.rows(json, "placements");
        assertEquals("internal-quick-win", placements.get(0).get("tier"));
        assertEquals(1.0, placements.get(0).get("wave"));
        assertEquals(3, Json.rows(json, "waves").size());
        assertTrue(Json.rows(json, "waves").stream().allMatch(w -> Boolean.TRUE.equals(w.get("inModel"))),
                "the sample's own waves are used");
    }
}
