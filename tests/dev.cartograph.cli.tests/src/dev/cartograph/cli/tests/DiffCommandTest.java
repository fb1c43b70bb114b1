// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.StrategyRegistry;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.tests.support.SampleFile;

/** {@code diff}: the changes by element identity in the user's words, and what they do to the decision. */
class DiffCommandTest {

    private static final String OLD = "old.cartograph";
    private static final String NEW = "new.cartograph";

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeSample() throws IOException {
        SampleFile.write(directory.resolve(OLD));
        cli = Cli.withDefaults(directory);
    }

    private static ScoringResult score(Path file) throws IOException {
        return new ScoringEngine(TestCriteria.defaults(), new StrategyRegistry()).score(Edits.load(file));
    }

    /** The ranked use case that is last in the ranking. */
    private static UseCase lastRanked(Portfolio portfolio) {
        ScoringResult result = new ScoringEngine(TestCriteria.defaults(), new StrategyRegistry()).score(portfolio);
        List<UseCaseScore> ranking = result.ranking();
        return ranking.get(ranking.size() - 1).useCase();
    }

    @Test
    void scoringTheLastRankedUseCaseFivesEverywhereIsDescribedWithItsRankBeforeAndAfter() throws IOException {
        String[] id = new String[1];
        Edits.copy(directory.resolve(OLD), directory.resolve(NEW), portfolio -> {
            UseCase useCase = lastRanked(portfolio);
            id[0] = ModelPersistence.getId(useCase);
            useCase.getScores().forEach(score -> score.setValue(5));
        });
        ScoringResult before = score(directory.resolve(OLD));
        ScoringResult after = score(directory.resolve(NEW));
        UseCase then = (UseCase) before.portfolio().eResource().getEObject(id[0]);
        UseCase now = (UseCase) after.portfolio().eResource().getEObject(id[0]);
        assertNotEquals(before.rankOf(then), after.rankOf(now), "the edit must move the use case");

        Cli.Run run = cli.run("diff", OLD, NEW, "--format", "json");

        assertEquals(1, run.exitCode(), run.err());
        Map<String, Object> json = Json.object(run.out());
        List<Map<String, Object>> changes = Json.rows(json, "changes");
        long changedScores = then.getScores().stream().filter(s -> s.getValue() != 5).count();
        assertEquals((double) changedScores, json.get("total"));
        for (Map<String, Object> change : changes) {
            assertEquals("changed", change.get("change"));
            assertEquals("value", change.get("feature"));
            assertEquals("5.0", change.get("after"));
            assertEquals("Use case \u201c" + now.getName() + '\u201d', change.get("group"));
        }
        Map<String, Object> rank = Json.rows(json, "decision").stream()
                .filter(row -> id[0].equals(row.get("id")) && "rank".equals(row.get("measure"))).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertEquals(rank(before.rankOf(then)), rank.get("before"));
        assertEquals(rank(after.rankOf(now)), rank.get("after"));
    }

    /** A rank as JSON gives it: the number, or an empty id when not ranked (a gate may stop it). */
    private static String rank(int rank) {
        return rank == 0 ? "" : String.valueOf(rank);
    }

    @Test
    void theTableNamesTheUseCaseTheCriterionAndBothValues() throws IOException {
        Score[] changed = new Score[1];
        Edits.copy(directory.resolve(OLD), directory.resolve(NEW), portfolio -> {
            changed[0] = Edits.firstScore(portfolio.getUseCases().get(0));
            changed[0].setValue(changed[0].getValue() == 1 ? 2 : 1);
        });
        Portfolio old = Edits.load(directory.resolve(OLD));
        Score was = Edits.firstScore(old.getUseCases().get(0));

        Cli.Run run = cli.run("diff", OLD, NEW);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Differences: old.cartograph \u2192 new.cartograph\n"), run.out());
        String line = run.out().lines().filter(l -> l.contains("Score " + was.getCriterionId())).findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        assertTrue(line.contains("changed") && line.contains("Value"), line);
        assertTrue(line.contains(String.valueOf(was.getValue())) && line.contains(String.valueOf(changed[0].getValue())),
                line);
        assertTrue(run.out().contains("What it does to the decision"), run.out());
    }

    @Test
    void aFileComparedWithItsCopyHasNoDifferenceAndExitCodeZero() throws IOException {
        Files.copy(directory.resolve(OLD), directory.resolve(NEW));
        Cli.Run run = cli.run("diff", OLD, NEW);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("The versions hold the same elements with the same values."), run.out());
        assertTrue(run.out().contains("No rank, standing, quadrant, score or wave moved."), run.out());
    }

    @Test
    void markdownOpensOnTheSummaryAndFoldsTheChanges() throws IOException {
        Edits.copy(directory.resolve(OLD), directory.resolve(NEW),
                portfolio -> portfolio.getUseCases().get(1).setDescription("Reworded in review"));
        Cli.Run run = cli.run("diff", OLD, NEW, "--format", "markdown");
        assertEquals(1, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("## Differences: old.cartograph \u2192 new.cartograph\n"), out);
        int decision = out.indexOf("### What it does to the decision");
        int folded = out.indexOf("<details><summary>Changes (1)</summary>");
        assertTrue(decision > 0 && folded > decision, out);
        assertTrue(out.indexOf("Reworded in review") > folded && out.contains("</details>"), out);
    }

    @Test
    void aUseCaseLosingItsAnchorsShowsTheFindingIntroduced() throws IOException {
        String[] id = new String[1];
        Edits.copy(directory.resolve(OLD), directory.resolve(NEW), portfolio -> {
            UseCase useCase = portfolio.getUseCases().get(0);
            id[0] = ModelPersistence.getId(useCase);
            useCase.getSteps().clear();
            useCase.getStages().clear();
            useCase.getFrictions().clear();
        });
        Cli.Run run = cli.run("diff", OLD, NEW, "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Json.rows(Json.object(run.out()), "findings").stream()
                .anyMatch(row -> "introduced".equals(row.get("change")) && id[0].equals(row.get("id"))), run.out());
        Cli.Run back = cli.run("diff", NEW, OLD, "--format", "json");
        assertTrue(Json.rows(Json.object(back.out()), "findings").stream()
                .anyMatch(row -> "fixed".equals(row.get("change")) && id[0].equals(row.get("id"))), back.out());
    }

    @Test
    void anUnreadableVersionGivesOneLineAndExitCodeTwo() throws IOException {
        Files.writeString(directory.resolve("broken.cartograph"), "<?xml version=\"1.0\"?>\n<cartograph:Portfolio");
        Cli.Run run = cli.run("diff", OLD, "broken.cartograph");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("broken.cartograph:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void theCommandLineIsCheckedAndTheTextsAreFrench() throws IOException {
        assertEquals(2, cli.run("diff", OLD).exitCode());
        assertEquals(2, cli.run("diff", "--rev", "HEAD", OLD, OLD).exitCode());
        Files.copy(directory.resolve(OLD), directory.resolve(NEW));
        Cli.Run run = cli.locale(Locale.FRENCH).run("diff", OLD, NEW);
        assertTrue(run.out().startsWith("Diff\u00e9rences : old.cartograph \u2192 new.cartograph"), run.out());
        assertTrue(run.out().contains("Ce que cela change \u00e0 la d\u00e9cision"), run.out());
    }
}
