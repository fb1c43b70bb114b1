// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.ui.DiagramViewer;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.ui.MapsUi;
import dev.cartograph.maps.ui.internal.LayerSettings;
import dev.cartograph.maps.ui.internal.MapChoice;
import dev.cartograph.maps.ui.internal.MapsPage;
import dev.cartograph.maps.ui.internal.PaletteAccess;
import dev.cartograph.maps.ui.internal.QuickFixAccess;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.scoring.ui.ScoringUi;
import dev.cartograph.scoring.ui.internal.ranking.RankingView;
import dev.cartograph.scoring.ui.internal.validation.Validations;
import dev.cartograph.ui.editor.PortfolioEditor;

/**
 * The maps inside the portfolio editor, on the sample, driven as a user would. The tests share one
 * editor on one copy of the sample (opening the portfolio editor is most of a test's time): each
 * test undoes what it changed, and an editor left dirty or closed by a test is replaced by a fresh
 * one before the next.
 */
class MapsPageTest {

    private static IProject project;
    private static PortfolioEditor editor;

    @BeforeEach
    void openTheSample() throws Exception {
        MapsWorkbench.letFirstLaunchFinish();
        if (editor != null && !editor.isDirty() && Arrays.asList(MapsWorkbench.page().getEditors()).contains(editor)) {
            return;
        }
        MapsWorkbench.page().closeAllEditors(false);
        if (project == null) {
            project = MapsWorkbench.project("maps-tests");
        }
        editor = MapsWorkbench.open(MapsWorkbench.sample(project, "kestrel.cartograph"));
    }

    @AfterAll
    static void close() throws CoreException {
        MapsWorkbench.page().closeAllEditors(false);
        MapsWorkbench.settle();
        editor = null;
        if (project != null) {
            project.delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
            project = null;
        }
    }

    private MapsPage openMap(EObject subject) {
        assertTrue(editor.open(subject), "a page opens the map of " + subject);
        MapsPage page = (MapsPage) editor.getActivePageInstance();
        MapsWorkbench.settle();
        assertSame(subject, page.current().subject());
        return page;
    }

    private static List<DiagramElement> shown(MapsPage page, Object semantic) {
        return page.viewer().getDiagram().elementsFor(semantic);
    }

    private static Node node(MapsPage page, Object semantic) {
        return shown(page, semantic).stream().filter(Node.class::isInstance).map(Node.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError(semantic + " is not on the map"));
    }

    @Test
    void theEditorHasAMapsPageAfterTheWorkflowsPage() {
        List<String> ids = editor.getPageIds();
        assertEquals(ids.indexOf("dev.cartograph.ui.editor.workflows") + 1, ids.indexOf(MapsUi.MAPS_PAGE_ID));
    }

    @Test
    void eachMapOfTheSampleOpensWithWhatItShows() throws Exception {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        MapsPage page = openMap(journey);
        Diagram diagram = page.viewer().getDiagram();
        assertNotNull(diagram);
        List<Band> columns = diagram.bands(BandKind.COLUMN);
        assertEquals(journey.getStages(), columns.stream().map(Band::semantic).toList(), "one column per stage, in order");
        MapsWorkbench.screenshot("journey-map");

        Workflow workflow = editor.getPortfolio().getWorkflows().get(0);
        page = openMap(workflow);
        for (WorkflowStep step : workflow.getSteps()) {
            assertFalse(shown(page, step).isEmpty(), step.getName() + " is on its workflow's map");
        }
        MapsWorkbench.screenshot("workflow-map");

        page = openMap(editor.getPortfolio());
        assertEquals(MapKind.PORTFOLIO, page.current().map().kind());
        assertFalse(page.viewer().getDiagram().nodes().isEmpty());
        MapsWorkbench.screenshot("portfolio-map");

        List<String> labels = page.choices().stream().map(MapChoice::label).toList();
        assertEquals(editor.getPortfolio().getJourneys().size() + editor.getPortfolio().getWorkflows().size() + 1,
                labels.size(), "the selector lists every journey's map, every workflow's and the portfolio's: " + labels);
    }

    @Test
    void aClickOnAUseCaseSelectsItInTheEditorAndTheRanking() throws Exception {
        RankingView ranking = (RankingView) MapsWorkbench.page().showView(ScoringUi.RANKING_VIEW_ID);
        MapsWorkbench.page().showView("org.eclipse.ui.views.PropertySheet");
        Workflow workflow = withAnchoredUseCase();
        MapsPage page = openMap(workflow);
        MapsWorkbench.page().activate(editor);
        UseCase useCase = workflow.getSteps().stream().flatMap(s -> s.getUseCases().stream()).findFirst().orElseThrow();

        MapsWorkbench.click(page.viewer(), node(page, useCase));

        assertEquals(List.of(useCase), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList(),
                "the editor's selection is the use case");
        assertTrue(MapsWorkbench.waitFor(() -> ranking.getTable().selectedUseCases().equals(List.of(useCase))),
                "the Ranking selects it");
        TabbedPropertySheetPage properties = (TabbedPropertySheetPage) ((PropertySheet) MapsWorkbench.page()
                .findView("org.eclipse.ui.views.PropertySheet")).getCurrentPage();
        assertTrue(MapsWorkbench.waitFor(() -> tabs(properties).contains("Scores") && tabs(properties).contains("Business Case")),
                "the Properties view shows the use case's tabs: " + tabs(properties));

        // On the step's title, above the frictions and use cases it holds.
        WorkflowStep step = workflow.getSteps().get(0);
        Node stepNode = node(page, step);
        MapsWorkbench.center(page.viewer(), stepNode);
        org.eclipse.swt.graphics.Rectangle r = page.viewer().toCanvas(stepNode.bounds());
        MapsWorkbench.mouse(page.viewer().getCanvas(), SWT.MouseDown, r.x + 8, r.y + 6, 1, 0);
        MapsWorkbench.mouse(page.viewer().getCanvas(), SWT.MouseUp, r.x + 8, r.y + 6, 1, SWT.BUTTON1);
        MapsWorkbench.settle();

        assertEquals(List.of(step), ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).toList());
        assertTrue(MapsWorkbench.waitFor(() -> !tabs(properties).isEmpty() && !tabs(properties).contains("Scores")),
                "the Properties view follows to the step: " + tabs(properties));
        MapsWorkbench.click(page.viewer(), node(page, useCase));
        assertTrue(MapsWorkbench.waitFor(() -> tabs(properties).contains("Scores")), "and back to the use case");
    }

    private static List<String> tabs(TabbedPropertySheetPage properties) {
        return java.util.Arrays.stream(properties.getActiveTabs())
                .map(org.eclipse.ui.views.properties.tabbed.ITabDescriptor::getLabel).toList();
    }

    private Workflow withAnchoredUseCase() {
        return editor.getPortfolio().getWorkflows().stream()
                .filter(w -> w.getSteps().stream().anyMatch(s -> !s.getUseCases().isEmpty())).findFirst().orElseThrow();
    }

    @Test
    void aUseCaseSelectedElsewhereIsSelectedOnTheMap() {
        Workflow workflow = withAnchoredUseCase();
        MapsPage page = openMap(workflow);
        UseCase useCase = workflow.getSteps().stream().flatMap(s -> s.getUseCases().stream()).findFirst().orElseThrow();

        editor.showElements(List.of(useCase));

        assertSame(page, editor.getActivePageInstance(), "the map stays");
        assertTrue(page.viewer().getSelectedElements().stream().anyMatch(e -> e.semantic() == useCase));
    }

    @Test
    void draggingAUseCaseOntoAStepAnchorsItThereAndUndoTakesItBack() {
        Workflow workflow = withAnchoredUseCase();
        MapsPage page = openMap(workflow);
        UseCase useCase = workflow.getSteps().stream().flatMap(s -> s.getUseCases().stream()).findFirst().orElseThrow();
        WorkflowStep step = workflow.getSteps().stream().filter(s -> !s.getUseCases().contains(useCase)).findFirst()
                .orElseThrow();
        page.viewer().setZoom(1);
        MapsWorkbench.settle();
        Node target = node(page, step);
        int[] to = MapsWorkbench.center(page.viewer(), target);
        Node dragged = node(page, useCase);
        MapsWorkbench.center(page.viewer(), dragged);
        to = MapsWorkbench.center(page.viewer(), target);

        MapsWorkbench.drag(page.viewer(), dragged, to[0], to[1]);

        assertTrue(useCase.getSteps().contains(step), "the use case is anchored on the step it was dropped on");
        assertTrue(MapsWorkbench.waitFor(() -> shown(page, useCase).size() >= 2), "and shown there too");
        MapsWorkbench.run("org.eclipse.ui.edit.undo");
        assertFalse(useCase.getSteps().contains(step), "undone");
    }

    @Test
    void aStageIsRenamedInPlace() {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        MapsPage page = openMap(journey);
        JourneyStage stage = journey.getStages().get(1);
        DiagramElement column = shown(page, stage).stream().filter(Band.class::isInstance).findFirst().orElseThrow();
        page.viewer().setSelectedElements(List.of(column), true);

        page.viewer().requestEdit(column);
        MapsWorkbench.settle();
        Text field = editField(page.viewer());
        assertEquals(stage.getName(), field.getText(), "the field starts from the name");
        field.setText("Claim lodged online");
        org.eclipse.swt.widgets.Event enter = new org.eclipse.swt.widgets.Event();
        enter.detail = SWT.TRAVERSE_RETURN;
        enter.keyCode = SWT.CR;
        enter.doit = true;
        field.notifyListeners(SWT.Traverse, enter);
        MapsWorkbench.settle();

        assertEquals("Claim lodged online", stage.getName());
        assertTrue(MapsWorkbench.waitFor(() -> "Claim lodged online".equals(
                shown(page, stage).stream().filter(Band.class::isInstance).findFirst().orElseThrow().label())),
                "the map shows the new name");
        MapsWorkbench.run("org.eclipse.ui.edit.undo");
        assertFalse("Claim lodged online".equals(stage.getName()));
    }

    private static Text editField(DiagramViewer viewer) {
        for (Control child : viewer.getCanvas().getChildren()) {
            if (child instanceof Text text && text.isVisible()) {
                return text;
            }
        }
        throw new AssertionError("no field over the element");
    }

    @Test
    void deletingAFrictionOnTheMapRemovesItAndTheReferencesToIt() {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        MapsPage page = openMap(journey);
        Friction friction = journey.getStages().stream().flatMap(s -> s.getFrictions().stream())
                .filter(f -> !f.getAddressedBy().isEmpty()).findFirst().orElseThrow();
        List<UseCase> addressing = List.copyOf(friction.getAddressedBy());
        MapsWorkbench.click(page.viewer(), node(page, friction));
        MapsWorkbench.page().activate(editor);

        MapsWorkbench.run("org.eclipse.ui.edit.delete");

        assertTrue(friction.eContainer() == null, "deleted");
        for (UseCase useCase : addressing) {
            assertFalse(useCase.getFrictions().contains(friction), useCase.getName() + " no longer addresses it");
        }
        assertTrue(MapsWorkbench.waitFor(() -> shown(page, friction).isEmpty()), "gone from the map");
        MapsWorkbench.run("org.eclipse.ui.edit.undo");
        assertTrue(MapsWorkbench.waitFor(() -> !shown(page, friction).isEmpty()), "back on the map");
        assertTrue(addressing.get(0).getFrictions().contains(friction), "undo brings it back with its links");
    }

    @Test
    void thePaletteAddsAFrictionToTheSelectedStage() {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        MapsPage page = openMap(journey);
        JourneyStage stage = journey.getStages().get(0);
        int before = stage.getFrictions().size();
        page.viewer().setSelection(new StructuredSelection(stage), true);
        MapsWorkbench.settle();

        org.eclipse.swt.widgets.Button add = paletteButton(page, "journey.friction");
        assertTrue(add.isEnabled());
        add.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        MapsWorkbench.settle();

        assertEquals(before + 1, stage.getFrictions().size());
        Friction created = stage.getFrictions().get(before);
        assertFalse(shown(page, created).isEmpty(), "the new friction is on the map");
        assertEquals(List.of(created), page.viewer().getSelection().toList(), "and selected");
        MapsWorkbench.run("org.eclipse.ui.edit.undo");
        assertEquals(before, stage.getFrictions().size());
    }

    private static org.eclipse.swt.widgets.Button paletteButton(MapsPage page, String toolId) {
        return PaletteAccess.button(page, toolId);
    }

    @Test
    void zoomAndExport() throws Exception {
        MapsPage page = openMap(editor.getPortfolio().getJourneys().get(0));
        double zoom = page.viewer().getZoom();
        page.viewer().zoomIn();
        assertTrue(page.viewer().getZoom() > zoom, "zoomed in");

        Path png = Files.createTempFile("journey", ".png");
        Path svg = Files.createTempFile("journey", ".svg");
        page.export(png);
        page.export(svg);

        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', "a PNG");
        assertEquals(MapRenderer.svg(page.built()), Files.readString(svg), "the SVG the command line writes");
    }

    @Test
    void theOutlineShowsAMiniatureOfTheMap() throws Exception {
        MapsWorkbench.page().showView("org.eclipse.ui.views.ContentOutline");
        MapsWorkbench.page().activate(editor);
        MapsPage page = openMap(editor.getPortfolio().getWorkflows().get(0));
        org.eclipse.ui.views.contentoutline.IContentOutlinePage outline =
                editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        MapsWorkbench.settle();
        Control shown = null;
        for (Control child : ((org.eclipse.swt.widgets.Composite) outline.getControl()).getChildren()) {
            if (child.isVisible()) {
                shown = child;
            }
        }
        assertTrue(shown instanceof org.eclipse.swt.widgets.Canvas, "the miniature, not the tree: " + shown);
        assertNotNull(page.viewer().getDiagram());
    }

    @Test
    void layersAreSwitchedOnAndOffAndKeptInTheWorkspace() throws Exception {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(0);
        MapsPage page = openMap(journey);
        MapLayer evidence = page.layers().stream().filter(l -> l.id().equals("evidence"))
                .findFirst().orElseThrow();
        LayerSettings.reset(page.current().map());
        boolean before = page.enabledLayers().contains("evidence");

        page.setLayer(evidence, !before);

        assertEquals(!before, page.built().context().isEnabled("evidence"), "the map is drawn again with it");
        editor.close(false);
        MapsWorkbench.settle();
        editor = MapsWorkbench.open(project.getFile("kestrel.cartograph"));
        MapsPage reopened = openMap(editor.getPortfolio().getJourneys().get(0));
        assertEquals(!before, reopened.built().context().isEnabled("evidence"), "kept for the next time");
        LayerSettings.reset(reopened.current().map());
    }

    @Test
    void aFindingShowsOnItsElementAndItsQuickFixWorksFromTheMap() throws Exception {
        CustomerJourney journey = editor.getPortfolio().getJourneys().stream()
                .filter(j -> j.getStages().stream().flatMap(s -> s.getFrictions().stream())
                        .anyMatch(f -> f.getAddressedBy().isEmpty() && !f.isOutOfScope()))
                .findFirst().orElseThrow();
        Friction open = journey.getStages().stream().flatMap(s -> s.getFrictions().stream())
                .filter(f -> f.getAddressedBy().isEmpty() && !f.isOutOfScope()).findFirst().orElseThrow();
        MapsPage page = openMap(journey);
        MapLayer validation = page.layers().stream()
                .filter(l -> l.id().equals("validation")).findFirst().orElseThrow();
        page.setLayer(validation, true);
        Validations.validateNow(editor);
        assertTrue(MapsWorkbench.waitFor(() -> editor.getFindings().stream().anyMatch(m -> editor.elementOf(m) == open)),
                "the Problems view has a marker on the open friction");

        Node friction = node(page, open);
        assertTrue(friction.badges().stream().anyMatch(b -> "validation".equals(b.id())), "its badge on the map");
        MapsWorkbench.click(page.viewer(), friction);
        List<IAction> fixes = QuickFixAccess.fixes(page);
        assertFalse(fixes.isEmpty(), "the map's menu offers the marker's quick fixes");

        fixes.get(0).run();

        assertTrue(MapsWorkbench.waitFor(open::isOutOfScope), "the fix was applied: " + fixes.get(0).getText());
        MapsWorkbench.run("org.eclipse.ui.edit.undo");
        assertFalse(open.isOutOfScope(), "and undone");
        LayerSettings.reset(page.current().map());
    }

    @Test
    void doubleClickOnAJourneyInTheJourneysPageOpensItsMap() {
        CustomerJourney journey = editor.getPortfolio().getJourneys().get(1);
        dev.cartograph.ui.internal.pages.JourneysPage journeys =
                (dev.cartograph.ui.internal.pages.JourneysPage) editor.setActivePage("dev.cartograph.ui.editor.journeys");
        journeys.getViewer().setSelection(new StructuredSelection(journey));
        MapsWorkbench.settle();
        journeys.getViewer().getTree().notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        MapsWorkbench.settle();
        assertTrue(editor.getActivePageInstance() instanceof MapsPage page && page.current().subject() == journey,
                "the journey's map is open");
    }

    @Test
    void everyToolAndPaletteButtonIsWithinReachAt1366x768And1280x1024() {
        org.eclipse.swt.widgets.Shell shell = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.graphics.Rectangle before = shell.getBounds();
        boolean maximized = shell.getMaximized();
        List<EObject> subjects = List.of(editor.getPortfolio().getJourneys().get(0), editor.getPortfolio().getWorkflows().get(0),
                editor.getPortfolio());
        try {
            shell.setMaximized(false);
            for (int[] size : new int[][] { { 1366, 768 }, { 1280, 1024 } }) {
                shell.setBounds(0, 0, size[0], size[1]);
                MapsWorkbench.settle();
                for (EObject subject : subjects) {
                    editor.setActivePage("dev.cartograph.ui.editor.journeys");
                    MapsPage page = openMap(subject);
                    String where = " (" + size[0] + "x" + size[1] + ", " + page.current().label() + ")";
                    org.eclipse.swt.widgets.Composite row = dev.cartograph.maps.ui.internal.LayoutAccess.tools(page);
                    org.eclipse.swt.graphics.Rectangle canvas = displayBounds(page.viewer().getCanvas());
                    for (Control child : row.getChildren()) {
                        org.eclipse.swt.widgets.ToolBar bar = (org.eclipse.swt.widgets.ToolBar) child;
                        for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                            org.eclipse.swt.graphics.Rectangle r = item.getBounds();
                            org.eclipse.swt.graphics.Point at = bar.toDisplay(r.x, r.y);
                            assertTrue(r.x >= 0 && r.x + r.width <= bar.getSize().x && r.y + r.height <= bar.getSize().y
                                    && at.x + r.width <= canvas.x + canvas.width,
                                    "'" + item.getText() + "' is shown whole, left of the map's right edge" + where);
                        }
                    }
                    org.eclipse.swt.custom.ScrolledComposite palette = dev.cartograph.maps.ui.internal.LayoutAccess.palette(page);
                    Control content = palette.getContent();
                    boolean scrolls = palette.getVerticalBar() != null && palette.getVerticalBar().isVisible();
                    assertTrue(scrolls || content.getSize().y <= palette.getClientArea().height,
                            "the palette's tools fit, or they scroll" + where);
                    assertTrue(displayBounds(palette).y + displayBounds(palette).height <= canvas.y + canvas.height + 8,
                            "the palette ends with the map" + where);
                    org.eclipse.swt.widgets.Button last = dev.cartograph.maps.ui.internal.LayoutAccess.lastTool(page);
                    assertTrue(last.getBounds().y + last.getBounds().height <= content.getSize().y,
                            "the last tool is in what scrolls" + where);
                    for (Control child : ((org.eclipse.swt.widgets.Composite) content).getChildren()) {
                        if (child instanceof org.eclipse.swt.widgets.Composite buttons) {
                            for (Control b : buttons.getChildren()) {
                                org.eclipse.swt.widgets.Button button = (org.eclipse.swt.widgets.Button) b;
                                assertTrue(button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= button.getSize().x,
                                        "'" + button.getText() + "' is shown whole" + where);
                            }
                        }
                    }
                }
            }
        } finally {
            shell.setBounds(before);
            shell.setMaximized(maximized);
            MapsWorkbench.settle();
        }
    }

    private static org.eclipse.swt.graphics.Rectangle displayBounds(Control control) {
        org.eclipse.swt.graphics.Point at = control.toDisplay(0, 0);
        return new org.eclipse.swt.graphics.Rectangle(at.x, at.y, control.getSize().x, control.getSize().y);
    }

    @Test
    void theTextsAreInFrenchToo() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties french = new java.util.Properties();
        try (var in = MapsPage.class.getResourceAsStream("messages.properties");
                var fr = MapsPage.class.getResourceAsStream("messages_fr.properties")) {
            english.load(in);
            french.load(fr);
        }
        assertEquals(english.keySet(), french.keySet(), "every text is translated");
        assertEquals("Cartes", french.getProperty("MapsPage_title"));
        assertEquals("Couches", french.getProperty("MapsPage_layers"));
        Set<Object> same = new java.util.HashSet<>();
        for (Object key : english.keySet()) {
            if (english.get(key).equals(french.get(key))) {
                same.add(key);
            }
        }
        assertTrue(same.size() <= 2, "texts left in English: " + same);
    }
}
