// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of {@code bench}'s output at a tiny size; its figures are measured by running it, never asserted. */
class BenchCommandTest {

    @TempDir
    Path directory;

    @Test
    void printsEveryMeasureOfEverySizeWithItsTarget() {
        Cli.Run run = Cli.withDefaults(directory).run("bench", "--sizes", "3,6", "--runs", "1", "--warmup", "0",
                "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        Map<String, Object> json = Json.object(run.out());
        assertEquals(1.0, json.get("runs"));
        assertEquals(0.0, json.get("warmup"));
        assertEquals(42.0, json.get("seed"));
        List<Map<String, Object>> sizes = Json.rows(json, "sizes");
        assertEquals(List.of(3.0, 6.0), sizes.stream().map(s -> s.get("useCases")).toList());
        assertTrue((Double) sizes.get(0).get("elements") > 3 * 20, sizes.toString());
        List<Map<String, Object>> results = Json.rows(json, "results");
        List<String> measures = List.of("load", "save", "validate", "score", "rank", "rescore", "sensitivity",
                "heap-after-gc", "heap-peak");
        assertEquals(measures, results.subList(0, 9).stream().map(r -> r.get("measure")).toList());
        assertEquals(measures, results.subList(9, 18).stream().map(r -> r.get("measure")).toList());
        for (Map<String, Object> result : results) {
            assertTrue(result.get("value") instanceof Double, result.toString());
            String measure = (String) result.get("measure");
            boolean memory = measure.startsWith("heap");
            assertEquals(memory ? "MB" : "ms", result.get("unit"));
            boolean threaded = measure.equals("sensitivity");
            assertEquals(!memory && !threaded, result.get("cpuMillis") instanceof Double, result.toString());
            boolean targeted = result.get("target") != null;
            assertEquals(targeted, result.get("met") instanceof Boolean, result.toString());
        }
        Map<String, Object> load = results.get(0);
        assertTrue(load.get("baseline") instanceof Double, "load is compared with plain EMF");
        assertEquals("at most 1.2 x plain EMF", load.get("target"));
        assertEquals(null, results.get(3).get("baseline"));
        assertEquals("under 50 ms", results.get(3).get("target"));
        assertTrue(run.err().contains("bench: 6: sensitivity"), "progress goes to the error stream: " + run.err());

        List<Map<String, Object>> maps = Json.rows(json, "maps");
        Map<String, Object> workflow = maps.stream().filter(m -> "1300 steps".equals(m.get("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError(maps.toString()));
        assertEquals("workflow", workflow.get("map"));
        assertTrue((Double) workflow.get("boxes") >= 1300, workflow.toString());
        assertEquals("under 500 ms", workflow.get("target"));
        assertTrue(workflow.get("met") instanceof Boolean);
        Map<String, Object> portfolio = maps.stream().filter(m -> "6 use cases".equals(m.get("subject"))).findFirst()
                .orElseThrow(() -> new AssertionError(maps.toString()));
        assertEquals("portfolio", portfolio.get("map"));
        assertEquals("under 2,000 ms", portfolio.get("target"));
        for (Map<String, Object> map : maps) {
            for (String figure : List.of("buildMillis", "layoutMillis", "svgMillis", "totalMillis", "svgKilobytes")) {
                assertTrue(map.get(figure) instanceof Double, figure + " of " + map);
            }
        }
        assertTrue(json.get("mapHeapMegabytes") instanceof Double, json.toString());

        List<Map<String, Object>> imports = Json.rows(json, "import");
        assertEquals(List.of("csv", "xlsx", "export xlsx"), imports.stream().map(m -> m.get("format")).toList());
        for (Map<String, Object> figures : imports) {
            assertEquals(6.0, figures.get("rows"), "the largest size's use cases, every one imported");
            assertTrue(figures.get("totalMillis") instanceof Double, figures.toString());
            assertTrue(figures.get("met") instanceof Boolean, figures.toString());
        }
        assertTrue(imports.get(0).get("heapMegabytes") instanceof Double, imports.toString());
        assertTrue(imports.get(1).get("readMillis") instanceof Double, imports.toString());
    }

    @Test
    void badSizesAreAUsageError() {
        Cli.Run run = Cli.withDefaults(directory).run("bench", "--sizes", "10,0");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("cartograph bench: option --sizes: '10,0' is not a list of sizes from 1 to 100,000 "
                + "separated by commas (see 'cartograph bench --help')"), run.errLines());
    }
}
