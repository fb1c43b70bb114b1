// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;

/**
 * {@code roadmap FILE} on the grid portfolio, which has no roadmap: three waves are proposed, each
 * of capacity 1 (two quick wins and strategic bets shared by three waves, rounded up). Alpha, the
 * internal quick win, comes first; Bravo, the external quick win, next; Charlie, a fill-in, takes
 * the room left. Delta (drop), Golf (blocked), Foxtrot (incomplete) and Echo (rejected) are not
 * planned.
 */
class RoadmapCommandTest {

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
    void internalQuickWinsComeFirstAndEveryPlacementHasAReason() {
        Map<String, Object> json = Json.object(cli.run("roadmap", "grid.cartograph", "--format", "json").out());

        assertEquals(List.of(Map.of("wave", 1.0, "waveName", "Wave 1", "capacity", 1.0, "planned", 1.0, "deployed", 0.0, "inModel", false),
                Map.of("wave", 2.0, "waveName", "Wave 2", "capacity", 1.0, "planned", 1.0, "deployed", 0.0, "inModel", false),
                Map.of("wave", 3.0, "waveName", "Wave 3", "capacity", 1.0, "planned", 1.0, "deployed", 0.0, "inModel", false)),
                Json.rows(json, "waves"));
        List<Map<String, Object>> placements = Json.rows(json, "placements");
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), placements.stream().map(p -> p.get("name")).toList());
        assertEquals(List.of("internal-quick-win", "external-quick-win", "fill-in"),
                placements.stream().map(p -> p.get("tier")).toList());
        assertEquals("internal quick win, overall 100", placements.get(0).get("reason"));
        assertEquals(Portfolios.id(portfolio, "Alpha"), placements.get(0).get("id"));
        Map<String, Object> unplanned = Json.rows(json, "unplanned").stream()
                .collect(java.util.stream.Collectors.toMap(u -> (String) u.get("name"), u -> u.get("reason")));
        assertEquals("rejected: Too risky", unplanned.get("Echo"));
        assertEquals("incomplete: missing Effort", unplanned.get("Foxtrot"));
        assertEquals("blocked: Effort is 5, at least 5: Too hard", unplanned.get("Golf"));
        assertTrue(((String) unplanned.get("Delta")).startsWith("drop quadrant"), unplanned.get("Delta").toString());
    }

    @Test
    void theFileIsNotChanged() throws Exception {
        Path file = directory.resolve("grid.cartograph");
        byte[] before = Files.readAllBytes(file);

        Cli.Run run = cli.run("roadmap", "grid.cartograph");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("\nPlanned\nWave  Use case  Tier"), run.out());
        assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
    }
}
