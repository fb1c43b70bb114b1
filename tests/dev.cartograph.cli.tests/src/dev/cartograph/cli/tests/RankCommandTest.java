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

/** {@code rank FILE}: the ranking, and apart the gated, incomplete and rejected use cases with their reasons. */
class RankCommandTest {

    @TempDir
    Path directory;

    private Portfolio portfolio;
    private Cli cli;

    @BeforeEach
    void writeGrid() {
        portfolio = Portfolios.grid();
        Portfolios.write(portfolio, directory, "grid.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @Test
    void theRankingComesFirstThenTheUseCasesLeftOutWithTheirReasons() {
        Cli.Run run = cli.run("rank", "grid.cartograph");

        assertEquals(0, run.exitCode());
        List<String> lines = List.of(run.out().split("\n"));
        int ranking = lines.indexOf("Ranking");
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "Delta"),
                lines.subList(ranking + 3, ranking + 7).stream().map(l -> l.substring(6, 15).trim()).toList());
        assertTrue(lines.get(ranking + 3).startsWith("   1  Alpha       100.0   100.0        100.0  Quick win  internal  "),
                lines.get(ranking + 3));
        int gated = lines.indexOf("Gated (blocked or not ready)");
        assertTrue(lines.get(gated + 3).equals("Golf      Blocked   " + Portfolios.id(portfolio, "Golf") + "  Effort is 5, at least 5: Too hard"),
                lines.get(gated + 3));
        int incomplete = lines.indexOf("Incomplete");
        assertTrue(lines.get(incomplete + 3).endsWith("  no value for Effort"), lines.get(incomplete + 3));
        int rejected = lines.indexOf("Rejected");
        assertTrue(lines.get(rejected + 3).startsWith("Echo      Rejected  " + Portfolios.id(portfolio, "Echo")),
                lines.get(rejected + 3));
        assertTrue(lines.get(rejected + 3).endsWith("  Too risky"), lines.get(rejected + 3));
        assertTrue(ranking < gated && gated < incomplete && incomplete < rejected);
    }

    @Test
    void jsonListsEachGroupApart() {
        Map<String, Object> json = Json.object(cli.run("rank", "grid.cartograph", "--format", "json").out());

        assertEquals("rank", json.get("command"));
        List<Map<String, Object>> ranking = Json.rows(json, "ranking");
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0), ranking.stream().map(r -> r.get("rank")).toList());
        assertEquals(List.of(100.0, 75.0, 50.0, 12.5), ranking.stream().map(r -> r.get("overall")).toList());
        assertEquals(List.of("quick-win", "quick-win", "fill-in", "drop"),
                ranking.stream().map(r -> r.get("quadrant")).toList());
        Map<String, Object> golf = Json.rows(json, "gated").get(0);
        assertEquals(Map.of("name", "Golf", "standing", "blocked", "id", Portfolios.id(portfolio, "Golf"), "reason",
                "Effort is 5, at least 5: Too hard"), golf);
        assertEquals("no value for Effort", Json.rows(json, "incomplete").get(0).get("reason"));
        assertEquals("Too risky", Json.rows(json, "rejected").get(0).get("reason"));
    }

    @Test
    void csvIsOneTableWhoseSectionColumnNamesTheGroup() {
        Cli.Run run = cli.run("rank", "grid.cartograph", "--format", "csv");

        List<Map<String, String>> rows = Csv.rows(run.out());
        assertEquals(List.of("section", "rank", "name", "overall", "impact", "feasibility", "quadrant", "scope", "id",
                "standing", "reason"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("ranking", "ranking", "ranking", "ranking", "gated", "incomplete", "rejected"),
                rows.stream().map(r -> r.get("section")).toList());
        assertEquals("12.5", rows.get(3).get("overall"));
        assertEquals("", rows.get(4).get("rank"));
        assertEquals("Effort is 5, at least 5: Too hard", rows.get(4).get("reason"));
    }

    @Test
    void aRejectedUseCaseWithoutReasonSaysSo() {
        Portfolio noReason = Portfolios.grid();
        Portfolios.find(noReason, "Echo").setRejectionReason(null);
        Portfolios.write(noReason, directory, "no-reason.cartograph");

        Map<String, Object> json = Json.object(cli.run("rank", "no-reason.cartograph", "--format", "json").out());

        assertEquals("rejected, no reason given", Json.rows(json, "rejected").get(0).get("reason"));
    }

    @Test
    void markdownTitlesEachGroup() {
        String out = cli.run("rank", "grid.cartograph", "--format", "markdown").out();

        assertTrue(out.contains("### Ranking\n\n| Rank | Use case | Overall |"), out);
        assertTrue(out.contains("### Gated (blocked or not ready)\n\n| Use case | Standing | Id | Reason |\n"), out);
        assertTrue(out.contains("| Golf | Blocked | " + ScoreCommandTest.markdown(Portfolios.id(portfolio, "Golf"))
                + " | Effort is 5, at least 5: Too hard |"), out);
    }
}
