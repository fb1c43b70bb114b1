// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.ui.DiagramExport;
import dev.cartograph.diagram.ui.DiagramOverview;
import dev.cartograph.diagram.ui.DiagramViewer;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapFailure;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapLayer;
import dev.cartograph.maps.Maps;
import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.ui.MapsUi;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.service.ValidationServices;
import dev.cartograph.ui.editor.IPortfolioEditorPage;
import dev.cartograph.ui.editor.IPortfolioEditorSite;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.viewers.Labels;
import dev.cartograph.validation.ValidationOptions;
import dev.cartograph.validation.ValidationReport;

/**
 * The Maps page of the portfolio editor: a selector of the maps of the portfolio (each journey's,
 * each workflow's, the portfolio's), the map on a {@link DiagramViewer}, its palette and its
 * layers. Everything done on the map is a command on the editor's command stack; the map is
 * drawn again from the model after every change of the model, of the live scoring (a weight
 * changed on the Criteria page) and of the layers. Its selection is the editor's while the page
 * is active; a selection in another view (the Ranking, the matrix) is highlighted on the map.
 */
public final class MapsPage extends FormPage implements IPortfolioEditorPage {

    private final IPortfolioEditorSite site;
    private final Maps maps;
    private final MapEdits edits;
    private final List<MapChoice> choices = new ArrayList<>();
    private MapChoice current;
    private BuiltMap built;
    private DiagramViewer viewer;
    private MapGestures gestures;
    private MapToolBar toolBar;
    private PaletteBar palette;
    private MapMenu menu;
    private boolean refreshScheduled;
    private boolean tracing;

    private final CommandStackListener modelChanged = event -> scheduleRefresh();
    private final PortfolioScoring.Listener scoringChanged = result -> scheduleRefresh();
    private final ISelectionListener otherViews = this::otherViewSelected;

    /**
     * @param site the editor
     * @param maps the installed maps and layers
     */
    public MapsPage(IPortfolioEditorSite site, Maps maps) {
        super(MapsUi.MAPS_PAGE_ID, Messages.MapsPage_title);
        this.site = site;
        this.maps = maps;
        this.edits = new MapEdits(site.getEditingDomain());
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(Messages.MapsPage_title);
        toolkit.decorateFormHeading(form.getForm());
        // The canvas scrolls itself; the form only fills the page.
        form.setExpandVertical(true);
        form.setExpandHorizontal(true);
        Composite body = form.getBody();
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).spacing(6, 6).applyTo(body);
        toolBar = new MapToolBar(this, body, toolkit);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(toolBar.control());
        palette = new PaletteBar(this, body, toolkit);
        // A low height hint: the palette takes the height the map has and scrolls its tools, rather
        // than making the whole page taller than the editor.
        GridDataFactory.fillDefaults().grab(false, true).hint(PaletteBar.WIDTH, 120).applyTo(palette.control());
        viewer = new DiagramViewer(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(viewer.getControl());
        viewer.setKindLabels(MapsPage::kindLabel);
        gestures = new MapGestures(viewer, edits, this::execute);
        viewer.addOpenListener(event -> opened());
        viewer.addSelectionChangedListener(event -> selectionChanged());
        menu = new MapMenu(this);
        site.getCommandStack().addCommandStackListener(modelChanged);
        if (site.getScoring() != null) {
            site.getScoring().addListener(scoringChanged);
        }
        site.getEditorSite().getPage().addPostSelectionListener(otherViews);
        site.setSelectionSource(this, viewer);
        refresh();
        // Shown from its top left once the canvas has its size.
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                showFromTheTop();
            }
        });
    }

    private static String kindLabel(DiagramElement element) {
        return element.semantic() instanceof EObject object ? Labels.type(object.eClass()) : element.kind();
    }

    // ----- what is shown

    /** @return the maps the user can choose, in the selector's order */
    public List<MapChoice> choices() {
        return List.copyOf(choices);
    }

    /** @return the map shown, or {@code null} */
    public MapChoice current() {
        return current;
    }

    /** @return the map as last drawn, or {@code null} if none could be */
    public BuiltMap built() {
        return built;
    }

    /** @return the viewer */
    public DiagramViewer viewer() {
        return viewer;
    }

    /** @return the editor */
    IPortfolioEditorSite site() {
        return site;
    }

    /** @return the installed maps and layers */
    Maps maps() {
        return maps;
    }

    /** @return the edits of the map */
    MapEdits edits() {
        return edits;
    }

    /** @return the bar above the map */
    MapToolBar toolBar() {
        return toolBar;
    }

    /** @return the palette */
    PaletteBar palette() {
        return palette;
    }

    /** @return the gestures (direct edit) */
    MapGestures gestures() {
        return gestures;
    }

    /**
     * Shows another map.
     *
     * @param choice one of {@link #choices()}
     */
    public void show(MapChoice choice) {
        if (choice != null && !choice.equals(current)) {
            current = choice;
            viewer.setDiagram(null);
            refresh();
            showFromTheTop();
        }
    }

    /**
     * A map opens at 100% from its top left, where its texts can be read (fitting a whole map into
     * the editor makes them too small to read; Fit is one click away and the Outline shows the
     * whole map).
     */
    private void showFromTheTop() {
        viewer.setZoom(1, 0, 0);
        viewer.scrollTo(0, 0);
    }

    /** @return the layers that apply to the map shown */
    public List<MapLayer> layers() {
        return current == null ? List.of() : maps.layers().layers(current.map().kind());
    }

    /** @return the ids of the layers on for the map shown */
    public Set<String> enabledLayers() {
        return current == null ? Set.of() : LayerSettings.enabled(current.map(), maps.layers());
    }

    /**
     * Switches a layer on or off for the map shown (kept in the workspace) and draws it again.
     *
     * @param layer a layer of {@link #layers()}
     * @param on whether it is on
     */
    public void setLayer(MapLayer layer, boolean on) {
        if (current != null) {
            LayerSettings.set(current.map(), maps.layers(), layer, on);
            refresh();
        }
    }

    private void scheduleRefresh() {
        if (refreshScheduled || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        refreshScheduled = true;
        viewer.getControl().getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (!viewer.getControl().isDisposed()) {
                refresh();
            }
        });
    }

    /** Draws the map shown again from the model as it is now (and the selector, palette and layers). */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        Portfolio portfolio = site.getPortfolio();
        choices.clear();
        choices.addAll(MapChoice.all(maps.maps(), portfolio));
        current = keep(current);
        built = current == null ? null : draw(current, portfolio);
        viewer.setDiagram(built == null ? null : built.diagram());
        toolBar.update();
        palette.update();
        report();
    }

    /** @return the choice to show now that the model changed: the same one if it is still there */
    private MapChoice keep(MapChoice previous) {
        if (previous != null) {
            for (MapChoice choice : choices) {
                if (choice.map().id().equals(previous.map().id()) && choice.subject() == previous.subject()) {
                    return choice;
                }
            }
            for (MapChoice choice : choices) {
                if (choice.map().kind() == previous.map().kind()) {
                    return choice;
                }
            }
        }
        return choices.isEmpty() ? null : choices.get(0);
    }

    private BuiltMap draw(MapChoice choice, Portfolio portfolio) {
        PortfolioScoring scoring = site.getScoring();
        if (scoring == null || portfolio == null) {
            return null;
        }
        ScoringResult result = scoring.current();
        MapContext context = MapContext.builder(choice.subject(), result).layers(enabledLayers())
                .locale(Locale.getDefault()).validation(() -> validate(portfolio, result)).build();
        return maps.renderer().render(choice.map(), context).orElse(null);
    }

    private static ValidationReport validate(Portfolio portfolio, ScoringResult scoring) {
        return ValidationServices.getDefault().validation().validate(portfolio, scoring,
                ValidationOptions.defaults().withLocale(Locale.getDefault()));
    }

    /** Says in the page's heading what could not be drawn, naming the plug-in at fault. */
    private void report() {
        ScrolledForm form = getManagedForm().getForm();
        if (choices.isEmpty()) {
            form.setMessage(Messages.MapsPage_noMap, IMessageProvider.INFORMATION);
        } else if (built == null) {
            form.setMessage(Messages.bind(Messages.MapsPage_mapFailed, current.map().label(), current.map().contributor()),
                    IMessageProvider.ERROR);
        } else if (!built.failures().isEmpty()) {
            MapFailure failure = built.failures().get(0);
            form.setMessage(Messages.bind(Messages.MapsPage_layerFailed, failure.contributionId(), failure.contributor()),
                    IMessageProvider.WARNING);
        } else {
            form.setMessage(null, IMessageProvider.NONE);
        }
    }

    // ----- editing

    /**
     * Runs a command on the editor's command stack; the map is drawn again afterwards.
     *
     * @param command a command
     */
    void execute(Command command) {
        if (command != null && command.canExecute()) {
            site.getCommandStack().execute(command);
        }
    }

    /**
     * Uses a palette tool: on the selected element it applies to (or the map's subject), it
     * creates the tool's element, selects it and opens its name for typing; a link tool links
     * the first selected element to the second.
     *
     * @param tool a tool of the map's palette
     * @return the element created or linked to, or {@code null} if the tool did nothing
     */
    public EObject use(PaletteTool tool) {
        List<?> selection = viewer.getSelection().toList();
        if (tool.kind() == PaletteTool.Kind.LINK) {
            if (selection.size() == 2 && selection.get(0) instanceof EObject source && selection.get(1) instanceof EObject target) {
                Command link = edits.link(tool, source, target);
                execute(link);
                return link == null ? null : target;
            }
            return null;
        }
        EObject target = MapEdits.targetFor(tool, selection, current == null ? null : current.subject());
        MapEdits.Creation creation = target == null ? null : edits.create(tool, target);
        if (creation == null) {
            return null;
        }
        execute(creation.command());
        refresh();
        viewer.setSelection(new StructuredSelection(creation.created()), true);
        List<DiagramElement> shown = viewer.getSelectedElements();
        if (!shown.isEmpty()) {
            gestures.names().edit(shown.get(0));
        }
        return creation.created();
    }

    /**
     * @param tool a tool of the map's palette
     * @return whether it can be used on the map's selection now
     */
    boolean canUse(PaletteTool tool) {
        List<?> selection = viewer == null ? List.of() : viewer.getSelection().toList();
        if (tool.kind() == PaletteTool.Kind.LINK) {
            return selection.size() == 2 && selection.get(0) instanceof EObject source
                    && selection.get(1) instanceof EObject target && edits.link(tool, source, target) != null;
        }
        EObject target = MapEdits.targetFor(tool, selection, current == null ? null : current.subject());
        return target != null && tool.target().isInstance(target) && (tool.feature().isContainment() || selection.isEmpty()
                || selection.stream().anyMatch(s -> s instanceof EObject e && isOrContains(target, e)));
    }

    private static boolean isOrContains(EObject container, EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current == container) {
                return true;
            }
        }
        return false;
    }

    /** @return the tools of the map shown */
    List<PaletteTool> tools() {
        return current == null ? List.of() : Safely.palette(current.map(), Locale.getDefault());
    }

    /** Opens the name of the selected element for typing, if it can be renamed there. */
    void rename() {
        List<DiagramElement> selected = viewer.getSelectedElements();
        if (!selected.isEmpty()) {
            gestures.names().edit(selected.get(0));
        }
    }

    /** Deletes the selected elements, with the references to them, as the editor's Delete does. */
    void delete() {
        execute(edits.delete(viewer.getSelection().toList()));
    }

    /** Double-click or Enter: a journey or workflow opens its own map; anything else its name for typing. */
    private void opened() {
        Object first = viewer.getSelection().getFirstElement();
        MapChoice choice = first instanceof EObject element ? subjectChoice(element) : null;
        if (choice != null && !choice.equals(current)) {
            show(choice);
            return;
        }
        rename();
    }

    private MapChoice subjectChoice(EObject element) {
        for (MapChoice choice : choices) {
            if (choice.subject() == element && choice.map().kind() != MapKind.PORTFOLIO) {
                return choice;
            }
        }
        return null;
    }

    // ----- export

    /**
     * Writes the map shown as PNG, or as SVG if the file's name ends with {@code .svg} (the same
     * bytes as {@code ./cartograph map} writes).
     *
     * @param file where
     * @throws IOException if it cannot be written
     */
    public void export(Path file) throws IOException {
        if (built != null) {
            DiagramExport.write(built.diagram(), file);
        }
    }

    /** Asks where, then writes the map shown, as PNG or SVG. */
    void export() {
        if (built != null) {
            DiagramExport.export(getSite().getShell(), built.diagram(), fileName());
        }
    }

    @Override
    public boolean canPrint() {
        return built != null;
    }

    /** Prints the map shown on one page (the page's Print button, and File &gt; Print). */
    @Override
    public void print() {
        if (built != null) {
            DiagramExport.print(getSite().getShell(), built.diagram());
        }
    }

    private String fileName() {
        return current.subject() instanceof NamedElement named && named.getName() != null ? named.getName()
                : current.map().id();
    }

    // ----- selection

    private void selectionChanged() {
        palette.update();
        if (current == null || built == null) {
            return;
        }
        Object first = viewer.getSelection().getFirstElement();
        Collection<EObject> trace = first instanceof EObject element
                ? Safely.trace(current.map(), element, built.context()) : List.of();
        tracing = !trace.isEmpty();
        if (tracing) {
            List<Object> lit = new ArrayList<>(trace);
            lit.add(first);
            viewer.setHighlighted(lit, true);
        } else {
            viewer.setHighlighted(List.of(), false);
        }
    }

    /** A selection in another view (the Ranking, the matrix): the same elements are highlighted here. */
    private void otherViewSelected(IWorkbenchPart part, ISelection selection) {
        if (viewer == null || viewer.getControl().isDisposed() || part == site.getEditorSite().getPart()
                || !(selection instanceof IStructuredSelection structured) || tracing) {
            return;
        }
        Set<Object> shown = new LinkedHashSet<>();
        Diagram diagram = viewer.getDiagram();
        for (Object element : structured.toList()) {
            if (diagram != null && !diagram.elementsFor(element).isEmpty()) {
                shown.add(element);
            }
        }
        if (!shown.isEmpty() || structured.toList().stream().anyMatch(UseCase.class::isInstance)) {
            viewer.setHighlighted(shown, false);
        }
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof EObject object && choiceShowing(object) != null;
    }

    /** @return the map that shows an element: the one shown if it does, else the map of its journey or workflow */
    private MapChoice choiceShowing(EObject element) {
        Diagram diagram = viewer == null ? null : viewer.getDiagram();
        if (diagram != null && !diagram.elementsFor(element).isEmpty()) {
            return current;
        }
        for (EObject container = element; container != null; container = container.eContainer()) {
            MapChoice choice = subjectChoice(container);
            if (choice != null) {
                return choice;
            }
        }
        return null;
    }

    @Override
    public void show(List<?> elements) {
        if (elements.isEmpty() || !(elements.get(0) instanceof EObject first)) {
            return;
        }
        MapChoice choice = choiceShowing(first);
        if (choice != null && !choice.equals(current)) {
            show(choice);
        }
        viewer.setSelection(new StructuredSelection(visible(elements)), true);
    }

    /** @return the elements, each replaced by its nearest container on the map if it is not on it */
    private List<Object> visible(List<?> elements) {
        List<Object> visible = new ArrayList<>();
        Diagram diagram = viewer.getDiagram();
        for (Object element : elements) {
            for (Object candidate = element; candidate instanceof EObject object; candidate = object.eContainer()) {
                if (diagram != null && !diagram.elementsFor(object).isEmpty()) {
                    visible.add(object);
                    break;
                }
            }
        }
        return visible;
    }

    @Override
    public boolean canOpen(Object element) {
        // Asked before the page's content exists, too: then the registry says.
        List<MapChoice> all = viewer == null ? MapChoice.all(maps.maps(), site.getPortfolio()) : choices;
        return element instanceof EObject && all.stream().anyMatch(choice -> choice.subject() == element);
    }

    @Override
    public void open(Object element) {
        for (MapChoice choice : choices) {
            if (choice.subject() == element) {
                show(choice);
                return;
            }
        }
    }

    @Override
    public ISelectionProvider getSelectionSource() {
        return viewer;
    }

    @Override
    public Control createOutline(Composite parent) {
        return viewer == null ? null : new DiagramOverview(parent, viewer).getControl();
    }

    @Override
    public void setFocus() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().setFocus();
        }
    }

    /** @return the map's context menu */
    MapMenu menu() {
        return menu;
    }

    @Override
    public void dispose() {
        if (viewer != null) {
            site.getCommandStack().removeCommandStackListener(modelChanged);
            if (site.getScoring() != null) {
                site.getScoring().removeListener(scoringChanged);
            }
            site.getEditorSite().getPage().removePostSelectionListener(otherViews);
            gestures.dispose();
            menu.dispose();
        }
        super.dispose();
    }
}
