// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.rcp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.rcp.internal.CommandLinePortfolios;
import dev.cartograph.rcp.internal.SampleProject;
import dev.cartograph.ui.editor.PortfolioEditor;

/** {@code ./cartograph FILE.cartograph}: the workbench opens the portfolios named on its command line. */
class CommandLinePortfoliosTest {

    @TempDir
    Path directory;

    private IProject project;
    private List<IEditorPart> opened = List.of();

    @AfterEach
    void closeAndDelete() throws CoreException {
        IWorkbenchPage page = page();
        for (IEditorPart editor : opened) {
            page.closeEditor(editor, false);
        }
        if (project != null) {
            project.delete(true, true, null);
        }
    }

    @Test
    void theArgumentsThatNameExistingPortfolios() throws Exception {
        Path first = Files.writeString(directory.resolve("first.cartograph"), "");
        Path second = Files.writeString(directory.resolve("second.cartograph"), "");
        Files.writeString(directory.resolve("notes.txt"), "");

        List<Path> named = CommandLinePortfolios.in(new String[] { "-data", "/tmp/ws", second.toString(),
                directory.resolve("missing.cartograph").toString(), directory.resolve("notes.txt").toString(), "-nl",
                "fr", first.toString(), second.toString(), "-open.cartograph" });

        assertEquals(List.of(second, first), named, "existing .cartograph files only, once each, in their order");
    }

    @Test
    void aPortfolioOutsideTheWorkspaceOpensInThePortfolioEditor() throws Exception {
        Path file = directory.resolve("kestrel-copy.cartograph");
        copySampleTo(file);

        opened = CommandLinePortfolios.open(page(), List.of(file));

        assertEquals(1, opened.size());
        PortfolioEditor editor = (PortfolioEditor) opened.get(0);
        assertTrue(editor.getPortfolio().getName().startsWith("Kestrel Mutual"), editor.getPortfolio().getName());
        assertNull(editor.getFile(), "not a workspace file");
        assertEquals(editor, page().getActiveEditor(), "shown to the user");
    }

    @Test
    void aPortfolioInTheWorkspaceOpensAsTheWorkspaceFile() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("command-line-portfolios");
        project.create(null);
        project.open(null);
        IFile file = project.getFile("kestrel.cartograph");
        try (InputStream in = SampleProject.sampleUrl().openStream()) {
            file.create(in, true, null);
        }

        opened = CommandLinePortfolios.open(page(), List.of(file.getLocation().toPath()));

        assertEquals(1, opened.size());
        assertEquals(file, ((PortfolioEditor) opened.get(0)).getFile(), "validation markers need the workspace file");
    }

    private static void copySampleTo(Path file) throws Exception {
        try (InputStream in = SampleProject.sampleUrl().openStream()) {
            Files.copy(in, file);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }
}
