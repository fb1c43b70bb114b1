// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.ui.editor.ModelTreePage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.pages.UseCasesPage;

/**
 * Copy and paste of use cases: within a portfolio the anchors are kept; into another portfolio
 * they are kept where the same elements exist there, and dropped (and reported) where not.
 */
class CopyPasteTest extends EditorTestCase {

    private static UseCase anchoredUseCase(Portfolio portfolio) {
        return portfolio.getUseCases().stream().filter(u -> !u.getSteps().isEmpty() && !u.getStages().isEmpty()
                || !u.getSteps().isEmpty() && !u.getFrictions().isEmpty()).findFirst().orElseThrow();
    }

    private static void copy(PortfolioEditor editor, UseCase useCase) {
        Ui.page().activate(editor);
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(useCase), true);
        page.getViewer().getControl().setFocus();
        Ui.flush();
        Ui.run("org.eclipse.ui.edit.copy");
    }

    private static void pasteIntoPortfolio(PortfolioEditor editor) {
        Ui.page().activate(editor);
        ModelTreePage tree = (ModelTreePage) editor.setActivePage(ModelTreePage.ID);
        tree.getViewer().setSelection(new StructuredSelection(editor.getPortfolio()), true);
        tree.getViewer().getControl().setFocus();
        Ui.flush();
        Ui.run("org.eclipse.ui.edit.paste");
    }

    private static List<String> names(List<? extends EObject> elements) {
        return elements.stream().map(e -> ((NamedElement) e).getName()).toList();
    }

    @Test
    void pastingInTheSamePortfolioKeepsTheAnchors() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        UseCase original = anchoredUseCase(editor.getPortfolio());
        int count = editor.getPortfolio().getUseCases().size();

        copy(editor, original);
        pasteIntoPortfolio(editor);

        assertEquals(count + 1, editor.getPortfolio().getUseCases().size());
        UseCase pasted = editor.getPortfolio().getUseCases().get(count);
        assertNotSame(original, pasted);
        assertEquals(original.getName(), pasted.getName());
        assertEquals(original.getSteps(), pasted.getSteps(), "the same steps, not copies of them");
        assertEquals(original.getStages(), pasted.getStages());
        assertEquals(original.getFrictions(), pasted.getFrictions());
        assertEquals(original.getScores().size(), pasted.getScores().size(), "scores come with the use case");

        Ui.run("org.eclipse.ui.edit.undo");
        assertEquals(count, editor.getPortfolio().getUseCases().size(), "undo removes the pasted use case");
        assertTrue(original.getSteps().stream().allMatch(s -> !s.getUseCases().contains(pasted)),
                "and its anchors");
    }

    @Test
    void pastingIntoAnotherPortfolioDropsWhatDoesNotExistThereAndSaysSo() throws Exception {
        PortfolioEditor source = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        PortfolioEditor target = Portfolios.open(Portfolios.write(project, "empty.cartograph", Portfolios.blank("Empty")));
        RecordingPrompts prompts = new RecordingPrompts();
        target.setPrompts(prompts);
        UseCase original = anchoredUseCase(source.getPortfolio());
        int references = original.getSteps().size() + original.getStages().size() + original.getFrictions().size()
                + original.getInitiatives().size() + original.getDataAssets().size() + original.getDependsOn().size()
                + (original.getWave() == null ? 0 : 1);

        copy(source, original);
        pasteIntoPortfolio(target);

        assertEquals(1, target.getPortfolio().getUseCases().size());
        UseCase pasted = target.getPortfolio().getUseCases().get(0);
        assertEquals(original.getName(), pasted.getName());
        assertTrue(pasted.getSteps().isEmpty() && pasted.getStages().isEmpty() && pasted.getFrictions().isEmpty()
                && pasted.getWave() == null, "nothing to anchor on in an empty portfolio");
        assertEquals(List.of("pasteDropped"), prompts.asked, "the user is told");
        assertEquals(references, prompts.dropped.size(), "one line per reference dropped: " + prompts.dropped);
        String firstStep = original.getSteps().get(0).getName();
        assertTrue(prompts.dropped.stream().anyMatch(line -> line.contains(firstStep)), prompts.dropped.toString());
        assertEquals(1, source.getPortfolio().getUseCases().stream().filter(u -> u.getName().equals(original.getName()))
                .count(), "the source is unchanged");
    }

    @Test
    void pastingIntoACopyOfThePortfolioFindsTheSameElementsThere() throws Exception {
        PortfolioEditor source = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        PortfolioEditor copyEditor = Portfolios.open(Portfolios.sample(project, "kestrel-copy.cartograph"));
        RecordingPrompts prompts = new RecordingPrompts();
        copyEditor.setPrompts(prompts);
        UseCase original = anchoredUseCase(source.getPortfolio());
        int count = copyEditor.getPortfolio().getUseCases().size();

        copy(source, original);
        pasteIntoPortfolio(copyEditor);

        UseCase pasted = copyEditor.getPortfolio().getUseCases().get(count);
        assertEquals(names(original.getSteps()), names(pasted.getSteps()), "anchored on the same steps, by name");
        assertTrue(pasted.getSteps().stream().allMatch(s -> s.eResource() == copyEditor.getResource()),
                "the steps of the portfolio it was pasted into");
        assertEquals(names(original.getStages()), names(pasted.getStages()));
        assertEquals(names(original.getFrictions()), names(pasted.getFrictions()));
        assertTrue(prompts.dropped.isEmpty(), "everything was found: " + prompts.dropped);
    }

    @Test
    void cutThenPasteMovesAUseCaseWithItsAnchors() throws Exception {
        PortfolioEditor editor = Portfolios.open(Portfolios.sample(project, "kestrel.cartograph"));
        UseCase original = anchoredUseCase(editor.getPortfolio());
        List<String> steps = names(original.getSteps());
        List<dev.cartograph.model.WorkflowStep> anchors = List.copyOf(original.getSteps());
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(original), true);
        page.getViewer().getControl().setFocus();
        Ui.flush();

        Ui.run("org.eclipse.ui.edit.cut");

        assertTrue(!editor.getPortfolio().getUseCases().contains(original), "cut removes it");
        assertTrue(anchors.stream().noneMatch(s -> s.getUseCases().contains(original)), "and its anchors");
        pasteIntoPortfolio(editor);
        UseCase pasted = editor.getPortfolio().getUseCases().get(editor.getPortfolio().getUseCases().size() - 1);
        assertEquals(original.getName(), pasted.getName());
        assertEquals(steps, names(pasted.getSteps()), "anchored again on the same steps");
        assertTrue(pasted.getSteps().stream().allMatch(s -> s.eResource() == editor.getResource()));
    }
}
