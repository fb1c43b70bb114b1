// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
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
import dev.cartograph.scoring.ui.internal.validation.FindingMarkers;
import dev.cartograph.tests.support.SamplePortfolio;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.validation.Finding;

/**
 * The Overview page of the editor summarises the validation of the portfolio as it is in the
 * editor: counts by severity, the most serious findings first (a click shows the element on its
 * page), and a link that validates into the Problems view.
 * <p>
 * As in {@link ValidationMarkersTest}: the sample has two notes (two frictions no use case
 * addresses); the test adds "Broker journey" with one discovery stage and no friction, hence
 * two warnings (no stage after the customer leaves, no friction), listed before the notes, in
 * the order of the built-in rules.
 */
class ValidationSummaryTest {

    /** The Overview page's id (dev.cartograph.ui's OverviewPage.ID). */
    private static final String OVERVIEW = "dev.cartograph.ui.editor.overview"; //$NON-NLS-1$
    private static final String BROKER = "Broker journey"; //$NON-NLS-1$
    private static final String NO_POST_JOURNEY_STAGE = "The journey \"Broker journey\" has no stage after the customer "
            + "leaves: add one to look at churn, cancellations and why people leave.";
    private static final String NO_FRICTION = "No friction has been recorded along the journey \"Broker journey\": "
            + "analyse its stages for pain points before looking for use cases.";

    private IFile file;
    private PortfolioEditor editor;

    @BeforeEach
    void openAnIncompletePortfolio() throws Exception {
        TestWorkbench.reset();
        Portfolio portfolio = SamplePortfolio.build();
        CustomerJourney broker = CartographFactory.eINSTANCE.createCustomerJourney();
        broker.setName(BROKER);
        JourneyStage discovery = CartographFactory.eINSTANCE.createJourneyStage();
        discovery.setName("Find a broker"); //$NON-NLS-1$
        discovery.setKind(StageKind.DISCOVERY);
        broker.getStages().add(discovery);
        portfolio.getJourneys().add(broker);
        file = TestWorkbench.write(portfolio, "summary.cartograph"); //$NON-NLS-1$
        TestWorkbench.awaitValidation();
        editor = TestWorkbench.open(file);
    }

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void theOverviewCountsTheFindingsAndListsTheMostSeriousFirst() {
        assertEquals(OVERVIEW, editor.getActivePageInstance().getId(), "the editor opens on its Overview");
        assertEquals("Validation: errors 0, warnings 2, notes 2. The most important:", counts().getText()); //$NON-NLS-1$
        List<String> shown = findingLinks().stream().map(ImageHyperlink::getText).toList();
        assertEquals(4, shown.size(), shown.toString());
        assertEquals(List.of(NO_POST_JOURNEY_STAGE, NO_FRICTION), shown.subList(0, 2));
        assertEquals(Set.of("No use case addresses the friction \"Mid-term changes need a phone call\": look for one, "
                + "or mark the friction as out of scope.", "No use case addresses the friction \"Negative reviews after "
                        + "disputed claims\": look for one, or mark the friction as out of scope."),
                Set.copyOf(shown.subList(2, 4)));
    }

    /**
     * A friction added to the broker's stage: no more "no friction" (a warning), but two more
     * notes, a friction no use case addresses and a friction without evidence.
     */
    @Test
    void theSummaryFollowsTheModel() {
        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        Friction friction = CartographFactory.eINSTANCE.createFriction();
        friction.setName("Brokers cannot see claim status"); //$NON-NLS-1$
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                broker.getStages().get(0), CartographPackage.Literals.JOURNEY_STAGE__FRICTIONS, friction));
        UiWait.settle();

        assertEquals("Validation: errors 0, warnings 1, notes 4. The most important:", counts().getText()); //$NON-NLS-1$
        assertEquals(NO_POST_JOURNEY_STAGE, findingLinks().get(0).getText());

        editor.getEditingDomain().getCommandStack().undo();
        UiWait.settle();
        assertEquals("Validation: errors 0, warnings 2, notes 2. The most important:", counts().getText()); //$NON-NLS-1$
    }

    @Test
    void aFindingShowsItsElementOnItsPage() {
        ImageHyperlink first = findingLinks().get(0);
        assertEquals(NO_POST_JOURNEY_STAGE, first.getText());

        activate(first);

        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        assertEquals("dev.cartograph.ui.editor.journeys", editor.getActivePageInstance().getId(), "the Journeys page"); //$NON-NLS-1$
        assertEquals(List.of(broker), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
    }

    @Test
    void theValidateLinkListsTheFindingsInTheProblemsView() throws Exception {
        if (TestWorkbench.page().findView(IPageLayout.ID_PROBLEM_VIEW) != null) {
            TestWorkbench.page().hideView(TestWorkbench.page().findView(IPageLayout.ID_PROBLEM_VIEW));
        }
        assertEquals(null, TestWorkbench.page().findView(IPageLayout.ID_PROBLEM_VIEW));
        Friction friction = CartographFactory.eINSTANCE.createFriction();
        friction.setName("Brokers cannot see claim status"); //$NON-NLS-1$
        CustomerJourney broker = Models.named(editor.getPortfolio(), CustomerJourney.class, BROKER);
        editor.getEditingDomain().getCommandStack().execute(AddCommand.create(editor.getEditingDomain(),
                broker.getStages().get(0), CartographPackage.Literals.JOURNEY_STAGE__FRICTIONS, friction));
        UiWait.settle();

        activate(validateLink());
        TestWorkbench.awaitValidation();

        assertTrue(UiWait.until(() -> markerRules().equals(List.of("friction.noEvidence", "friction.unaddressed", //$NON-NLS-1$ //$NON-NLS-2$
                "friction.unaddressed", "friction.unaddressed", "journey.noPostJourneyStage"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "markers of the model in the editor: " + markerRules()); //$NON-NLS-1$
        assertNotNull(TestWorkbench.page().findView(IPageLayout.ID_PROBLEM_VIEW), "the Problems view is open");
    }

    private List<String> markerRules() {
        List<String> rules = new ArrayList<>();
        try {
            for (IMarker marker : FindingMarkers.of(file)) {
                rules.add(marker.getAttribute(dev.cartograph.scoring.ui.ScoringUi.MARKER_RULE_ID, "")); //$NON-NLS-1$
            }
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
        rules.sort(null);
        return rules;
    }

    /** Activates a hyperlink as the keyboard does (Enter). */
    private static void activate(ImageHyperlink link) {
        Event enter = new Event();
        enter.character = '\r';
        enter.keyCode = SWT.CR;
        link.notifyListeners(SWT.KeyDown, enter);
        UiWait.settle();
    }

    private Composite overviewBody() {
        IFormPage overview = editor.findPage(OVERVIEW);
        return overview.getManagedForm().getForm().getBody();
    }

    private Label counts() {
        return all(overviewBody(), Label.class).stream().filter(l -> l.getText().startsWith("Validation:")).findFirst() //$NON-NLS-1$
                .orElseThrow(() -> new AssertionError("no validation summary on the Overview")); //$NON-NLS-1$
    }

    private List<ImageHyperlink> findingLinks() {
        return all(overviewBody(), ImageHyperlink.class).stream().filter(l -> l.getData() instanceof Finding).toList();
    }

    private ImageHyperlink validateLink() {
        return all(overviewBody(), ImageHyperlink.class).stream()
                .filter(l -> l.getText().equals("Validate and list every finding in the Problems view")).findFirst() //$NON-NLS-1$
                .orElseThrow();
    }

    private static <T extends Control> List<T> all(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }
}
