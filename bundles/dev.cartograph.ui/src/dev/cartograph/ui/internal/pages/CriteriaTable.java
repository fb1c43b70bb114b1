// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Formats;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.DataTypeCellEditor;

/**
 * The criteria of the grid as the portfolio sets them: each installed criterion with its side,
 * direction and scale, whether it is enabled and its weight (blank: the criterion's default),
 * edited in place; criteria the portfolio sets but that are not installed are listed too.
 */
public final class CriteriaTable {

    private final PortfolioEditor editor;
    private final CheckboxTableViewer viewer;

    CriteriaTable(PortfolioEditor editor, FormToolkit toolkit, Composite parent) {
        this.editor = editor;
        Composite area = toolkit.createComposite(parent);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(area);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        viewer = new CheckboxTableViewer(toolkit.createTable(area, SWT.CHECK | SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return ((CriterionSettings.Row) element).enabled();
            }

            @Override
            public boolean isGrayed(Object element) {
                return false;
            }
        });
        viewer.addCheckStateListener(event -> setEnabled(((CriterionSettings.Row) event.getElement()).id(), event.getChecked()));
        column(layout, Messages.CriteriaPage_criterion, 36, 30, SWT.LEAD,
                row -> row.criterion() == null ? Messages.bind(Messages.CriteriaPage_notInstalled, row.id()) : row.criterion().label());
        column(layout, Messages.CriteriaPage_side, 14, 9, SWT.LEAD,
                row -> row.criterion() == null ? "" : row.criterion().side().label()); //$NON-NLS-1$
        column(layout, Messages.CriteriaPage_direction, 22, 16, SWT.LEAD,
                row -> row.criterion() == null ? "" : row.criterion().direction().label()); //$NON-NLS-1$
        TableViewerColumn weight = column(layout, Messages.CriteriaPage_weight, 12, 4, SWT.RIGHT,
                row -> row.weight() == null ? "" : Formats.number(row.weight())); //$NON-NLS-1$
        weight.setEditingSupport(new WeightEditing());
        column(layout, Messages.CriteriaPage_defaultWeight, 16, 4, SWT.RIGHT,
                row -> row.criterion() == null ? "" : Formats.number(row.criterion().defaultWeight())); //$NON-NLS-1$
        refresh();
    }

    private TableViewerColumn column(TableColumnLayout layout, String title, int weight, int characters, int align,
            Function<CriterionSettings.Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, align);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), ColumnWidths.of(viewer.getTable(), title, weight, characters));
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((CriterionSettings.Row) o)));
        return column;
    }

    /** Reads the rows again from the portfolio and the installed criteria. */
    void refresh() {
        Portfolio portfolio = editor.getPortfolio();
        List<Criterion> installed = WorkbenchScoring.criteria().criteria();
        viewer.setInput(CriterionSettings.rows(portfolio, installed).toArray());
    }

    /** @return the table; its elements are {@link CriterionSettings.Row rows}, checked when enabled */
    public CheckboxTableViewer getViewer() {
        return viewer;
    }

    /**
     * Enables or disables a criterion, as its check box does.
     *
     * @param criterionId the criterion
     * @param value whether it counts
     */
    public void setEnabled(String criterionId, boolean value) {
        editor.getEditingDomain().getCommandStack().execute(CriterionSettings.set(editor.getEditingDomain(),
                editor.getPortfolio(), criterionId, Literals.CRITERION_SETTING__ENABLED, value));
    }

    /**
     * Sets a criterion's weight, as typing in its cell does.
     *
     * @param criterionId the criterion
     * @param value the weight, or {@link SetCommand#UNSET_VALUE} for the default
     */
    public void setWeight(String criterionId, Object value) {
        editor.getEditingDomain().getCommandStack().execute(CriterionSettings.set(editor.getEditingDomain(),
                editor.getPortfolio(), criterionId, Literals.CRITERION_SETTING__WEIGHT, value));
    }

    private final class WeightEditing extends EditingSupport {
        WeightEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new DataTypeCellEditor(viewer.getTable(), Literals.CRITERION_SETTING__WEIGHT);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return ((CriterionSettings.Row) element).weight();
        }

        @Override
        protected void setValue(Object element, Object value) {
            CriterionSettings.Row row = (CriterionSettings.Row) element;
            Object current = row.weight();
            boolean unchanged = value == SetCommand.UNSET_VALUE ? current == null : value != null && value.equals(current);
            if (!unchanged && value != null) {
                setWeight(row.id(), value);
            }
        }
    }
}
