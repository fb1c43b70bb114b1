// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.compare.ConflictRecord;
import dev.cartograph.compare.MergeResult;
import dev.cartograph.compare.ModelMerge;
import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;

/**
 * Compare With and Resolve Conflicts driven as a user would: the semantic diff of two files and of a file against a
 * git revision shown as a tree, and a merged portfolio's conflict resolved with Take Theirs, undone, redone and saved.
 */
class CompareAndResolveTest {

    @TempDir
    Path directory;

    private IProject project;

    @AfterEach
    void cleanUp() throws CoreException {
        page().closeAllEditors(false);
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void settle() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    private IProject project(String name, Path location) throws CoreException {
        IProject created = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
        if (location != null) {
            description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(location.toString()));
        }
        created.create(description, null);
        created.open(null);
        project = created;
        return created;
    }

    /** Writes the sample into the project, then a copy with the first score of the first use case changed. */
    private static double changeFirstScore(Path file, double value) throws Exception {
        Portfolio portfolio = ModelPersistence.load(file);
        Score score = portfolio.getUseCases().get(0).getScores().get(0);
        double before = score.getValue();
        score.setValue(value);
        ModelPersistence.save(portfolio.eResource());
        return before;
    }

    private static List<String> rows(Tree tree) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, rows);
        }
        return rows;
    }

    private static void collect(TreeItem item, List<String> rows) {
        item.setExpanded(true);
        rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        for (TreeItem child : item.getItems()) {
            if (child.getData() != null) {
                collect(child, rows);
            }
        }
    }

    /**
     * Saves the workbench window as a PNG for developers to look at, when run on demand with
     * {@code "-Dtycho.surefire.vmargs=-Dcartograph.screenshots=FOLDER"}; does nothing otherwise.
     */
    private static void screenshot(String name) throws Exception {
        String folder = System.getProperty("cartograph.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.redraw();
        shell.update();
        settle();
        org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width,
                bounds.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Files.createDirectories(Path.of(folder));
            loader.save(Path.of(folder, name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static DiffView shownDiff() {
        settle();
        DiffView view = (DiffView) page().findView(DiffView.ID);
        assertNotNull(view, "the Portfolio Differences view is open");
        view.viewer().expandAll();
        settle();
        return view;
    }

    @Test
    void compareEachOtherShowsTheScoreChangeAndTheRankItMoves() throws Exception {
        IProject p = project("compare-each-other", null);
        Path base = p.getLocation().toFile().toPath().resolve("base.cartograph");
        SampleFile.write(base);
        Path edited = p.getLocation().toFile().toPath().resolve("edited.cartograph");
        Files.copy(base, edited);
        double before = changeFirstScore(edited, 1);
        p.refreshLocal(IResource.DEPTH_INFINITE, null);

        CompareEachOtherHandler.compare(PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
                p.getFile("base.cartograph"), p.getFile("edited.cartograph"));

        List<String> rows = rows(shownDiff().viewer().getTree());
        screenshot("compare-each-other.png");
        assertTrue(rows.get(0).startsWith(Messages.DiffView_decision + " | "), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.equals("Value | " + before + " | 1.0")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(Messages.DiffView_rank + " | ")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(Messages.DiffView_changes.replace("{0}", "1"))),
                rows.toString());
    }

    @Test
    void compareWithRevisionReadsTheCommittedVersionWithJgit() throws Exception {
        Path repository = Files.createDirectories(directory.resolve("repo"));
        Path file = repository.resolve("kestrel.cartograph");
        SampleFile.write(file);
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("The sample").setAuthor("Test", "test@example.org")
                    .setCommitter("Test", "test@example.org").setSign(false).call();
        }
        double before = changeFirstScore(file, 1);
        IProject p = project("compare-revision", repository);
        IFile workspaceFile = p.getFile("kestrel.cartograph");

        try (GitHistory history = GitHistory.of(new File(workspaceFile.getLocation().toOSString()))) {
            assertNotNull(history, "the project is in a git repository");
            List<GitHistory.Revision> revisions = history.revisions();
            assertEquals(1, revisions.size());
            assertTrue(revisions.get(0).label().endsWith("Test  The sample"), revisions.get(0).label());
            CompareWithRevisionHandler.compare(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), workspaceFile,
                    history, revisions.get(0));
        }

        List<String> rows = rows(shownDiff().viewer().getTree());
        assertTrue(rows.stream().anyMatch(r -> r.equals("Value | " + before + " | 1.0")), rows.toString());
    }

    @Test
    void aConflictIsResolvedWithTheirsUndoablyAndSavingClearsTheRecord() throws Exception {
        IProject p = project("resolve-conflicts", null);
        Path base = directory.resolve("base.cartograph");
        SampleFile.write(base);
        Path ours = Files.copy(base, directory.resolve("ours.cartograph"));
        Path theirs = Files.copy(base, directory.resolve("theirs.cartograph"));
        changeFirstScore(ours, 1);
        changeFirstScore(theirs, 5);
        Path merged = p.getLocation().toFile().toPath().resolve("merged.cartograph");
        MergeResult result = ModelMerge.merge(snapshot(base), snapshot(ours), snapshot(theirs),
                URI.createFileURI(merged.toString()));
        ModelPersistence.save(result.resource());
        ConflictRecord.write(merged, result.conflicts());
        assertEquals(1, result.conflicts().size());
        p.refreshLocal(IResource.DEPTH_INFINITE, null);

        IEditorPart editor = IDE.openEditor(page(), p.getFile("merged.cartograph"), true);
        ConflictsView view = (ConflictsView) page().showView(ConflictsView.ID);
        page().activate(editor);
        settle();
        assertEquals(1, view.viewer().getTable().getItemCount(), "the recorded conflict is listed");
        screenshot("resolve-conflicts.png");
        assertTrue(view.viewer().getTable().getItem(0).getText(3).contains("1.0"));
        assertTrue(view.viewer().getTable().getItem(0).getText(4).contains("5.0"));

        view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)));
        view.resolve(true);
        settle();

        Portfolio portfolio = Adapters.adapt(editor, Portfolio.class);
        Score score = portfolio.getUseCases().get(0).getScores().get(0);
        assertEquals(5.0, score.getValue(), "their value is taken");
        assertEquals(0, view.viewer().getTable().getItemCount());
        EditingDomain domain = Adapters.adapt(editor, EditingDomain.class);
        domain.getCommandStack().undo();
        settle();
        assertEquals(1.0, score.getValue(), "undo gives ours back");
        assertEquals(1, view.viewer().getTable().getItemCount(), "and the conflict");
        domain.getCommandStack().redo();
        settle();
        assertTrue(Files.exists(ConflictRecord.fileFor(merged)), "the record stays until the portfolio is saved");

        editor.doSave(null);
        settle();
        assertFalse(editor.isDirty());
        assertFalse(Files.exists(ConflictRecord.fileFor(merged)), "saved with no conflict left: the record is gone");
        assertEquals(5.0, ModelPersistence.load(merged).getUseCases().get(0).getScores().get(0).getValue());
    }

    private static ModelSnapshot snapshot(Path file) throws Exception {
        return ModelSnapshot.of(ModelPersistence.load(file).eResource());
    }
}
