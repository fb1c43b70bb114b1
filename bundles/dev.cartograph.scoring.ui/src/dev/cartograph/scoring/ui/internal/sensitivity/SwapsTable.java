// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.sensitivity;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import dev.cartograph.scoring.sensitivity.AdjacentSwap;
import dev.cartograph.scoring.sensitivity.WeightChange;
import dev.cartograph.scoring.ui.internal.Messages;

/** For neighbours in the ranking: the smallest change of one weight that would swap them. */
final class SwapsTable {

    /** Below this relative change (in %), the two use cases are tied already. */
    private static final double TIED_PERCENT = 0.05;

    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();

    SwapsTable(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Sensitivity_ranks, new ColumnPixelData(70), SWT.CENTER,
                s -> s.rank() + " \u2194 " + (s.rank() + 1)); //$NON-NLS-1$
        column(Messages.Sensitivity_neighbours, new ColumnWeightData(5, 240), SWT.LEFT,
                s -> s.upper().name() + "  \u2194  " + s.lower().name()); //$NON-NLS-1$
        column(Messages.Sensitivity_weightChange, new ColumnWeightData(5, 260), SWT.LEFT, s -> describe(s));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    /** @return the viewer */
    TableViewer getViewer() {
        return viewer;
    }

    /**
     * @param swaps the pairs to show, in rank order
     */
    void setInput(List<AdjacentSwap> swaps) {
        viewer.setInput(swaps);
    }

    /**
     * @param swap a pair of neighbours
     * @return the weight change that swaps them, in words
     */
    static String describe(AdjacentSwap swap) {
        if (swap.weightChange().isEmpty()) {
            return Messages.Sensitivity_noSwap;
        }
        WeightChange change = swap.weightChange().get();
        if (Math.abs(change.relativeChangePercent()) < TIED_PERCENT) {
            return NLS.bind(Messages.Sensitivity_tied, change.criterion().label());
        }
        NumberFormat number = NumberFormat.getNumberInstance();
        number.setMaximumFractionDigits(2);
        NumberFormat percent = NumberFormat.getNumberInstance();
        percent.setMaximumFractionDigits(1);
        String signed = (change.relativeChangePercent() > 0 ? "+" : "") //$NON-NLS-1$ //$NON-NLS-2$
                + percent.format(change.relativeChangePercent());
        return NLS.bind(Messages.Sensitivity_swap, new Object[] { change.criterion().label(),
                number.format(change.fromWeight()), number.format(change.toWeight()), signed });
    }

    private void column(String title, ColumnLayoutData width, int alignment, Function<AdjacentSwap, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AdjacentSwap) element);
            }
        });
    }
}
