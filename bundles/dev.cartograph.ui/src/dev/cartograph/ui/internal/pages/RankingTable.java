// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.ui.internal.Formats;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.Labels;

/**
 * A scoring result as a table: the ranked use cases in rank order, then those not ranked
 * (gated, incomplete, rejected) in grey with their standing. Its elements are the use cases, so
 * that selecting a row selects the use case.
 */
public final class RankingTable {

    /** The height the table asks for, in pixels. */
    private static final int MINIMUM_HEIGHT = 240;

    private final TableViewer viewer;
    private final Map<UseCase, UseCaseScore> scores = new IdentityHashMap<>();
    private ScoringResult result;

    RankingTable(FormToolkit toolkit, Composite parent) {
        Composite area = toolkit.createComposite(parent);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        // As tall as the page leaves it, at least a few lines: the table scrolls its lines itself.
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, true).hint(300, MINIMUM_HEIGHT).applyTo(area);
        viewer = new TableViewer(toolkit.createTable(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Ranking_rank, 5, SWT.RIGHT, s -> rank(s));
        column(layout, Messages.Ranking_useCase, 30, SWT.LEAD, UseCaseScore::name);
        column(layout, Labels.feature(CartographPackage.Literals.USE_CASE__SCOPE), 10, SWT.LEAD,
                s -> Labels.literal(CartographPackage.Literals.SCOPE, s.scope()));
        column(layout, Messages.Ranking_overall, 9, SWT.RIGHT, s -> Formats.score(s.overall()));
        column(layout, Messages.Ranking_impact, 9, SWT.RIGHT, s -> Formats.score(s.impact()));
        column(layout, Messages.Ranking_feasibility, 9, SWT.RIGHT, s -> Formats.score(s.feasibility()));
        column(layout, Messages.Ranking_quadrant, 15, SWT.LEAD, s -> s.quadrant() == null ? "" : s.quadrant().label()); //$NON-NLS-1$
        column(layout, Messages.Ranking_standing, 13, SWT.LEAD, RankingTable::standing);
    }

    private static String standing(UseCaseScore score) {
        return score.isPartial() ? Messages.bind(Messages.Ranking_partialStanding, new Object[] {
                score.standing().label(), score.scoredCount(), score.criteriaCount() }) : score.standing().label();
    }

    private String rank(UseCaseScore score) {
        return result == null ? "" : result.rankLabel(score.useCase()); //$NON-NLS-1$
    }

    private void column(TableColumnLayout layout, String title, int weight, int align, Function<UseCaseScore, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight,
                Math.max(weight * 5, ColumnWidths.minimum(viewer.getTable(), title, 3))));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                UseCaseScore score = scores.get(element);
                return score == null ? "" : text.apply(score); //$NON-NLS-1$
            }

            @Override
            public Color getForeground(Object element) {
                UseCaseScore score = scores.get(element);
                return score != null && !score.isRanked() ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
    }

    /** @param newResult the scoring to show */
    void update(ScoringResult newResult) {
        this.result = newResult;
        scores.clear();
        List<UseCase> order = new ArrayList<>();
        if (newResult != null) {
            for (UseCaseScore score : newResult.ranking()) {
                scores.put(score.useCase(), score);
                order.add(score.useCase());
            }
            for (UseCaseScore score : newResult.all()) {
                if (!scores.containsKey(score.useCase())) {
                    scores.put(score.useCase(), score);
                    order.add(score.useCase());
                }
            }
        }
        viewer.setInput(order.toArray());
    }

    /** @return the table viewer */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the scoring shown */
    public ScoringResult result() {
        return result;
    }
}
