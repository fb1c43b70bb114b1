// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.editor.EditorPrompts.ExternalChange;
import dev.cartograph.ui.internal.pages.UseCasesPage;

/**
 * The file changes on disk while it is open (a {@code git pull}): a clean editor reloads, a
 * dirty one asks, and saving never silently replaces a file that changed since it was loaded.
 */
class ExternalChangeTest extends EditorTestCase {

    private static final String THEIRS = "Kestrel Mutual programme (after git pull)";
    private static final String MINE = "Kestrel Mutual programme (my edit)";

    /**
     * Someone else changes the portfolio's name in the file (as a {@code git pull} would: the
     * rest of the file, element ids included, is as it was), and the workspace notices. A file
     * that cannot be read is replaced by the sample.
     */
    private static void changeOnDisk(IFile file, String name, boolean refresh) throws Exception {
        Portfolio theirs;
        try {
            theirs = Portfolios.read(file);
        } catch (java.io.IOException unreadable) {
            theirs = SamplePortfolio.build();
        }
        theirs.setName(name);
        dev.cartograph.model.persistence.ModelPersistence.save(theirs.eResource() != null ? theirs.eResource()
                : attach(theirs, file));
        if (refresh) {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
        }
    }

    private static org.eclipse.emf.ecore.resource.Resource attach(Portfolio portfolio, IFile file) {
        org.eclipse.emf.ecore.resource.Resource resource = dev.cartograph.model.persistence.ModelPersistence
                .createResourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(file.getLocation().toOSString()));
        resource.getContents().add(portfolio);
        return resource;
    }

    private static void editName(PortfolioEditor editor, String name) {
        editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
                editor.getEditingDomain(), editor.getPortfolio(),
                dev.cartograph.model.CartographPackage.Literals.NAMED_ELEMENT__NAME, name));
        Ui.flush();
    }

    @Test
    void aCleanEditorReloadsAndKeepsTheSelection() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        RecordingPrompts prompts = new RecordingPrompts();
        editor.setPrompts(prompts);
        Portfolio before = editor.getPortfolio();
        UseCase selected = before.getUseCases().get(3);
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(selected), true);

        changeOnDisk(file, THEIRS, true);

        assertTrue(Ui.waitFor(() -> THEIRS.equals(editor.getPortfolio().getName())), "the editor shows the new file");
        assertTrue(prompts.asked.isEmpty(), "nothing to ask: there were no unsaved changes");
        assertNotSame(before, editor.getPortfolio());
        assertFalse(editor.isDirty());
        UseCasesPage reloaded = (UseCasesPage) editor.getActivePageInstance();
        assertEquals(UseCasesPage.ID, reloaded.getId(), "on the same page");
        Object now = ((IStructuredSelection) reloaded.getViewer().getSelection()).getFirstElement();
        assertEquals(selected.getName(), ((UseCase) now).getName(), "the same use case is selected");
        assertEquals(editor.getPortfolio().getUseCases().get(3), now);
    }

    @Test
    void aDirtyEditorAsksAndLoadsTheirsWhenToldTo() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        RecordingPrompts prompts = new RecordingPrompts();
        prompts.externalChangeAnswer = ExternalChange.LOAD_THEIRS;
        editor.setPrompts(prompts);
        editName(editor, MINE);
        assertTrue(editor.isDirty());

        changeOnDisk(file, THEIRS, true);

        assertTrue(Ui.waitFor(() -> THEIRS.equals(editor.getPortfolio().getName())), "their version is loaded");
        assertEquals(List.of("externalChange kestrel.cartograph"), prompts.asked);
        assertFalse(editor.isDirty(), "my changes are gone");
    }

    @Test
    void keepingMineThenSavingReplacesTheirsWithoutAskingAgain() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        RecordingPrompts prompts = new RecordingPrompts();
        prompts.externalChangeAnswer = ExternalChange.KEEP_MINE;
        editor.setPrompts(prompts);
        editName(editor, MINE);

        changeOnDisk(file, THEIRS, true);

        assertTrue(Ui.waitFor(() -> !prompts.asked.isEmpty()), "the user is asked");
        assertEquals(MINE, editor.getPortfolio().getName(), "my version stays");
        assertTrue(editor.isDirty());

        Ui.run("org.eclipse.ui.file.save");

        assertEquals(List.of("externalChange kestrel.cartograph"), prompts.asked, "the choice was made: no second question");
        assertEquals(MINE, Portfolios.read(file).getName(), "my version is on disk");
        assertFalse(editor.isDirty());
    }

    @Test
    void savingOverAFileChangedOnDiskAsksFirstAndCancelsWhenTold() throws Exception {
        IFile file = Portfolios.sample(project, "kestrel.cartograph");
        PortfolioEditor editor = Portfolios.open(file);
        RecordingPrompts prompts = new RecordingPrompts();
        prompts.overwriteAnswer = false;
        editor.setPrompts(prompts);
        editName(editor, MINE);
        // Changed behind the workspace's back: no refresh, so the editor has not been told.
        changeOnDisk(file, THEIRS, false);

        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());

        assertEquals(List.of("overwrite kestrel.cartograph"), prompts.asked, "asked before replacing the file");
        assertEquals(THEIRS, Portfolios.read(file).getName(), "the file is untouched");
        assertTrue(editor.isDirty(), "my changes are still unsaved");

        prompts.overwriteAnswer = true;
        editor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());

        assertEquals(MINE, Portfolios.read(file).getName(), "replaced when the user says so");
        assertFalse(editor.isDirty());
    }

    @Test
    void anUnreadableFileIsShownAsSuchAndOpensOnceFixedOnDisk() throws Exception {
        IFile file = project.getFile("broken.cartograph");
        java.nio.file.Files.writeString(file.getLocation().toPath(), "<cartograph:Portfolio xmlns:cartograph=\"oops\"");
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        PortfolioEditor editor = (PortfolioEditor) org.eclipse.ui.ide.IDE.openEditor(Ui.page(), file, PortfolioEditor.ID,
                true);
        Ui.flush();
        assertEquals(null, editor.getPortfolio());
        assertTrue(editor.getActivePageInstance() instanceof dev.cartograph.ui.editor.LoadErrorPage,
                "the editor says the file cannot be read");

        changeOnDisk(file, THEIRS, true);

        assertTrue(Ui.waitFor(() -> editor.getPortfolio() != null), "the fixed file is read");
        assertEquals(THEIRS, editor.getPortfolio().getName());
        assertTrue(editor.getActivePageInstance() instanceof dev.cartograph.ui.internal.pages.OverviewPage);
    }

    @Test
    void deletingTheFileClosesACleanEditorAndAsksADirtyOne() throws Exception {
        IFile clean = Portfolios.sample(project, "clean.cartograph");
        IFile dirty = Portfolios.sample(project, "dirty.cartograph");
        PortfolioEditor cleanEditor = Portfolios.open(clean);
        PortfolioEditor dirtyEditor = Portfolios.open(dirty);
        RecordingPrompts prompts = new RecordingPrompts();
        prompts.deletedAnswer = dev.cartograph.ui.internal.editor.EditorPrompts.Deleted.KEEP;
        dirtyEditor.setPrompts(prompts);
        editName(dirtyEditor, MINE);

        clean.delete(true, null);
        dirty.delete(true, null);

        assertTrue(Ui.waitFor(() -> Ui.page().findEditor(cleanEditor.getEditorInput()) == null), "the clean editor closed");
        assertTrue(Ui.waitFor(() -> !prompts.asked.isEmpty()));
        assertEquals(List.of("deleted dirty.cartograph"), prompts.asked);
        assertTrue(dirtyEditor.isDirty(), "the dirty one stays open with its changes");

        dirtyEditor.doSave(new org.eclipse.core.runtime.NullProgressMonitor());

        assertTrue(dirty.exists(), "saving writes the file again");
        assertEquals(MINE, Portfolios.read(dirty).getName());
    }
}
