// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.sensitivity;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ranking.ShownRank;

/**
 * How robust each shown rank is: the rank, the range of ranks it takes when the weights vary
 * (drawn as a bar over the ranks), and the share of variations in which it stays in the top K
 * (a bar and a percentage).
 */
final class RobustnessTable {

    private static final int RANGE_COLUMN = 3;
    private static final int TOP_K_COLUMN = 4;
    private static final Color TRACK = new Color(228, 228, 228);
    private static final Color RANGE = new Color(70, 120, 190);
    private static final Color CURRENT = new Color(20, 20, 20);
    private static final Color SURE = new Color(76, 160, 80);
    private static final Color UNSURE = new Color(230, 160, 40);
    private static final Color UNLIKELY = new Color(200, 70, 60);

    private final TableViewer viewer;
    private final TableColumnLayout layout = new TableColumnLayout();
    private int scaleMax = 1;
    private int topK = 10;

    RobustnessTable(Composite parent, Consumer<List<UseCase>> selected) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(Messages.Sensitivity_rank, new ColumnPixelData(52), SWT.RIGHT, r -> new ShownRank(r.rank(), r.tied(), r.useCase().isPartial()).toString());
        column(Messages.Sensitivity_useCase, new ColumnWeightData(4, 200), SWT.LEFT, r -> r.useCase().name());
        column(Messages.Sensitivity_rankRange, new ColumnPixelData(96), SWT.CENTER, r -> r.minRank() == r.maxRank()
                ? String.valueOf(r.minRank()) : r.minRank() + "\u2013" + r.maxRank()); //$NON-NLS-1$
        column(Messages.Sensitivity_rangeBar, new ColumnWeightData(2, 120), SWT.LEFT, r -> ""); //$NON-NLS-1$
        column(NLS.bind(Messages.Sensitivity_topK, topK), new ColumnWeightData(2, 120), SWT.LEFT, r -> ""); //$NON-NLS-1$
        column(Messages.Sensitivity_meanRank, new ColumnPixelData(90), SWT.RIGHT, r -> decimal(r.meanRank()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        table.addListener(SWT.PaintItem, this::paint);
        viewer.addSelectionChangedListener(event -> {
            List<UseCase> useCases = new ArrayList<>();
            for (Object element : ((IStructuredSelection) event.getSelection())) {
                useCases.add(((RankRobustness) element).useCase().useCase());
            }
            selected.accept(useCases);
        });
    }

    /** @return the viewer */
    TableViewer getViewer() {
        return viewer;
    }

    /**
     * @param rows the rows, in rank order
     * @param k the K of the analysis
     */
    void setInput(List<RankRobustness> rows, int k) {
        topK = k;
        scaleMax = 1;
        for (RankRobustness row : rows) {
            scaleMax = Math.max(scaleMax, row.maxRank());
        }
        viewer.setInput(rows);
        viewer.getTable().getColumn(TOP_K_COLUMN).setText(NLS.bind(Messages.Sensitivity_topK, k));
    }

    /**
     * Selects the rows of use cases, without telling anyone.
     *
     * @param useCases use cases
     */
    void select(List<UseCase> useCases) {
        List<RankRobustness> rows = new ArrayList<>();
        if (viewer.getInput() instanceof List<?> input) {
            for (Object element : input) {
                if (element instanceof RankRobustness row && useCases.contains(row.useCase().useCase())) {
                    rows.add(row);
                }
            }
        }
        viewer.setSelection(new StructuredSelection(rows), true);
    }

    private void column(String title, ColumnLayoutData width, int alignment, Function<RankRobustness, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RankRobustness) element);
            }
        });
    }

    private void paint(Event event) {
        if (event.index != RANGE_COLUMN && event.index != TOP_K_COLUMN) {
            return;
        }
        RankRobustness row = (RankRobustness) event.item.getData();
        Rectangle cell = ((TableItem) event.item).getBounds(event.index);
        GC gc = event.gc;
        int left = cell.x + 4;
        int width = Math.max(10, cell.width - 8);
        int middle = cell.y + cell.height / 2;
        if (event.index == RANGE_COLUMN) {
            paintRange(gc, row, left, width, middle);
        } else {
            paintShare(gc, row.topKProbability(), left, width, cell);
        }
    }

    private void paintRange(GC gc, RankRobustness row, int left, int width, int middle) {
        gc.setBackground(TRACK);
        gc.fillRectangle(left, middle - 2, width, 4);
        int from = left + position(row.minRank(), width);
        int to = left + position(row.maxRank(), width);
        gc.setBackground(RANGE);
        gc.fillRectangle(from, middle - 4, Math.max(3, to - from), 8);
        int at = left + position(row.rank(), width);
        gc.setBackground(CURRENT);
        gc.fillRectangle(at - 1, middle - 6, 3, 12);
    }

    private void paintShare(GC gc, double share, int left, int width, Rectangle cell) {
        gc.setBackground(TRACK);
        int barHeight = Math.max(6, cell.height - 8);
        int top = cell.y + (cell.height - barHeight) / 2;
        gc.fillRectangle(left, top, width, barHeight);
        gc.setBackground(share >= 0.8 ? SURE : share >= 0.4 ? UNSURE : UNLIKELY);
        gc.fillRectangle(left, top, (int) Math.round(width * share), barHeight);
        String text = NumberFormat.getPercentInstance().format(share);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        int textWidth = gc.textExtent(text).x;
        gc.drawText(text, left + (width - textWidth) / 2, cell.y + (cell.height - gc.getFontMetrics().getHeight()) / 2,
                true);
    }

    private int position(int rank, int width) {
        return scaleMax <= 1 ? 0 : (int) Math.round((rank - 1) * (width - 1) / (double) (scaleMax - 1));
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance();
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** @return the K shown */
    int topK() {
        return topK;
    }
}
