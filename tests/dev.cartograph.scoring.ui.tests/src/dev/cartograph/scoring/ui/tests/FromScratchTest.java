// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Evidence;
import dev.cartograph.model.EvidenceKind;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Kpi;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Scope;
import dev.cartograph.model.StageKind;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.matrix.BubbleSpec;
import dev.cartograph.scoring.ui.internal.matrix.MatrixView;
import dev.cartograph.scoring.ui.internal.ranking.RankingCells;
import dev.cartograph.scoring.ui.internal.ranking.RankingColumn;
import dev.cartograph.scoring.ui.internal.ranking.RankingRow;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.validation.FindingMarkers;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.forms.ElementDetailsPage;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;
import dev.cartograph.ui.internal.pages.JourneysPage;
import dev.cartograph.ui.internal.pages.RoadmapPage;
import dev.cartograph.ui.internal.pages.RoadmapProposalDialog;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;
import dev.cartograph.ui.internal.wizards.NewPortfolioWizard;
import dev.cartograph.ui.viewers.ReferenceSelectionDialog;

/**
 * The whole of a first portfolio, from first launch, through the workbench only: a new project
 * and a blank portfolio from the New wizards; a customer journey with its stages (down to the
 * customer leaving), a friction backed by evidence, an internal workflow with its steps, a use
 * case anchored on a step and addressing the friction, its scores on the grid entered in the
 * Ranking view, its business case with a measurable KPI; the use case ranked first and placed on
 * the matrix as a quick win; a validation finding fixed with its quick fix; the proposed roadmap
 * applied (the use case in wave 1); saved, and read back from the file.
 * <p>
 * Every step is what a user does: wizard pages, the editor pages' buttons and fields, the cell
 * editors of tables, the reference dialogs, the Ranking view's cells, the Validate command, the
 * quick fixes of the Problems view and the Save command. No model element is created by code.
 */
class FromScratchTest {

    private static final String PROJECT = "first-portfolio"; //$NON-NLS-1$
    private static final String JOURNEY = "Home insurance customer"; //$NON-NLS-1$
    private static final String CLAIM_STAGE = "Make a claim"; //$NON-NLS-1$
    private static final String CHURN_STAGE = "Leave us"; //$NON-NLS-1$
    private static final String FRICTION = "Claim status is unclear"; //$NON-NLS-1$
    private static final String SILENT_CHURN = "Customers leave without saying why"; //$NON-NLS-1$
    private static final String WORKFLOW = "Claims handling"; //$NON-NLS-1$
    private static final String UPDATE_STEP = "Update the customer"; //$NON-NLS-1$
    private static final String USE_CASE = "Proactive claim status updates"; //$NON-NLS-1$
    private static final String KPI = "Status calls per claim"; //$NON-NLS-1$

    /** The values given on the eight criteria of the method; a criterion from another plug-in gets 1. */
    private static final Map<String, Double> SCORES = Map.of("strategic-value", 4.0, "customer-experience", 5.0, //$NON-NLS-1$ //$NON-NLS-2$
            "financial-potential", 4.0, "data-process-maturity", 4.0, "technical-complexity", 2.0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "brand-impact", 4.0, "compliance-risk", 2.0, "initiative-alignment", 4.0); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener errorLog = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @BeforeEach
    void firstLaunch() {
        TestWorkbench.reset();
        Platform.addLogListener(errorLog);
    }

    @AfterEach
    void closeAndDelete() throws CoreException {
        Platform.removeLogListener(errorLog);
        TestWorkbench.page().closeAllEditors(false);
        UiWait.settle();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (project.exists()) {
            project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
        }
    }

    @Test
    void aUserBuildsRanksValidatesPlansAndSavesAPortfolioFromScratch() throws Exception {
        IFile file = createPortfolio();
        PortfolioEditor editor = (PortfolioEditor) TestWorkbench.page().getActiveEditor();
        assertEquals(file, editor.getFile(), "the new portfolio is open in the editor");
        Portfolio portfolio = editor.getPortfolio();

        mapTheJourney(editor);
        mapTheWorkflow(editor);
        UseCase useCase = writeTheUseCase(editor);
        RankingView ranking = TestWorkbench.show(ScoringUi.RANKING_VIEW_ID);
        MatrixView matrix = TestWorkbench.show(ScoringUi.MATRIX_VIEW_ID);
        // the first score asks for the name to sign it with, once
        Dialogs.answer("Your Name on the Scores", "A. New User"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> scored = scoreInTheRanking(ranking, useCase);
        assertTrue(scored.containsAll(SCORES.keySet()), "the eight criteria of the method are on the grid: " + scored);
        writeTheBusinessCase(editor, useCase);

        assertTrue(UiWait.until(() -> rowOf(ranking, useCase) != null && rowOf(ranking, useCase).rank() == 1),
                "the use case is ranked first");
        assertEquals(Quadrant.QUICK_WIN, rowOf(ranking, useCase).score().quadrant());
        BubbleSpec bubble = UiWait.until(() -> matrix.getMatrix().specs().stream().filter(s -> s.useCase() == useCase)
                .findFirst().orElse(null), Duration.ofSeconds(30));
        assertNotNull(bubble, "the use case is a bubble of the matrix");
        assertEquals(rowOf(ranking, useCase).score().impact(), bubble.impact(), 1e-9);

        UseCasesPage useCases = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        assertTrue(UiWait.until(() -> "1".equals(useCases.getViewer().getTable().getItem(0).getText(3))),
                "the use case page shows the rank too");

        fixAFindingWithItsQuickFix(editor, file);
        planTheRoadmap(editor, useCase);

        TestWorkbench.page().activate(editor);
        run(editor, "org.eclipse.ui.file.save"); //$NON-NLS-1$
        assertFalse(editor.isDirty(), "saved");
        assertEverythingIsIn(ModelPersistence.load(file.getLocation().toFile().toPath()));
        assertEverythingIsIn(portfolio);
        assertEquals(List.of(), errors.stream().map(IStatus::toString).toList(), "nothing was logged");
    }

    /** File > New > Project, then File > New > Portfolio into it, blank. */
    private static IFile createPortfolio() {
        WizardDialog projectDialog = openWizard("org.eclipse.ui.wizards.new.project", StructuredSelection.EMPTY); //$NON-NLS-1$
        Text projectName = firstText((Composite) projectDialog.getCurrentPage().getControl());
        Widgets.type(projectName, PROJECT);
        Widgets.press(shell(projectDialog), IDialogConstants.FINISH_LABEL.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        assertTrue(project.exists() && project.isOpen(), "the project was created");

        WizardDialog dialog = openWizard(NewPortfolioWizard.ID, new StructuredSelection(project));
        NewPortfolioWizard wizard = (NewPortfolioWizard) dialog.getCurrentPage().getWizard();
        wizard.getFilePage().setFileName("harbour"); //$NON-NLS-1$
        UiWait.settle();
        Widgets.press(shell(dialog), IDialogConstants.NEXT_LABEL.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(wizard.getContentPage().getBlankChoice().getSelection(), "blank is the default");
        Widgets.type(wizard.getContentPage().getNameField(), "Harbour Mutual"); //$NON-NLS-1$
        Widgets.press(shell(dialog), IDialogConstants.FINISH_LABEL.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        IFile file = project.getFile("harbour.cartograph"); //$NON-NLS-1$
        assertTrue(file.exists(), "the portfolio file is in the project");
        assertTrue(UiWait.until(() -> TestWorkbench.page().getActiveEditor() instanceof PortfolioEditor),
                "the editor opened");
        return file;
    }

    private static WizardDialog openWizard(String id, StructuredSelection selection) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWizardDescriptor descriptor = workbench.getNewWizardRegistry().findWizard(id);
        assertNotNull(descriptor, id + " is in File > New");
        try {
            INewWizard wizard = (INewWizard) descriptor.createWizard();
            wizard.init(workbench, selection);
            WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
            dialog.setBlockOnOpen(false);
            dialog.open();
            UiWait.settle();
            return dialog;
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    private static Control shell(WizardDialog dialog) {
        IWizardPage page = dialog.getCurrentPage();
        return page.getControl().getShell();
    }

    private static Text firstText(Composite composite) {
        for (Control child : composite.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite inner) {
                Text found = firstText(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The journey page: a journey, three stages down to the customer leaving, two frictions, evidence. */
    private static void mapTheJourney(PortfolioEditor editor) {
        JourneysPage page = (JourneysPage) editor.setActivePage(JourneysPage.ID);
        UiWait.settle();
        Control master = page.getViewer().getControl();
        Widgets.press(master, "New Journey"); //$NON-NLS-1$
        Widgets.type(details(page.getBlock()).fields().control(Literals.NAMED_ELEMENT__NAME), JOURNEY);
        stage(page, "Find a policy", "Discovery"); //$NON-NLS-1$ //$NON-NLS-2$
        stage(page, CLAIM_STAGE, "Support"); //$NON-NLS-1$
        stage(page, CHURN_STAGE, "After the journey (churn)"); //$NON-NLS-1$

        select(editor, page, JourneyStage.class, CLAIM_STAGE);
        Widgets.press(master, "New Friction"); //$NON-NLS-1$
        ElementDetailsPage friction = details(page.getBlock());
        Widgets.type(friction.fields().control(Literals.NAMED_ELEMENT__NAME), FRICTION);
        TableViewer evidence = friction.fields().table(Literals.FRICTION__EVIDENCE).getViewer();
        Widgets.press(friction.fields().control(Literals.FRICTION__EVIDENCE), "New"); //$NON-NLS-1$
        Widgets.editActiveCell(evidence, "Support tickets"); //$NON-NLS-1$
        Object added = evidence.getElementAt(0);
        Widgets.editCell(evidence, added, 1, "Contact centre logs, March"); //$NON-NLS-1$
        Widgets.editCell(evidence, added, 2, "31% of claim calls ask for the status"); //$NON-NLS-1$

        select(editor, page, JourneyStage.class, CHURN_STAGE);
        Widgets.press(master, "New Friction"); //$NON-NLS-1$
        Widgets.type(details(page.getBlock()).fields().control(Literals.NAMED_ELEMENT__NAME), SILENT_CHURN);
    }

    private static void stage(JourneysPage page, String name, String kind) {
        Widgets.press(page.getViewer().getControl(), "New Stage"); //$NON-NLS-1$
        ElementDetailsPage details = details(page.getBlock());
        assertTrue(details.element() instanceof JourneyStage, "the new stage is shown");
        Widgets.type(details.fields().control(Literals.NAMED_ELEMENT__NAME), name);
        Widgets.choose(details.fields().control(Literals.JOURNEY_STAGE__KIND), kind);
    }

    /** The workflow page: an internal workflow and its three steps. */
    private static void mapTheWorkflow(PortfolioEditor editor) {
        WorkflowsPage page = (WorkflowsPage) editor.setActivePage(WorkflowsPage.ID);
        UiWait.settle();
        Control master = page.getViewer().getControl();
        Widgets.press(master, "New Workflow"); //$NON-NLS-1$
        ElementDetailsPage workflow = details(page.getBlock());
        Widgets.type(workflow.fields().control(Literals.NAMED_ELEMENT__NAME), WORKFLOW);
        Widgets.choose(workflow.fields().control(Literals.WORKFLOW__SCOPE), "Internal"); //$NON-NLS-1$
        for (String step : List.of("Register the claim", "Assess the damage", UPDATE_STEP)) { //$NON-NLS-1$ //$NON-NLS-2$
            Widgets.press(master, "New Step"); //$NON-NLS-1$
            ElementDetailsPage details = details(page.getBlock());
            assertTrue(details.element() instanceof WorkflowStep, "the new step is shown");
            Widgets.type(details.fields().control(Literals.NAMED_ELEMENT__NAME), step);
        }
    }

    /** The use case page: a new internal use case, anchored on a step, addressing the friction. */
    private static UseCase writeTheUseCase(PortfolioEditor editor) {
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        UiWait.settle();
        Widgets.press(page.getViewer().getControl(), "New Use Case"); //$NON-NLS-1$
        ElementDetailsPage details = details(page.getBlock());
        UseCase useCase = (UseCase) details.element();
        assertNotNull(useCase, "the new use case is shown");
        Widgets.type(details.fields().control(Literals.NAMED_ELEMENT__NAME), USE_CASE);
        Widgets.choose(details.fields().control(Literals.USE_CASE__SCOPE), "Internal"); //$NON-NLS-1$
        addReference(details, Literals.USE_CASE__STEPS, UPDATE_STEP);
        addReference(details, Literals.USE_CASE__FRICTIONS, FRICTION);
        assertEquals(USE_CASE, page.getViewer().getTable().getItem(0).getText(0), "the list shows the use case");
        return useCase;
    }

    /** Presses "Add..." beside a reference list, finds the target in the dialog, checks it and presses OK. */
    private static void addReference(ElementDetailsPage details, EReference reference,
            String target) {
        Control field = details.fields().control(reference);
        Widgets.answer(ReferenceSelectionDialog.class, () -> Widgets.press(field, "Add..."), dialog -> { //$NON-NLS-1$
            dialog.getFilter().setText(target);
            UiWait.settle();
            Widgets.check(dialog.getViewer().getTable(), target);
            Widgets.press(dialog.getViewer().getControl(), IDialogConstants.OK_LABEL);
        });
        assertTrue(listed(field, target), target + " is listed");
    }

    /** @return whether the list of a reference field shows a target of that name */
    private static boolean listed(Control field, String target) {
        Table list = Arrays.stream(((Composite) field).getChildren()).filter(Table.class::isInstance).map(Table.class::cast)
                .findFirst().orElseThrow();
        return Arrays.stream(list.getItems()).anyMatch(i -> i.getText().startsWith(target));
    }

    /** The Ranking view: each criterion's cell of the use case, edited in place. */
    private static List<String> scoreInTheRanking(RankingView ranking, UseCase useCase) {
        assertTrue(UiWait.until(() -> ranking.getModel().positionOf(useCase) >= 0), "the ranking lists the use case");
        List<String> scored = new ArrayList<>();
        for (RankingColumn column : ranking.getModel().columns()) {
            if (column.kind() == RankingColumn.Kind.CRITERION) {
                String id = column.criterion().id();
                RankingCells.edit(ranking, useCase, id, SCORES.getOrDefault(id, column.criterion().scale().min()));
                scored.add(id);
            }
        }
        return scored;
    }

    /** The use case page again: the business case, its costs and effect, and a KPI with a baseline and a target. */
    private static void writeTheBusinessCase(PortfolioEditor editor, UseCase useCase) {
        UseCasesPage page = (UseCasesPage) editor.setActivePage(UseCasesPage.ID);
        page.getViewer().setSelection(new StructuredSelection(useCase), true);
        UiWait.settle();
        ElementDetailsPage details = details(page.getBlock());
        Control problem = details.fields().control(Literals.BUSINESS_CASE__PROBLEM);
        Widgets.press(problem, "Write the Business Case"); //$NON-NLS-1$
        assertNotNull(useCase.getBusinessCase(), "the business case was created");
        Widgets.type(problem, "Customers call to ask where their claim stands."); //$NON-NLS-1$
        Widgets.type(details.fields().control(Literals.BUSINESS_CASE__ONE_OFF_COST), "80000"); //$NON-NLS-1$
        Widgets.type(details.fields().control(Literals.BUSINESS_CASE__ANNUAL_COST_AVOIDED), "150000"); //$NON-NLS-1$
        TableViewer kpis = details.fields().table(Literals.BUSINESS_CASE__KPIS).getViewer();
        Widgets.press(details.fields().control(Literals.BUSINESS_CASE__KPIS), "New"); //$NON-NLS-1$
        Widgets.editActiveCell(kpis, KPI);
        Object kpi = kpis.getElementAt(0);
        Widgets.editCell(kpis, kpi, 1, "calls"); //$NON-NLS-1$
        Widgets.editCell(kpis, kpi, 2, "1.8"); //$NON-NLS-1$
        Widgets.editCell(kpis, kpi, 3, "0.5"); //$NON-NLS-1$
    }

    /**
     * Validate, then the quick fix of a finding, from the marker resolutions the Problems view
     * offers: the friction on the churn stage is addressed by no use case; it is marked out of
     * scope, and the finding is gone at the next validation.
     */
    private static void fixAFindingWithItsQuickFix(PortfolioEditor editor, IFile file) throws Exception {
        TestWorkbench.page().activate(editor);
        run(editor, ScoringUi.VALIDATE_COMMAND_ID);
        TestWorkbench.awaitValidation();
        IMarker marker = UiWait.until(() -> unaddressed(file), Duration.ofSeconds(30));
        assertNotNull(marker, "the friction no use case addresses is a problem");
        assertEquals("No use case addresses the friction \"" + SILENT_CHURN //$NON-NLS-1$
                + "\": look for one, or mark the friction as out of scope.", marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$ //$NON-NLS-2$
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        String label = "Mark the friction \"" + SILENT_CHURN + "\" as out of scope"; //$NON-NLS-1$ //$NON-NLS-2$
        IMarkerResolution fix = Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));

        fix.run(marker);
        UiWait.settle();
        TestWorkbench.page().activate(editor);
        run(editor, ScoringUi.VALIDATE_COMMAND_ID);
        TestWorkbench.awaitValidation();

        assertTrue(UiWait.until(() -> unaddressed(file) == null), "the problem is gone");
        assertTrue(Models.named(editor.getPortfolio(), Friction.class, SILENT_CHURN).isOutOfScope());
    }

    private static IMarker unaddressed(IFile file) {
        try {
            return Arrays.stream(FindingMarkers.of(file))
                    .filter(m -> "friction.unaddressed".equals(m.getAttribute(ScoringUi.MARKER_RULE_ID, null))) //$NON-NLS-1$
                    .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains(SILENT_CHURN)).findFirst().orElse(null); //$NON-NLS-1$
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The roadmap page: "Propose Roadmap...", then "Apply" in the proposal. */
    private static void planTheRoadmap(PortfolioEditor editor, UseCase useCase) {
        TestWorkbench.page().activate(editor);
        RoadmapPage page = (RoadmapPage) editor.setActivePage(RoadmapPage.ID);
        UiWait.settle();
        Widgets.answer(RoadmapProposalDialog.class, () -> Widgets.press(page.getViewer().getControl(), "Propose Roadmap..."), //$NON-NLS-1$
                dialog -> Widgets.press(dialog.getShell(), "Apply")); //$NON-NLS-1$
        assertNotNull(editor.getPortfolio().getRoadmap(), "the roadmap was created");
        assertSame(editor.getPortfolio().getRoadmap().getWaves().get(0), useCase.getWave(), "the use case is in wave 1");
        assertTrue(UiWait.until(() -> page.getViewer().getTable().getItemCount() > 0), "the page lists the waves");
        assertEquals("1 / 1", page.getViewer().getTable().getItem(0).getText(3), //$NON-NLS-1$
                "the list counts the use case planned in wave 1");
        page.getViewer().setSelection(new StructuredSelection(useCase.getWave()), true);
        assertTrue(listed(details(page.getBlock()).fields().control(Literals.WAVE__USE_CASES), USE_CASE),
                "the wave's details list the use case");
    }

    private static void assertEverythingIsIn(Portfolio portfolio) {
        assertEquals("Harbour Mutual", portfolio.getName()); //$NON-NLS-1$
        CustomerJourney journey = Models.named(portfolio, CustomerJourney.class, JOURNEY);
        assertEquals(List.of("Find a policy", CLAIM_STAGE, CHURN_STAGE), //$NON-NLS-1$
                journey.getStages().stream().map(JourneyStage::getName).toList());
        assertEquals(List.of(StageKind.DISCOVERY, StageKind.SUPPORT, StageKind.POST_JOURNEY),
                journey.getStages().stream().map(JourneyStage::getKind).toList());
        Friction friction = Models.named(portfolio, Friction.class, FRICTION);
        assertSame(journey.getStages().get(1), friction.eContainer());
        assertEquals(1, friction.getEvidence().size());
        Evidence evidence = friction.getEvidence().get(0);
        assertEquals(EvidenceKind.SUPPORT_TICKETS, evidence.getKind());
        assertEquals("Contact centre logs, March", evidence.getSource()); //$NON-NLS-1$
        assertEquals("31% of claim calls ask for the status", evidence.getFigure()); //$NON-NLS-1$
        assertTrue(Models.named(portfolio, Friction.class, SILENT_CHURN).isOutOfScope());
        Workflow workflow = Models.named(portfolio, Workflow.class, WORKFLOW);
        assertEquals(Scope.INTERNAL, workflow.getScope());
        assertEquals(3, workflow.getSteps().size());
        UseCase useCase = Models.useCase(portfolio, USE_CASE);
        assertEquals(Scope.INTERNAL, useCase.getScope());
        assertEquals(List.of(Models.named(portfolio, WorkflowStep.class, UPDATE_STEP)), useCase.getSteps());
        assertEquals(List.of(friction), useCase.getFrictions());
        assertTrue(useCase.getScores().size() >= 8, "scored on the grid");
        SCORES.forEach((id, value) -> assertEquals(value, useCase.getScores().stream()
                .filter(s -> id.equals(s.getCriterionId())).findFirst().orElseThrow().getValue(), id));
        BusinessCase businessCase = useCase.getBusinessCase();
        assertEquals(80000, businessCase.getOneOffCost());
        assertEquals(150000, businessCase.getAnnualCostAvoided());
        Kpi kpi = businessCase.getKpis().get(0);
        assertEquals(KPI, kpi.getName());
        assertEquals("calls", kpi.getUnit()); //$NON-NLS-1$
        assertEquals(1.8, kpi.getBaseline());
        assertEquals(0.5, kpi.getTarget());
        assertSame(portfolio.getRoadmap().getWaves().get(0), useCase.getWave());
    }

    private static ElementDetailsPage details(ModelMasterDetails block) {
        UiWait.settle();
        ElementDetailsPage details = block.getCurrentDetails();
        assertNotNull(details, "the selected element's details are shown");
        return details;
    }

    private static <T extends NamedElement> void select(PortfolioEditor editor, JourneysPage page,
            Class<T> type, String name) {
        Object element = Models.named(editor.getPortfolio(), type, name);
        page.getViewer().setSelection(new StructuredSelection(element), true);
        UiWait.settle();
    }

    private static RankingRow rowOf(RankingView ranking, UseCase useCase) {
        int position = ranking.getModel().positionOf(useCase);
        return position < 0 || !(ranking.getModel().rowAt(position) instanceof RankingRow row) ? null : row;
    }

    private static void run(PortfolioEditor editor, String commandId) {
        try {
            editor.getSite().getService(IHandlerService.class).executeCommand(commandId, null);
        } catch (Exception e) {
            throw new AssertionError(commandId + " could not run: " + e.getMessage(), e);
        }
        UiWait.settle();
    }
}
