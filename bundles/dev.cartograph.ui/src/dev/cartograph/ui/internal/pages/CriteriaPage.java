// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.CriterionSetting;
import dev.cartograph.model.Gate;
import dev.cartograph.model.ScoringConfiguration;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.CriterionRegistry;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.ScoringDefaults;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.ui.viewers.ChoiceCellEditor;

/**
 * The shared grid of the portfolio: which criteria count and how much, the quadrant thresholds,
 * how assessors' scores combine, and the knock-out gates; beside it, the ranking that results,
 * recomputed live by the editor's scoring session as the settings change.
 */
public final class CriteriaPage extends PortfolioFormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.criteria"; //$NON-NLS-1$

    private DataBindingContext context;
    private FieldFactory fields;
    private CriteriaTable criteria;
    private RankingTable ranking;
    private Label problems;
    private Button create;
    private Composite settings;
    private final CommandStackListener modelChanged = event -> Display.getDefault().asyncExec(this::modelChanged);
    private final PortfolioScoring.Listener scoringChanged = this::showRanking;
    private final CriterionRegistry.Listener criteriaChanged = registry -> Display.getDefault().asyncExec(this::modelChanged);

    /** @param editor the editor */
    public CriteriaPage(PortfolioEditor editor) {
        super(editor, ID, Messages.CriteriaPage_title, CartographImages.SCORING);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        // The ranking stretches to the bottom of the page, however tall the window, and scrolls its
        // lines itself; the page scrolls only when the settings need more room than the window has.
        managedForm.getForm().setExpandVertical(true);
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).spacing(16, 12).applyTo(body);
        Composite left = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(left);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
        Composite right = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        context = new DataBindingContext();
        @SuppressWarnings({ "unchecked", "rawtypes" })
        IObservableValue<EObject> scoring = (IObservableValue) EMFEditProperties
                .value(editor().getEditingDomain(), Literals.PORTFOLIO__SCORING).observe(editor().getPortfolio());
        fields = new FieldFactory(editor(), toolkit, context, scoring);
        Composite grid = fields.section(left, Messages.CriteriaPage_criteria, Messages.CriteriaPage_criteriaDescription);
        create = toolkit.createButton(grid, Messages.CriteriaPage_create, SWT.PUSH);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(create);
        create.addListener(SWT.Selection, event -> createConfiguration());
        criteria = new CriteriaTable(editor(), toolkit, grid);
        settings = fields.section(left, Messages.CriteriaPage_thresholds, Messages.CriteriaPage_thresholdsDescription);
        fields.fields(settings, Literals.SCORING_CONFIGURATION__IMPACT_THRESHOLD,
                Literals.SCORING_CONFIGURATION__FEASIBILITY_THRESHOLD, Literals.SCORING_CONFIGURATION__AGGREGATION,
                Literals.SCORING_CONFIGURATION__DISAGREEMENT_THRESHOLD, Literals.SCORING_CONFIGURATION__PARTIAL_RANKING,
                Literals.SCORING_CONFIGURATION__MINIMUM_COVERAGE);
        Composite gates = fields.section(left, Messages.CriteriaPage_gates, Messages.CriteriaPage_gatesDescription);
        fields.table(gates, Literals.SCORING_CONFIGURATION__GATES, Literals.GATE__CRITERION_ID, Literals.GATE__OPERATOR,
                Literals.GATE__VALUE, Literals.GATE__EFFECT, Literals.GATE__ENABLED, Literals.GATE__REASON)
                .showAs(Literals.GATE__CRITERION_ID, CriteriaPage::criterionLabel)
                .editWith(Literals.GATE__CRITERION_ID, (table, gate) -> criterionEditor(table))
                .createWith(owner -> newGate());
        Composite result = fields.section(right, Messages.CriteriaPage_ranking, Messages.CriteriaPage_rankingDescription);
        problems = toolkit.createLabel(result, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(problems);
        ranking = new RankingTable(toolkit, result);
        ((org.eclipse.swt.layout.GridData) ranking.getViewer().getControl().getParent().getLayoutData()).horizontalSpan = 2;
        ((org.eclipse.swt.layout.GridData) result.getParent().getLayoutData()).grabExcessVerticalSpace = true;
        ranking.getViewer().addDoubleClickListener(
                event -> editor().showElements(ranking.getViewer().getStructuredSelection().toList()));
        setSelectionSource(ranking.getViewer());
        hookContextMenu(ranking.getViewer());
        editor().getEditingDomain().getCommandStack().addCommandStackListener(modelChanged);
        WorkbenchScoring.criteria().addListener(criteriaChanged);
        if (editor().getScoring() != null) {
            editor().getScoring().addListener(scoringChanged);
            showRanking(editor().getScoring().current());
        }
        modelChanged();
    }

    private static String criterionLabel(Object id) {
        return WorkbenchScoring.criteria().find((String) id).map(Criterion::label)
                .orElse(id == null ? "" : Messages.bind(Messages.CriteriaPage_notInstalled, id)); //$NON-NLS-1$
    }

    private static CellEditor criterionEditor(Composite table) {
        List<Object> ids = WorkbenchScoring.criteria().criteria().stream().map(Criterion::id).map(Object.class::cast).toList();
        return new ChoiceCellEditor(table, ids, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return criterionLabel(element);
            }
        });
    }

    private static Gate newGate() {
        Gate gate = dev.cartograph.model.CartographFactory.eINSTANCE.createGate();
        List<Criterion> installed = WorkbenchScoring.criteria().criteria();
        if (!installed.isEmpty()) {
            gate.setCriterionId(installed.get(0).id());
            gate.setValue(installed.get(0).scale().max());
        }
        gate.setEnabled(true);
        return gate;
    }

    private void createConfiguration() {
        if (editor().getPortfolio().getScoring() == null) {
            ScoringConfiguration created = ScoringDefaults.create();
            editor().getEditingDomain().getCommandStack().execute(SetCommand.create(editor().getEditingDomain(),
                    editor().getPortfolio(), Literals.PORTFOLIO__SCORING, created));
        }
    }

    private void modelChanged() {
        if (criteria == null || criteria.getViewer().getControl().isDisposed() || editor().getPortfolio() == null) {
            return;
        }
        criteria.refresh();
        boolean exists = editor().getPortfolio().getScoring() != null;
        create.setVisible(!exists);
        ((org.eclipse.swt.layout.GridData) create.getLayoutData()).exclude = exists;
        settings.setEnabled(exists);
        create.getParent().layout(true, true);
    }

    private void showRanking(ScoringResult result) {
        if (ranking == null || ranking.getViewer().getControl().isDisposed()) {
            return;
        }
        ranking.update(result);
        problems.setText(result == null ? "" : String.join("\n", result.problems())); //$NON-NLS-1$ //$NON-NLS-2$
        problems.getParent().layout(true, true);
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof ScoringConfiguration || element instanceof CriterionSetting || element instanceof Gate;
    }

    @Override
    public void show(List<?> elements) {
        // The settings are all on view; nothing to select.
    }

    /** @return the criteria table */
    public CriteriaTable getCriteria() {
        return criteria;
    }

    /** @return the live ranking */
    public RankingTable getRanking() {
        return ranking;
    }

    /** @return the fields of the scoring configuration */
    public FieldFactory getFields() {
        return fields;
    }

    @Override
    public void dispose() {
        editor().getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
        WorkbenchScoring.criteria().removeListener(criteriaChanged);
        if (editor().getScoring() != null) {
            editor().getScoring().removeListener(scoringChanged);
        }
        if (context != null) {
            context.dispose();
        }
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}
