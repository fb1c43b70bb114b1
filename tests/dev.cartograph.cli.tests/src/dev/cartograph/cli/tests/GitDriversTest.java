// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.ConflictRecord;
import dev.cartograph.model.Portfolio;
import dev.cartograph.tests.support.SampleFile;

/**
 * End to end in a git repository made with JGit: {@code git install} configures the drivers; two branches change the
 * sample; the merge is run as git runs the installed merge driver (the configured command line, with git's
 * placeholders replaced by the three versions and the path); {@code diff} reads versions at revisions.
 */
class GitDriversTest {

    private static final String FILE = "portfolios/kestrel.cartograph";

    @TempDir
    Path directory;

    private Path work;
    private Path launcher;
    private Git git;
    private Cli cli;

    @BeforeEach
    void createRepository() throws Exception {
        work = directory.resolve("repo");
        git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call();
        Files.createDirectories(work.resolve("portfolios"));
        SampleFile.write(work.resolve(FILE));
        commit("The sample");
        launcher = Files.createFile(Files.createDirectories(directory.resolve("bin with space")).resolve("cartograph"));
        cli = Cli.withDefaults(work);
    }

    @AfterEach
    void close() {
        git.close();
    }

    private RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").setSign(false).call();
    }

    private void edit(Consumer<Portfolio> edit) throws IOException {
        Edits.edit(work.resolve(FILE), edit);
    }

    @Test
    void installConfiguresBothDriversOnceAndUninstallRemovesThem() throws Exception {
        Cli.Run run = cli.run("git", "install", "--launcher", launcher.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("installed in "), run.out());
        assertEquals(List.of("*.cartograph merge=cartograph diff=cartograph"),
                Files.readAllLines(work.resolve(".gitattributes")));
        StoredConfig config = git.getRepository().getConfig();
        config.load();
        String quoted = "'" + launcher + "'";
        assertEquals(quoted + " git merge-driver %O %A %B %P", config.getString("merge", "cartograph", "driver"));
        assertEquals(quoted + " git diff-driver", config.getString("diff", "cartograph", "command"));
        assertEquals(quoted + " git textconv", config.getString("diff", "cartograph", "textconv"));

        run = cli.run("git", "install", "--launcher", launcher.toString());
        assertTrue(run.out().startsWith("already installed in "), run.out());
        assertEquals(1, Files.readAllLines(work.resolve(".gitattributes")).size());

        assertEquals(0, cli.run("git", "uninstall").exitCode());
        config.load();
        assertNull(config.getString("merge", "cartograph", "driver"));
        assertFalse(Files.exists(work.resolve(".gitattributes")));
        assertTrue(cli.run("git", "uninstall").out().startsWith("not installed in "));
    }

    @Test
    void outsideARepositoryInstallSaysSo() throws IOException {
        Path elsewhere = Files.createDirectories(directory.resolve("plain"));
        Cli.Run run = Cli.withDefaults(elsewhere).run("git", "install", "--launcher", launcher.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().endsWith("plain: not in a git repository\n"), run.err());
    }

    @Test
    void branchesChangingDifferentUseCasesMergeCleanlyThroughTheInstalledDriver() throws Exception {
        install();
        git.branchCreate().setName("theirs").call();
        edit(p -> p.getUseCases().get(0).setDescription("Changed on main"));
        commit("Ours");
        git.checkout().setName("theirs").call();
        edit(p -> p.getUseCases().get(1).setDescription("Changed on theirs"));
        commit("Theirs");
        git.checkout().setName("main").call();

        Merge merge = mergeThroughDriver("main", "theirs");

        assertEquals(0, merge.run.exitCode(), merge.run.err());
        Portfolio merged = Edits.load(merge.ours);
        assertEquals("Changed on main", merged.getUseCases().get(0).getDescription());
        assertEquals("Changed on theirs", merged.getUseCases().get(1).getDescription());
        assertFalse(Files.exists(ConflictRecord.fileFor(work.resolve(FILE))));
    }

    @Test
    void branchesChangingTheSameScoreReportAConflictBesideTheWorkingFile() throws Exception {
        install();
        git.branchCreate().setName("theirs").call();
        edit(p -> {
            Edits.firstScore(p.getUseCases().get(0)).setValue(1);
            p.getUseCases().get(2).setDescription("Clean change on main");
        });
        commit("Ours");
        git.checkout().setName("theirs").call();
        edit(p -> Edits.firstScore(p.getUseCases().get(0)).setValue(5));
        commit("Theirs");
        git.checkout().setName("main").call();

        Merge merge = mergeThroughDriver("main", "theirs");

        assertEquals(1, merge.run.exitCode(), merge.run.err());
        assertTrue(merge.run.err().contains("both changed"), merge.run.err());
        Portfolio merged = Edits.load(merge.ours);
        assertEquals(1, Edits.firstScore(merged.getUseCases().get(0)).getValue());
        assertEquals("Clean change on main", merged.getUseCases().get(2).getDescription());
        List<Conflict> conflicts = ConflictRecord.read(work.resolve(FILE));
        assertEquals(1, conflicts.size());
        assertEquals("5.0", conflicts.get(0).theirs());
    }

    @Test
    void diffReadsVersionsAtRevisions() throws Exception {
        edit(p -> p.getUseCases().get(0).setDescription("Second version"));
        commit("Second");

        Cli.Run run = cli.run("diff", "--rev", "HEAD~1", FILE);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Differences: HEAD~1:" + FILE + " \u2192 " + FILE), run.out());
        assertTrue(run.out().contains("Second version"), run.out());

        run = cli.run("diff", "HEAD~1:" + FILE, "HEAD:" + FILE, "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1.0, Json.object(run.out()).get("changed"));
        assertEquals(0, cli.run("diff", "HEAD:" + FILE, FILE).exitCode());

        run = cli.run("diff", "--rev", "no-such-branch", FILE);
        assertEquals(2, run.exitCode());
        assertEquals("no-such-branch:" + FILE + ": no revision 'no-such-branch' in the repository\n", run.err());
        run = cli.run("diff", "HEAD:portfolios/missing.cartograph", FILE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no file portfolios/missing.cartograph at revision HEAD"), run.err());
    }

    @Test
    void theDiffDriverAndTextconvGiveGitReadableText() throws Exception {
        Path old = directory.resolve("old-copy.cartograph");
        Files.copy(work.resolve(FILE), old);
        edit(p -> p.getUseCases().get(0).setDescription("Driver"));
        Portfolio portfolio = Edits.load(work.resolve(FILE));
        String name = portfolio.getUseCases().get(0).getName();

        Cli.Run run = cli.run("git", "diff-driver", FILE, old.toString(), "0000000", "100644", FILE, "1111111",
                "100644");
        assertEquals(0, run.exitCode(), "git stops on any other exit code: " + run.err());
        assertTrue(run.out().startsWith("Differences: a/" + FILE + " \u2192 b/" + FILE), run.out());
        assertTrue(run.out().contains("Driver"), run.out());

        run = cli.run("git", "diff-driver", FILE, "/dev/null", "0000000", "000000", FILE, "1111111", "100644");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("added"), run.out());

        run = cli.run("git", "textconv", FILE);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.equals("Portfolio \u201c" + portfolio.getName()
                + "\u201d \u203a Use case \u201c" + name + "\u201d")), run.out());
        assertTrue(run.out().contains("\n    Description: Driver\n"), run.out());
    }

    private void install() {
        Cli.Run run = cli.run("git", "install", "--launcher", launcher.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private record Merge(Cli.Run run, Path ours) {
    }

    /**
     * Merges as git does with a merge driver: the ancestor, ours and theirs written to temporary files in the working
     * tree, then the driver's command line from the configuration, placeholders replaced, run from the top of the
     * working tree; the result is what the driver left in {@code %A}.
     */
    private Merge mergeThroughDriver(String ours, String theirs) throws Exception {
        Repository repository = git.getRepository();
        StoredConfig config = repository.getConfig();
        config.load();
        List<String> words = words(config.getString("merge", "cartograph", "driver"));
        assertEquals(launcher.toString(), words.get(0), "the driver runs the launcher");
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit a = walk.parseCommit(repository.resolve(ours));
            RevCommit b = walk.parseCommit(repository.resolve(theirs));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(a);
            walk.markStart(b);
            RevCommit base = walk.next();
            Path o = blob(repository, base, ".merge_file_O");
            Path pathA = blob(repository, a, ".merge_file_A");
            Path pathB = blob(repository, b, ".merge_file_B");
            List<String> args = new ArrayList<>();
            for (String word : words.subList(1, words.size())) {
                args.add(switch (word) {
                case "%O" -> work.relativize(o).toString();
                case "%A" -> work.relativize(pathA).toString();
                case "%B" -> work.relativize(pathB).toString();
                case "%P" -> FILE;
                default -> word;
                });
            }
            return new Merge(cli.run(args.toArray(String[]::new)), pathA);
        }
    }

    private Path blob(Repository repository, RevCommit commit, String name) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, FILE, commit.getTree())) {
            ObjectId id = tree.getObjectId(0);
            Path file = work.resolve(name);
            Files.write(file, repository.open(id).getBytes());
            return file;
        }
    }

    /** The words of a command line as {@code sh} splits it (single quotes and blanks, as the driver is written). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
