// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.ConflictRecord;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SampleFile;

/** {@code merge}: three-way merge by element identity, conflicts kept beside the merged file. */
class MergeCommandTest {

    private static final String BASE = "base.cartograph";

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeSample() throws IOException {
        SampleFile.write(directory.resolve(BASE));
        cli = Cli.withDefaults(directory);
    }

    private Path version(String name, java.util.function.Consumer<Portfolio> edit) throws IOException {
        return Edits.copy(directory.resolve(BASE), directory.resolve(name), edit);
    }

    @Test
    void changesToDifferentUseCasesMergeWithoutConflict() throws IOException {
        version("ours.cartograph", p -> p.getUseCases().get(0).setDescription("Ours"));
        version("theirs.cartograph", p -> p.getUseCases().get(1).setDescription("Theirs"));

        Cli.Run run = cli.run("merge", BASE, "ours.cartograph", "theirs.cartograph", "--out", "merged.cartograph");

        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("No conflict: every change of both sides is in the merged file."), run.out());
        Portfolio merged = Edits.load(directory.resolve("merged.cartograph"));
        assertEquals("Ours", merged.getUseCases().get(0).getDescription());
        assertEquals("Theirs", merged.getUseCases().get(1).getDescription());
        assertFalse(Files.exists(directory.resolve("merged.cartograph" + ConflictRecord.SUFFIX)));
    }

    @Test
    void theSameScoreChangedTwoWaysIsAConflictRecordedBesideTheFile() throws IOException {
        double base = Edits.firstScore(Edits.load(directory.resolve(BASE)).getUseCases().get(0)).getValue();
        double ours = base == 1 ? 2 : 1;
        double theirs = base == 5 ? 4 : 5;
        version("ours.cartograph", p -> Edits.firstScore(p.getUseCases().get(0)).setValue(ours));
        version("theirs.cartograph", p -> {
            Edits.firstScore(p.getUseCases().get(0)).setValue(theirs);
            p.getUseCases().get(1).setDescription("Theirs");
        });
        Files.writeString(directory.resolve("merged.cartograph"), "previous content");

        Cli.Run run = cli.run("merge", BASE, "ours.cartograph", "theirs.cartograph", "--out", "merged.cartograph");

        assertEquals(1, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("both changed"), run.out());
        assertTrue(run.out().contains("merged.cartograph.conflicts"), run.out());
        Portfolio merged = Edits.load(directory.resolve("merged.cartograph"));
        Score score = Edits.firstScore(merged.getUseCases().get(0));
        assertEquals(ours, score.getValue(), "the merged file holds ours");
        assertEquals("Theirs", merged.getUseCases().get(1).getDescription(), "the clean change is merged");
        List<Conflict> conflicts = ConflictRecord.read(directory.resolve("merged.cartograph"));
        assertEquals(1, conflicts.size());
        assertEquals(Conflict.Kind.BOTH_CHANGED, conflicts.get(0).kind());
        assertEquals("value", conflicts.get(0).feature());
        assertEquals(String.valueOf(theirs), conflicts.get(0).theirs());
    }

    @Test
    void twoAssessorsScoringTheSameCriterionKeepBothScoresAndTheMergeSaysSo() throws IOException {
        String criterion = Edits.firstScore(Edits.load(directory.resolve(BASE)).getUseCases().get(0)).getCriterionId();
        version("ours.cartograph", p -> p.getUseCases().get(0).getScores().add(Edits.score(criterion, 4, "Alice")));
        version("theirs.cartograph", p -> p.getUseCases().get(0).getScores().add(Edits.score(criterion, 2, "Bob")));

        Cli.Run run = cli.run("merge", BASE, "ours.cartograph", "theirs.cartograph", "--out", "merged.cartograph");

        assertEquals(0, run.exitCode(), run.err() + run.out());
        UseCase useCase = Edits.load(directory.resolve("merged.cartograph")).getUseCases().get(0);
        assertTrue(useCase.getScores().stream().anyMatch(s -> "Alice".equals(s.getAssessor()) && s.getValue() == 4));
        assertTrue(useCase.getScores().stream().anyMatch(s -> "Bob".equals(s.getAssessor()) && s.getValue() == 2));
        assertTrue(run.out().contains("both sides scored " + criterion + " (Alice and Bob); both scores are kept"),
                run.out());
    }

    @Test
    void mergeNeedsOutAndReadableVersions() throws IOException {
        Cli.Run run = cli.run("merge", BASE, BASE, BASE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("merge needs --out FILE"), run.err());
        run = cli.run("merge", BASE, BASE, "missing.cartograph", "--out", "merged.cartograph");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertFalse(Files.exists(directory.resolve("merged.cartograph")), "nothing is written");
    }
}
