// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import dev.cartograph.scoring.roadmap.Placement;
import dev.cartograph.scoring.roadmap.RoadmapProposal;
import dev.cartograph.scoring.roadmap.Unplanned;
import dev.cartograph.scoring.roadmap.WavePlan;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ColumnWidths;

/**
 * Shows a proposed roadmap before it is applied: each wave with the use cases placed in it, the
 * tier that placed them and why; then the use cases left out, and why. "Apply" makes the
 * change, as one command that can be undone.
 */
public final class RoadmapProposalDialog extends TitleAreaDialog {

    /** The group of use cases left out. */
    private record Left(List<Unplanned> useCases) {
    }

    private final RoadmapProposal proposal;
    private TreeViewer viewer;

    /**
     * @param shell the parent shell
     * @param proposal the proposal shown
     */
    public RoadmapProposalDialog(Shell shell, RoadmapProposal proposal) {
        super(shell);
        this.proposal = proposal;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.RoadmapProposal_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1040, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.RoadmapProposal_heading);
        int placed = proposal.waves().stream().mapToInt(w -> w.placements().size()).sum();
        setMessage(Messages.bind(Messages.RoadmapProposal_message, placed, proposal.unplanned().size()));
        Composite treeArea = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(treeArea);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeArea.setLayout(layout);
        viewer = new TreeViewer(treeArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        column(layout, Messages.RoadmapProposal_element, 52, this::name);
        column(layout, Messages.RoadmapProposal_tier, 18, this::tier);
        column(layout, Messages.RoadmapProposal_reason, 50, this::reason);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                List<Object> roots = new ArrayList<>(proposal.waves());
                if (!proposal.unplanned().isEmpty()) {
                    roots.add(new Left(proposal.unplanned()));
                }
                return roots.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement instanceof WavePlan wave) {
                    return wave.placements().toArray();
                }
                return parentElement instanceof Left left ? left.useCases().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.setInput(proposal);
        viewer.expandAll();
        return area;
    }

    private String name(Object element) {
        if (element instanceof WavePlan wave) {
            return wave.delivered() == 0
                    ? Messages.bind(Messages.RoadmapProposal_wave,
                            new Object[] { wave.name(), wave.placements().size(), wave.capacity() })
                    : Messages.bind(Messages.RoadmapProposal_waveWithDelivered,
                            new Object[] { wave.name(), wave.placements().size(), wave.capacity(), wave.delivered() });
        }
        if (element instanceof Left left) {
            return Messages.bind(Messages.RoadmapProposal_left, left.useCases().size());
        }
        if (element instanceof Placement placement) {
            return placement.useCase().name();
        }
        return element instanceof Unplanned unplanned ? unplanned.useCase().name() : ""; //$NON-NLS-1$
    }

    private String tier(Object element) {
        return element instanceof Placement placement ? placement.tier().label() : ""; //$NON-NLS-1$
    }

    private String reason(Object element) {
        if (element instanceof WavePlan wave && wave.wave() == null) {
            return Messages.RoadmapProposal_newWave;
        }
        if (element instanceof Placement placement) {
            return placement.reason();
        }
        return element instanceof Unplanned unplanned ? unplanned.reason() : ""; //$NON-NLS-1$
    }

    private void column(TreeColumnLayout layout, String title, int weight, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEAD);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight,
                Math.max(60, ColumnWidths.minimum(column.getColumn().getParent(), column.getColumn().getText(), 3))));
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RoadmapProposal_apply, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** @return the tree of the proposal, for tests */
    public TreeViewer getViewer() {
        return viewer;
    }
}
