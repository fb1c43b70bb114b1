// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.Commands;

/** The command line's own errors (exit code 2, one line naming the command) and its help (exit code 0). */
class UsageTest {

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeGrid() {
        Portfolios.write(Portfolios.grid(), directory, "grid.cartograph");
        cli = new Cli(TestCriteria.grid(), directory);
    }

    @Test
    void withoutCommandTheOverviewGoesToTheErrorStream() {
        Cli.Run run = cli.run();

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Cartograph command line: "), run.err());
    }

    @Test
    void theOverviewListsEveryCommand() {
        Cli.Run run = cli.run("help");

        assertEquals(0, run.exitCode());
        for (String command : List.of("validate", "score", "rank", "sensitivity", "roadmap", "criteria", "map", "import", "export",
                "bench", "help")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("  " + command + " ")), command + ": " + run.out());
        }
        assertTrue(run.out().contains("Exit codes: 0 done"), run.out());
        assertEquals(run.out(), cli.run("--help").out());
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "score", "rank", "sensitivity", "roadmap", "criteria", "map", "report", "import", "export",
            "bench", "help" })
    void everyCommandHasItsHelp(String command) {
        Cli.Run run = cli.run(command, "--help");

        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Usage: cartograph " + command), run.out());
        assertTrue(run.out().contains("\nOptions:\n"), run.out());
        assertTrue(run.out().contains("  -h, --help "), run.out());
        assertTrue(run.out().contains("\nExit codes: "), run.out());
        assertEquals(run.out(), cli.run("help", command).out());
        assertEquals(run.out(), cli.run(command, "grid.cartograph", "-h").out(), "help wins over everything else");
    }

    @Test
    void theHelpOfSensitivityDescribesItsOptions() {
        String help = cli.run("sensitivity", "--help").out();

        assertTrue(help.contains("  --top K "), help);
        assertTrue(help.contains("  --samples N "), help);
        assertTrue(help.contains("  --spread S "), help);
        assertTrue(help.contains("  --seed N "), help);
        assertTrue(help.contains("  --format FORMAT "), help);
    }

    private static final String SEE_HELP = "cartograph: './cartograph help' lists the commands;"
            + " './cartograph FILE.cartograph' opens a portfolio in the workbench.";

    @Test
    void anUnknownCommand() {
        Cli.Run run = cli.run("plot", "grid.cartograph");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("cartograph: unknown command 'plot'", SEE_HELP), run.errLines());
    }

    @Test
    void aMistypedCommandIsRefusedWithTheCommandItMeant() {
        Cli.Run run = cli.run("valdiate", "grid.cartograph");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out(), "nothing is validated");
        assertEquals(List.of("cartograph: unknown command 'valdiate' (did you mean 'validate'?)", SEE_HELP),
                run.errLines());
    }

    @ParameterizedTest
    @CsvSource({ "valdiate,validate", "socre,score", "Rank,rank", "rnak,rank", "sens,sensitivity",
            "sensitivty,sensitivity", "roadmpa,roadmap", "criterion,criteria", "bnech,bench", "exprot,export", "hepl,help",
            "validates,validate" })
    void theCommandMeantByATypingMistake(String typed, String meant) {
        assertEquals(Optional.of(meant), Commands.closest(typed).map(Command::name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "plot", "x", "publish", "re", "kestrel-mutual.cartograph", "validation-report" })
    void noCommandIsProposedForAWordFarFromAll(String typed) {
        assertEquals(Optional.empty(), Commands.closest(typed).map(Command::name));
    }

    @Test
    void helpOnAnUnknownCommand() {
        Cli.Run run = cli.run("help", "plot");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("cartograph help: unknown command 'plot' (see 'cartograph help --help')"), run.errLines());
    }

    @Test
    void helpOnAMistypedCommand() {
        Cli.Run run = cli.run("help", "rnak");

        assertEquals(2, run.exitCode());
        assertEquals(List.of("cartograph help: unknown command 'rnak' (did you mean 'rank'?)"
                + " (see 'cartograph help --help')"), run.errLines());
    }

    @Test
    void aMistypedCommandInFrench() {
        Cli.Run run = new Cli(TestCriteria.grid(), directory).locale(java.util.Locale.FRENCH).run("valdiate");

        assertEquals(2, run.exitCode());
        assertEquals("cartograph: commande inconnue 'valdiate' (vouliez-vous dire 'validate' ?)", run.errLines().get(0));
    }

    @Test
    void anUnknownOption() {
        assertUsageError(cli.run("score", "grid.cartograph", "--colour"), "score", "unknown option '--colour'");
        assertUsageError(cli.run("score", "grid.cartograph", "-x"), "score", "unknown option '-x'");
        assertUsageError(cli.run("criteria", "--top", "3"), "criteria", "unknown option '--top'");
    }

    @Test
    void aMissingOrSurplusFile() {
        assertUsageError(cli.run("rank"), "rank", "a FILE is missing");
        assertUsageError(cli.run("rank", "grid.cartograph", "other.cartograph"), "rank",
                "unexpected argument 'other.cartograph'");
        assertUsageError(cli.run("bench", "grid.cartograph"), "bench", "unexpected argument 'grid.cartograph'");
    }

    @Test
    void anOptionWithoutItsValue() {
        assertUsageError(cli.run("score", "grid.cartograph", "--format"), "score", "option --format needs a value (FORMAT)");
    }

    @Test
    void anUnknownFormat() {
        assertUsageError(cli.run("score", "grid.cartograph", "--format", "xml"), "score",
                "unknown format 'xml'; expected one of: table, json, csv, markdown");
    }

    @Test
    void optionsMayComeAnywhereAndTakeTheirValueAfterAnEqualsSign() {
        Cli.Run before = cli.run("score", "--format=csv", "grid.cartograph");
        Cli.Run after = cli.run("score", "grid.cartograph", "--format", "CSV");

        assertEquals(0, before.exitCode());
        assertEquals(before.out(), after.out());
        assertTrue(before.out().startsWith("rank,name,"), before.out());
    }

    @Test
    void doubleDashEndsTheOptions() throws Exception {
        Files.copy(directory.resolve("grid.cartograph"), directory.resolve("--odd.cartograph"));

        Cli.Run run = cli.run("score", "--", "--odd.cartograph");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Scores: --odd.cartograph\n"), run.out());
    }

    private static void assertUsageError(Cli.Run run, String command, String problem) {
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(List.of("cartograph " + command + ": " + problem + " (see 'cartograph " + command + " --help')"),
                run.errLines());
    }
}
