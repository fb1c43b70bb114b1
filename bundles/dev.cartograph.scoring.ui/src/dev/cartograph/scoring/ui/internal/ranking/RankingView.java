// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.properties.PropertyValues;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoreArea;
import dev.cartograph.scoring.ui.internal.ScoringTexts;
import dev.cartograph.scoring.ui.internal.ScoringUiPlugin;
import dev.cartograph.scoring.ui.internal.workbench.ScoringViewPart;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.preferences.CartographPreferences;

/**
 * The ranking of the active portfolio: every use case with its rank, quadrant, scores,
 * standing and warnings, and its value on each enabled criterion, which the user can change
 * in place (as their own assessment, undoable in the editor).
 */
public final class RankingView extends ScoringViewPart {

    private final RankingModel model = new RankingModel();
    private Composite stack;
    private Label empty;
    private SashForm content;
    private FilterBar filters;
    private RankingTable table;
    private Text help;
    private IAction groupAction;

    @Override
    protected void createContent(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        StackLayout layout = new StackLayout();
        stack.setLayout(layout);
        empty = new Label(stack, SWT.WRAP);
        empty.setText(Messages.View_noPortfolio);
        content = new SashForm(stack, SWT.HORIZONTAL);
        Composite top = new Composite(content, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(top);
        filters = new FilterBar(top, this::filterChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.getControl());
        table = new RankingTable(top, model, new TableCallbacks(), CartographPreferences::assessor);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
        help = new Text(content, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        content.setWeights(76, 24);
        layout.topControl = empty;
        showHint();
        contributeActions();
    }

    private void contributeActions() {
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        groupAction = new Action(Messages.Ranking_groupByQuadrant, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                model.setGrouped(isChecked());
                table.refresh(false);
            }
        };
        groupAction.setImageDescriptor(ScoringUiPlugin.descriptor(ScoringUiPlugin.IMG_GROUP));
        groupAction.setToolTipText(Messages.Ranking_groupByQuadrant);
        IAction clear = new Action(Messages.Ranking_clearFilters) {
            @Override
            public void run() {
                model.setArea(null);
                filters.clear();
            }
        };
        clear.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ELCL_REMOVEALL));
        IAction showHelp = new Action(Messages.Ranking_showHelp, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                content.setMaximizedControl(isChecked() ? null : content.getChildren()[0]);
            }
        };
        showHelp.setChecked(false);
        content.setMaximizedControl(content.getChildren()[0]);
        showHelp.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_LCL_LINKTO_HELP));
        toolbar.add(groupAction);
        toolbar.add(showHelp);
        toolbar.add(clear);
        MenuManager columns = new MenuManager(Messages.Ranking_propertyColumns);
        columns.setRemoveAllWhenShown(true);
        columns.addMenuListener(menu -> fillPropertyColumns(menu));
        // a placeholder, so that the menu shows before its first opening
        columns.add(new Separator());
        getViewSite().getActionBars().getMenuManager().add(columns);
    }

    /** The portfolio's own properties of use cases, each a check item showing or hiding its column. */
    private void fillPropertyColumns(IMenuManager menu) {
        ScoringResult result = model.result();
        List<PropertyDefinition> definitions = result == null ? List.of()
                : PropertyValues.applicableTo(result.portfolio(), CartographPackage.Literals.USE_CASE);
        if (definitions.isEmpty()) {
            IAction none = new Action(Messages.Ranking_noProperties) {
                // nothing to choose
            };
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        boolean french = java.util.Locale.FRENCH.getLanguage().equals(java.util.Locale.getDefault().getLanguage());
        for (PropertyDefinition definition : definitions) {
            String key = definition.getKey();
            IAction toggle = new Action(PropertyValues.label(definition, french), IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    togglePropertyColumn(key, isChecked());
                }
            };
            toggle.setChecked(model.propertyColumns().contains(key));
            menu.add(toggle);
        }
    }

    /**
     * Shows or hides one of the portfolio's own properties as a column.
     *
     * @param key the property's key
     * @param shown whether to show it
     */
    public void togglePropertyColumn(String key, boolean shown) {
        List<String> keys = new ArrayList<>(model.propertyColumns());
        keys.remove(key);
        if (shown) {
            keys.add(key);
        }
        boolean columnsChanged = model.setPropertyColumns(keys);
        table.refresh(columnsChanged);
    }

    @Override
    protected void showScoring(ScoringResult result, boolean portfolioChanged) {
        StackLayout layout = (StackLayout) stack.getLayout();
        if (result == null) {
            boolean columnsChanged = model.setResult(null);
            table.refresh(columnsChanged);
            layout.topControl = empty;
            setContentDescription(""); //$NON-NLS-1$
            stack.layout();
            return;
        }
        if (portfolioChanged) {
            filters.setWaves(result.portfolio());
        }
        boolean columnsChanged = model.setResult(result);
        table.refresh(columnsChanged);
        if (layout.topControl != content) {
            layout.topControl = content;
            stack.layout();
        }
        updateCounts(result);
    }

    @Override
    protected void revealUseCases(List<UseCase> useCases) {
        table.reveal(useCases);
    }

    @Override
    protected void modelChanged() {
        filters.setWaves(scoring().portfolio());
        table.refresh(model.refreshModelValues());
        updateCounts(model.result());
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    protected boolean isDisposed() {
        return stack == null || stack.isDisposed();
    }

    /** @return the table (for tests) */
    public RankingTable getTable() {
        return table;
    }

    /** @return the lines (for tests) */
    public RankingModel getModel() {
        return model;
    }

    /** @return the help area's text (for tests) */
    public String getHelpText() {
        return help.getText();
    }

    /**
     * Shows a use case's line, with filters cleared if they hide it, and selects its cell on a
     * criterion (the quick fix of a use case that lacks scores).
     *
     * @param useCase the use case
     * @param criterionId the criterion to select, or {@code null}
     * @return whether the criterion's cell is selected
     */
    public boolean showScore(UseCase useCase, String criterionId) {
        if (!model.expandTo(useCase)) {
            model.setArea(null);
            filters.clear();
        }
        return table.revealCell(useCase, criterionId);
    }

    /**
     * Limits the ranking to the use cases of a cell of the matrix, until the filters are cleared.
     *
     * @param area the cell, or {@code null} to show all again
     */
    public void showArea(ScoreArea area) {
        model.setArea(area);
        table.refresh(false);
        updateCounts(model.result());
    }

    private void filterChanged(RankingFilter filter) {
        model.setFilter(filter);
        table.refresh(false);
        updateCounts(model.result());
    }

    private void updateCounts(ScoringResult result) {
        if (result == null) {
            return;
        }
        String description = NLS.bind(Messages.Ranking_description, new Object[] {
                String.valueOf(result.portfolio().getName()), model.total(), result.ranking().size() });
        if (model.matching() != model.total()) {
            description += " \u2014 " + NLS.bind(Messages.Filter_count, model.matching(), model.total()); //$NON-NLS-1$
        }
        if (model.area() != null) {
            description += " \u2014 " + NLS.bind(Messages.Ranking_area, model.area().describe()); //$NON-NLS-1$
        }
        if (!result.problems().isEmpty()) {
            description += " \u2014 \u26A0 " + String.join("; ", result.problems()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        setContentDescription(description);
    }

    private void showHint() {
        help.setText(NLS.bind(Messages.Ranking_helpHint, CartographPreferences.assessor()));
    }

    private void edit(RankingRow row, Criterion criterion, double value) {
        PortfolioEditor editor = editor();
        if (editor == null || editor.getEditingDomain() == null) {
            return;
        }
        EditingDomain domain = editor.getEditingDomain();
        String assessor = CartographPreferences.assessorAsking(getSite().getShell());
        if (assessor == null) {
            return; // asked for a name and cancelled: nothing is entered
        }
        showHint();
        Command command = ScoreCommands.setScore(domain, row.useCase(), criterion, assessor, value,
                LocalDate.now());
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private void plan(RankingRow row, Wave wave) {
        PortfolioEditor editor = editor();
        if (editor == null || editor.getEditingDomain() == null || row.useCase().getWave() == wave) {
            return;
        }
        EditingDomain domain = editor.getEditingDomain();
        Command command = SetCommand.create(domain, row.useCase(), CartographPackage.Literals.USE_CASE__WAVE,
                wave);
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }

    private List<Wave> waves() {
        PortfolioEditor editor = editor();
        Portfolio portfolio = editor == null ? null : editor.getPortfolio();
        return portfolio == null || portfolio.getRoadmap() == null ? List.of() : portfolio.getRoadmap().getWaves();
    }

    /** Reacts to the table. */
    private final class TableCallbacks implements RankingTable.Callbacks {
        @Override
        public void selected(List<UseCase> useCases) {
            userSelected(useCases);
        }

        @Override
        public void edited(RankingRow row, Criterion criterion, double value) {
            edit(row, criterion, value);
        }

        @Override
        public List<Wave> waves() {
            return RankingView.this.waves();
        }

        @Override
        public void planned(RankingRow row, Wave wave) {
            plan(row, wave);
        }

        @Override
        public void focused(RankingColumn column, RankingRow row) {
            if (column.criterion() == null || row == null || model.result() == null) {
                showHint();
                return;
            }
            help.setText(CriterionHelp.value(row, column, model.result().parameters().aggregation(),
                    CartographPreferences.assessor()) + "\n\n" + ScoringTexts.rubric(column.criterion())); //$NON-NLS-1$
        }
    }
}
