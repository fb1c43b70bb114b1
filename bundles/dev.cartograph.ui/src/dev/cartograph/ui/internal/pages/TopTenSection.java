// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.ui.internal.Formats;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.Labels;

/**
 * The ten best use cases by overall score, computed live by the editor's scoring session.
 * Selecting one makes it the editor's selection; double-clicking opens it on the use case page.
 */
public final class TopTenSection {

    private static final int SIZE = 10;

    private final TableViewer viewer;
    private List<UseCaseScore> top = List.of();
    private ScoringResult result;

    TopTenSection(PortfolioFormPage page, FormToolkit toolkit, Composite parent) {
        Section section = toolkit.createSection(parent, ExpandableComposite.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Messages.OverviewPage_topTen);
        section.setDescription(Messages.OverviewPage_topTenDescription);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().applyTo(client);
        section.setClient(client);
        Composite area = toolkit.createComposite(client);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(area);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new TableViewer(toolkit.createTable(area, SWT.SINGLE | SWT.FULL_SELECTION));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Ranking_rank, 8, SWT.RIGHT, o -> result == null ? "" : result.rankLabel((UseCase) o)); //$NON-NLS-1$
        column(layout, Messages.Ranking_useCase, 46, SWT.LEAD, o -> score(o).name());
        column(layout, Labels.feature(CartographPackage.Literals.USE_CASE__SCOPE), 14, SWT.LEAD,
                o -> Labels.literal(CartographPackage.Literals.SCOPE, score(o).scope()));
        column(layout, Messages.Ranking_quadrant, 20, SWT.LEAD,
                o -> score(o).quadrant() == null ? "" : score(o).quadrant().label()); //$NON-NLS-1$
        column(layout, Messages.Ranking_overall, 12, SWT.RIGHT, o -> Formats.score(score(o).overall()));
        viewer.addDoubleClickListener(event -> page.editor().showElements(viewer.getStructuredSelection().toList()));
    }

    private UseCaseScore score(Object useCase) {
        return top.stream().filter(s -> s.useCase() == useCase).findFirst().orElseThrow();
    }

    private void column(TableColumnLayout layout, String title, int weight, int align,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight,
                ColumnWidths.minimum(column.getColumn().getParent(), column.getColumn().getText(), 3)));
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    void update(ScoringResult result) {
        this.result = result;
        top = result == null ? List.of() : result.ranking().stream().limit(SIZE).toList();
        viewer.setInput(top.stream().map(UseCaseScore::useCase).toArray(UseCase[]::new));
    }

    /** @return the table (its elements are the use cases) */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the scores shown, best first */
    public List<UseCaseScore> top() {
        return top;
    }
}
