// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;

/** {@code score FILE} in each format, on the grid portfolio whose scores are worked out in {@link Portfolios}. */
class ScoreCommandTest {

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
    void theTableListsEveryUseCaseInFileOrderWithItsScores() {
        Cli.Run run = cli.run("score", "grid.cartograph");

        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        List<String> lines = List.of(run.out().split("\n"));
        assertEquals("Scores: grid.cartograph", lines.get(0));
        assertTrue(lines.contains("Portfolio: Grid"), run.out());
        assertTrue(lines.contains("Strategy: Weighted sum"), run.out());
        int header = lines.indexOf("Use cases") + 1;
        assertTrue(lines.get(header).startsWith("Rank  Use case  Scope     Status     Standing    Impact  Feasibility  Overall"),
                lines.get(header));
        assertEquals("   1  Alpha     internal  approved   Ranked       100.0        100.0    100.0  Quick win"
                + " ".repeat(13) + Portfolios.id(portfolio, "Alpha"), lines.get(header + 2));
        assertEquals("   4  Delta     external  idea       Ranked         0.0         25.0     12.5  Drop"
                + " ".repeat(18) + Portfolios.id(portfolio, "Delta"), lines.get(header + 5));
        assertEquals("   -  Echo      internal  rejected   Rejected     100.0        100.0    100.0  Quick win"
                + " ".repeat(13) + Portfolios.id(portfolio, "Echo"), lines.get(header + 6));
        assertEquals("   -  Foxtrot   internal  idea       Incomplete       -            -        -"
                + " ".repeat(24) + Portfolios.id(portfolio, "Foxtrot"), lines.get(header + 7));
        assertEquals("   -  Golf      external  qualified  Blocked      100.0          0.0     50.0  Strategic bet"
                + " ".repeat(9) + Portfolios.id(portfolio, "Golf"), lines.get(header + 8));
    }

    @Test
    void jsonGivesExactScoresAndStableIds() {
        Cli.Run run = cli.run("score", "grid.cartograph", "--format", "json");

        assertEquals(0, run.exitCode());
        Map<String, Object> json = Json.object(run.out());
        assertEquals("score", json.get("command"));
        assertEquals("grid.cartograph", json.get("file"));
        assertEquals("weighted-sum", json.get("strategy"));
        assertEquals(50.0, json.get("impactThreshold"));
        List<Map<String, Object>> useCases = Json.rows(json, "useCases");
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"),
                useCases.stream().map(u -> u.get("name")).toList());
        Map<String, Object> delta = useCases.get(3);
        assertEquals(4.0, delta.get("rank"));
        assertEquals("external", delta.get("scope"));
        assertEquals("idea", delta.get("status"));
        assertEquals("ranked", delta.get("standing"));
        assertEquals(0.0, delta.get("impact"));
        assertEquals(25.0, delta.get("feasibility"));
        assertEquals(12.5, delta.get("overall"));
        assertEquals("drop", delta.get("quadrant"));
        assertEquals(Portfolios.id(portfolio, "Delta"), delta.get("id"));
        Map<String, Object> foxtrot = useCases.get(5);
        assertNull(foxtrot.get("rank"));
        assertEquals("incomplete", foxtrot.get("standing"));
        assertNull(foxtrot.get("overall"));
        assertNull(foxtrot.get("quadrant"));
        assertEquals("blocked", useCases.get(6).get("standing"));
        assertEquals(List.of(), json.get("notes"));
    }

    @Test
    void csvHasOneRecordPerUseCaseWithMachineValues() {
        Cli.Run run = cli.run("score", "grid.cartograph", "--format", "csv");

        assertEquals(0, run.exitCode());
        List<List<String>> records = Csv.parse(run.out());
        assertEquals(List.of("rank", "name", "scope", "status", "standing", "impact", "feasibility", "overall", "quadrant",
                "flags", "id"), records.get(0));
        assertEquals(List.of("2", "Bravo", "external", "qualified", "ranked", "75", "75", "75", "quick-win", "",
                Portfolios.id(portfolio, "Bravo")), records.get(2));
        assertEquals(List.of("", "Foxtrot", "internal", "idea", "incomplete", "", "", "", "", "",
                Portfolios.id(portfolio, "Foxtrot")), records.get(6));
        assertEquals(8, records.size());
    }

    @Test
    void markdownIsATableForAPullRequest() {
        Cli.Run run = cli.run("score", "grid.cartograph", "--format", "markdown");

        assertEquals(0, run.exitCode());
        List<String> lines = List.of(run.out().split("\n"));
        assertEquals("## Scores: grid.cartograph", lines.get(0));
        assertTrue(lines.contains("- **Portfolio:** Grid"), run.out());
        assertTrue(lines.contains("| Rank | Use case | Scope | Status | Standing | Impact | Feasibility | Overall | Quadrant "
                + "| Flags | Id |"), run.out());
        assertTrue(lines.contains("| ---: | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- |"), run.out());
        assertTrue(lines.contains("| 3 | Charlie | internal | idea | Ranked | 25.0 | 75.0 | 50.0 | Fill-in |  | "
                + markdown(Portfolios.id(portfolio, "Charlie")) + " |"), run.out());
    }

    /** @return an EMF id (letters, digits, - and _) as Markdown shows it: _ is escaped, as it would start emphasis */
    static String markdown(String id) {
        return id.replace("_", "\\_");
    }

    @Test
    void aCriterionNoPluginProvidesIsNamedInTheNotes() {
        Portfolio withUnknown = Portfolios.grid();
        Portfolios.find(withUnknown, "Alpha").getScores().add(Portfolios.score("sustainability", 4));
        Portfolios.find(withUnknown, "Bravo").getScores().add(Portfolios.score("sustainability", 2));
        Portfolios.write(withUnknown, directory, "unknown.cartograph");

        Cli.Run table = cli.run("score", "unknown.cartograph");
        Cli.Run csv = cli.run("score", "unknown.cartograph", "--format", "csv");

        String note = "Scores name the criterion 'sustainability', which no installed plug-in provides (2 use cases): "
                + "they are not counted.";
        assertTrue(table.out().contains("Notes\n- " + note + "\n"), table.out());
        assertTrue(table.out().contains("   1  Alpha "), "the unknown scores change nothing: " + table.out());
        assertEquals("note: " + note + "\n", csv.err(), "CSV cannot hold notes: they go to the error stream");
        assertEquals(0, csv.exitCode());
    }
}
