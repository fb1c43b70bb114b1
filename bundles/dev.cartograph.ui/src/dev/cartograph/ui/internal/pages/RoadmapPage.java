// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.Wave;
import dev.cartograph.scoring.roadmap.RoadmapPlanner;
import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;
import dev.cartograph.ui.internal.forms.ViewerRefresher;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.DataTypeValues;
import dev.cartograph.ui.viewers.Labels;

/**
 * The roadmap: its waves in order, with dates, theme, capacity and the use cases planned in
 * each; use cases move between waves; "Propose Roadmap..." shows the planner's proposal from the
 * live scoring, with its reasons, and applies it as one command.
 */
public final class RoadmapPage extends PortfolioFormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.roadmap"; //$NON-NLS-1$

    private ModelMasterDetails block;
    private TableViewer viewer;
    private final ModelEdits edits;
    /** A use case planned in or out of a wave changes no attribute of the wave: the planned counts follow every command. */
    private final CommandStackListener plannedChanged = event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh(true);
        }
    };

    /** @param editor the editor */
    public RoadmapPage(PortfolioEditor editor) {
        super(editor, ID, Messages.RoadmapPage_title, CartographImages.ROADMAP);
        edits = new ModelEdits(editor);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        block = new ModelMasterDetails(this, Messages.RoadmapPage_master, Messages.RoadmapPage_masterDescription,
                this::createViewer, this::createButtons, this::details);
        block.createContent(managedForm);
        block.setWeights(45, 55);
        editor().getEditingDomain().getCommandStack().addCommandStackListener(plannedChanged);
    }

    private BiConsumer<FieldFactory, Composite> details(EClass eClass) {
        return eClass == Literals.WAVE ? WaveDetails::build : null;
    }

    private StructuredViewer createViewer(Composite parent) {
        Composite area = getManagedForm().getToolkit().createComposite(parent);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new TableViewer(getManagedForm().getToolkit().createTable(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        column(layout, Labels.feature(Literals.NAMED_ELEMENT__NAME), 40, SWT.LEAD, Wave::getName);
        column(layout, Labels.feature(Literals.WAVE__START), 18, SWT.LEAD,
                w -> DataTypeValues.toText(Literals.DATE, w.getStart()));
        column(layout, Labels.feature(Literals.WAVE__END), 18, SWT.LEAD, w -> DataTypeValues.toText(Literals.DATE, w.getEnd()));
        column(layout, Messages.RoadmapPage_planned, 14, SWT.RIGHT, w -> w.isSetCapacity()
                ? Messages.bind(Messages.RoadmapPage_plannedOfCapacity, w.getUseCases().size(), w.getCapacity())
                : Integer.toString(w.getUseCases().size()));
        viewer.setContentProvider(new ObservableListContentProvider<>());
        @SuppressWarnings({ "unchecked", "rawtypes" })
        IObservableList<Object> waves = (IObservableList) EMFEditProperties
                .list(editor().getEditingDomain(), FeaturePath.fromList(Literals.PORTFOLIO__ROADMAP, Literals.ROADMAP__WAVES))
                .observe(editor().getPortfolio());
        viewer.setInput(waves);
        viewer.getControl().addDisposeListener(event -> waves.dispose());
        ViewerRefresher.install(viewer, editor().getAdapterFactory());
        return viewer;
    }

    private void column(TableColumnLayout layout, String title, int weight, int align, Function<Wave, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight,
                Math.max(weight * 4, ColumnWidths.minimum(column.getColumn().getParent(), column.getColumn().getText(), 3))));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = element instanceof Wave wave ? text.apply(wave) : null;
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }

    private void createButtons(Composite parent, FormToolkit toolkit) {
        ModelMasterDetails.button(parent, toolkit, Messages.RoadmapPage_newWave, this::addWave);
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_delete, () -> edits.delete(viewer));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_up, () -> edits.move(viewer, -1));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_down, () -> edits.move(viewer, 1));
        ModelMasterDetails.button(parent, toolkit, Messages.RoadmapPage_propose, this::propose);
    }

    /** Adds a wave after the selected one; creates the roadmap first if the portfolio has none. */
    public void addWave() {
        Portfolio portfolio = editor().getPortfolio();
        if (portfolio.getRoadmap() != null) {
            edits.add(portfolio.getRoadmap(), Literals.ROADMAP__WAVES, viewer);
            return;
        }
        Roadmap roadmap = CartographFactory.eINSTANCE.createRoadmap();
        roadmap.setName(Messages.RoadmapPage_roadmapName);
        Wave wave = CartographFactory.eINSTANCE.createWave();
        roadmap.getWaves().add(wave);
        EditingDomain domain = editor().getEditingDomain();
        domain.getCommandStack().execute(SetCommand.create(domain, portfolio, Literals.PORTFOLIO__ROADMAP, roadmap));
        viewer.setSelection(new StructuredSelection(wave), true);
        focusDetails();
    }

    /**
     * Computes the planner's proposal from the current scoring.
     *
     * @return the proposal, or {@code null} if the portfolio is not scored
     */
    public RoadmapProposal proposal() {
        return editor().getScoring() == null ? null : RoadmapPlanner.propose(editor().getScoring().current());
    }

    private void propose() {
        RoadmapProposal proposal = proposal();
        if (proposal == null) {
            return;
        }
        RoadmapProposalDialog dialog = new RoadmapProposalDialog(getSite().getShell(), proposal);
        if (dialog.open() == Window.OK) {
            apply(proposal);
        }
    }

    /**
     * Applies a proposal as one command (what "Apply" does in the proposal dialog).
     *
     * @param proposal the proposal
     */
    public void apply(RoadmapProposal proposal) {
        Command command = proposal.toCommand(editor().getEditingDomain());
        if (command.canExecute()) {
            editor().getEditingDomain().getCommandStack().execute(command);
        }
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof Wave || element instanceof Roadmap;
    }

    @Override
    public void show(List<?> elements) {
        List<Object> waves = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof Wave wave) {
                waves.add(wave);
            }
        }
        if (!waves.isEmpty() && viewer != null) {
            block.select(waves);
        }
    }

    @Override
    public void focusDetails() {
        if (block != null && block.getCurrentDetails() != null) {
            block.getCurrentDetails().setFocus();
        }
    }

    /** @return the waves */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the master-details block */
    public ModelMasterDetails getBlock() {
        return block;
    }

    @Override
    public void dispose() {
        editor().getEditingDomain().getCommandStack().removeCommandStackListener(plannedChanged);
        super.dispose();
    }
}
