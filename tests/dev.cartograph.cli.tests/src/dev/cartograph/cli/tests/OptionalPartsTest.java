// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.tests.support.SampleWithout;

/**
 * Every command on portfolios that lack what the metamodel makes optional (roadmap, waves, scoring
 * configuration, business cases): a result, never an internal error.
 */
class OptionalPartsTest {

    @TempDir
    Path directory;

    static Stream<Arguments> commandsOnEachVariant() {
        List<List<String>> commands = List.of(List.of("validate"), List.of("score"), List.of("rank"),
                List.of("sensitivity", "--samples", "50"), List.of("roadmap"), List.of("criteria"),
                List.of("map", "--format", "svg"));
        return Stream.of(SampleWithout.values()).flatMap(variant -> commands.stream()
                .flatMap(command -> Stream.of("table", "json").map(format -> Arguments.of(variant, command, format))));
    }

    @ParameterizedTest(name = "{1} {2} on the sample without {0}")
    @MethodSource("commandsOnEachVariant")
    void everyCommandGivesAResult(SampleWithout variant, List<String> command, String format) {
        Portfolios.write(variant.portfolio(), directory, variant.fileName());
        List<String> args = new ArrayList<>(command.subList(0, 1));
        args.add(variant.fileName());
        args.addAll(command.subList(1, command.size()));
        if (!command.contains("map")) {
            args.addAll(List.of("--format", format));
        }

        Cli.Run run = Cli.withDefaults(directory).run(args.toArray(String[]::new));

        assertFalse(run.err().contains("internal error"), run.err());
        assertTrue(run.exitCode() == 0 || command.get(0).equals("validate") && run.exitCode() == 1
                || command.get(0).equals("map") && variant == SampleWithout.EVERYTHING_BUT_A_NAME && run.exitCode() == 2,
                run.exitCode() + ": " + run.err());
        assertFalse(run.out().isEmpty() && run.exitCode() != 2, "a result is printed");
    }

    @ParameterizedTest
    @EnumSource(value = SampleWithout.class, names = { "ROADMAP", "WAVES", "ALL_OPTIONAL_PARTS" })
    void withoutWavesTheRoadmapProposesTheDefaultThree(SampleWithout variant) {
        Portfolios.write(variant.portfolio(), directory, variant.fileName());

        Map<String, Object> json = Json.object(Cli.withDefaults(directory)
                .run("roadmap", variant.fileName(), "--format", "json").out());

        List<Map<String, Object>> waves = Json.rows(json, "waves");
        assertEquals(List.of("Wave 1", "Wave 2", "Wave 3"), waves.stream().map(w -> w.get("waveName")).toList());
        assertTrue(waves.stream().allMatch(w -> Boolean.FALSE.equals(w.get("inModel"))), waves.toString());
        assertFalse(Json.rows(json, "placements").isEmpty(), "use cases are placed");
        assertTrue(Json.rows(json, "unplanned").stream().anyMatch(u -> "already deployed".equals(u.get("reason"))),
                "the deployed use cases, in no wave, are said to be deployed");
    }
}
