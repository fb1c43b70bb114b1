// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.SubContributionManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.validation.FindingMarkers;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * Validation in the workbench: a portfolio file gets one problem marker per finding when it is
 * saved, a double-click on a marker selects its element in the editor, a quick fix repairs the
 * model through the editor's command stack (so Undo reverts it), and the Validate command
 * checks the model as it is in the editor.
 * <p>
 * The sample has two findings, two frictions no use case addresses (notes). The tests add a
 * journey "Broker journey" with one discovery stage and no friction: no stage after the
 * customer leaves, and no friction recorded (two warnings).
 */
class ValidationMarkersTest {

    private static final String BROKER = "Broker journey"; //$NON-NLS-1$
    private static final String PHONE_CALL = "Mid-term changes need a phone call"; //$NON-NLS-1$
    private static final String REVIEWS = "Negative reviews after disputed claims"; //$NON-NLS-1$

    private IFile file;

    @BeforeEach
    void writeAnIncompletePortfolio() throws Exception {
        TestWorkbench.reset();
        Portfolio portfolio = SamplePortfolio.build();
        CustomerJourney broker = CartographFactory.eINSTANCE.createCustomerJourney();
        broker.setName(BROKER);
        JourneyStage discovery = CartographFactory.eINSTANCE.createJourneyStage();
        discovery.setName("Find a broker"); //$NON-NLS-1$
        discovery.setKind(StageKind.DISCOVERY);
        broker.getStages().add(discovery);
        portfolio.getJourneys().add(broker);
        file = TestWorkbench.write(portfolio, "validation.cartograph"); //$NON-NLS-1$
        TestWorkbench.awaitValidation();
    }

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void savingAPortfolioListsItsFindingsAsProblems() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4), "markers: " + describe());
        Portfolio saved = ModelPersistence.load(file.getLocation().toFile().toPath());
        String brokerId = ModelPersistence.getId(Models.named(saved, CustomerJourney.class, BROKER));
        String phoneCallId = ModelPersistence.getId(Models.named(saved, Friction.class, PHONE_CALL));
        Set<String> expected = new TreeSet<>(List.of(
                "warning|journey.noPostJourneyStage|" + brokerId + "|The journey \"Broker journey\" has no stage "
                        + "after the customer leaves: add one to look at churn, cancellations and why people leave.",
                "warning|journey.noFriction|" + brokerId + "|No friction has been recorded along the journey "
                        + "\"Broker journey\": analyse its stages for pain points before looking for use cases.",
                "info|friction.unaddressed|" + phoneCallId + "|No use case addresses the friction \"" + PHONE_CALL
                        + "\": look for one, or mark the friction as out of scope.",
                "info|friction.unaddressed|" + ModelPersistence.getId(Models.named(saved, Friction.class, REVIEWS))
                        + "|No use case addresses the friction \"" + REVIEWS
                        + "\": look for one, or mark the friction as out of scope."));
        assertEquals(expected, describe());
        IMarker journeyMarker = marker("journey.noPostJourneyStage");
        assertEquals(BROKER, journeyMarker.getAttribute(IMarker.LOCATION));
        assertTrue(journeyMarker.isSubtypeOf(IMarker.PROBLEM));
    }

    @Test
    void doubleClickingAProblemSelectsItsElementInTheEditor() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4));
        IMarker marker = marker("journey.noPostJourneyStage");
        IEditorPart opened = IDE.openEditor(TestWorkbench.page(), marker);
        UiWait.settle();
        PortfolioEditor editor = (PortfolioEditor) opened;
        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(broker), selection.toList());
    }

    /** The editor is open on its use case page; the problem is on a friction, shown on the journey page. */
    @Test
    void doubleClickingAProblemShowsItsElementOnItsPageWhateverPageIsActive() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4));
        PortfolioEditor editor = TestWorkbench.open(file);
        editor.setActivePage("dev.cartograph.ui.editor.useCases"); //$NON-NLS-1$
        UiWait.settle();
        IMarker marker = markers("friction.unaddressed").stream() //$NON-NLS-1$
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(PHONE_CALL)).findFirst().orElseThrow(); //$NON-NLS-1$

        assertSame(editor, IDE.openEditor(TestWorkbench.page(), marker));
        UiWait.settle();

        Friction phoneCall = Models.named(editor.getPortfolio(), Friction.class, PHONE_CALL);
        assertEquals("dev.cartograph.ui.editor.journeys", editor.getActivePageInstance().getId()); //$NON-NLS-1$
        IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
        assertEquals(List.of(phoneCall), selection.toList());
    }

    @Test
    void aQuickFixAddsTheMissingStageUndoablyAndTheProblemGoes() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4));
        IMarker marker = marker("journey.noPostJourneyStage");
        IMarkerResolution fix = resolution(marker, "Add a stage after the customer leaves to \"Broker journey\""); //$NON-NLS-1$

        fix.run(marker);
        UiWait.settle();
        TestWorkbench.awaitValidation();

        PortfolioEditor editor = (PortfolioEditor) TestWorkbench.page().getActiveEditor();
        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        assertEquals(2, broker.getStages().size());
        JourneyStage added = broker.getStages().get(1);
        assertEquals(StageKind.POST_JOURNEY, added.getKind());
        assertEquals("After the customer leaves", added.getName()); //$NON-NLS-1$
        assertTrue(editor.isDirty());
        assertTrue(UiWait.until(() -> markers().length == 3), "the fixed problem is gone: " + describe());
        assertFalse(describe().stream().anyMatch(m -> m.contains("journey.noPostJourneyStage"))); //$NON-NLS-1$
        assertTrue(statusLine(editor).contains("Validation: no error, 1 warning, 2 notes"), //$NON-NLS-1$
                "the status line counts what is left, not what the last Validate found: " + statusLine(editor));

        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(1, broker.getStages().size(), "Undo removes the stage again");
        assertFalse(editor.isDirty());
    }

    @Test
    void aQuickFixMarksAnUnaddressedFrictionOutOfScope() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4));
        IMarker marker = markers("friction.unaddressed").stream()
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(PHONE_CALL)).findFirst().orElseThrow(); //$NON-NLS-1$
        resolution(marker, "Mark the friction \"" + PHONE_CALL + "\" as out of scope").run(marker); //$NON-NLS-1$ //$NON-NLS-2$
        UiWait.settle();
        TestWorkbench.awaitValidation();

        PortfolioEditor editor = (PortfolioEditor) TestWorkbench.page().getActiveEditor();
        assertTrue(Models.named(editor.getPortfolio(), Friction.class, PHONE_CALL).isOutOfScope());
        assertTrue(UiWait.until(() -> markers().length == 3), describe().toString());
    }

    @Test
    void theValidateCommandChecksTheModelAsItIsInTheEditor() throws Exception {
        assertTrue(UiWait.until(() -> markers().length == 4));
        PortfolioEditor editor = TestWorkbench.open(file);
        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        Friction friction = CartographFactory.eINSTANCE.createFriction();
        friction.setName("Brokers cannot see claim status"); //$NON-NLS-1$
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                broker.getStages().get(0), CartographPackage.Literals.JOURNEY_STAGE__FRICTIONS, friction));

        TestWorkbench.page().activate(editor);
        editor.getSite().getService(IHandlerService.class).executeCommand(ScoringUi.VALIDATE_COMMAND_ID, null);
        TestWorkbench.awaitValidation();

        // The journey now has a friction (no more "no friction"), which no use case addresses (a new note).
        assertTrue(UiWait.until(() -> markers("journey.noFriction").isEmpty()), describe().toString());
        assertEquals(3, markers("friction.unaddressed").size());
        assertEquals(1, markers("journey.noPostJourneyStage").size());
        assertTrue(editor.isDirty(), "validation does not save");
    }

    private IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        IMarkerResolution found = Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
                .orElse(null);
        assertNotNull(found, "quick fixes: " + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        return found;
    }

    private IMarker marker(String ruleId) {
        List<IMarker> found = markers(ruleId);
        assertEquals(1, found.size(), ruleId);
        return found.get(0);
    }

    private List<IMarker> markers(String ruleId) {
        List<IMarker> found = new ArrayList<>();
        for (IMarker marker : markers()) {
            if (ruleId.equals(marker.getAttribute(ScoringUi.MARKER_RULE_ID, null))) {
                found.add(marker);
            }
        }
        return found;
    }

    /** @return the texts shown on the workbench window's status line */
    private static List<String> statusLine(PortfolioEditor editor) {
        IContributionManager manager = editor.getEditorSite().getActionBars().getStatusLineManager();
        while (manager instanceof SubContributionManager sub) {
            manager = sub.getParent();
        }
        List<String> texts = new ArrayList<>();
        collectTexts(((StatusLineManager) manager).getControl(), texts);
        return texts;
    }

    private static void collectTexts(Control control, List<String> texts) {
        if (control instanceof CLabel label && label.getText() != null) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTexts(child, texts);
            }
        }
    }

    private IMarker[] markers() {
        try {
            return FindingMarkers.of(file);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private Set<String> describe() {
        Set<String> lines = new TreeSet<>();
        for (IMarker marker : markers()) {
            int severity = marker.getAttribute(IMarker.SEVERITY, -1);
            String name = severity == IMarker.SEVERITY_ERROR ? "error" //$NON-NLS-1$
                    : severity == IMarker.SEVERITY_WARNING ? "warning" : "info"; //$NON-NLS-1$ //$NON-NLS-2$
            lines.add(name + '|' + marker.getAttribute(ScoringUi.MARKER_RULE_ID, "") + '|' //$NON-NLS-1$
                    + marker.getAttribute(ScoringUi.MARKER_ELEMENT_ID, "") + '|' //$NON-NLS-1$
                    + marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$
        }
        return lines;
    }
}
