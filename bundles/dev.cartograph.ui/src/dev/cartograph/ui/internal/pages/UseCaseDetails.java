// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import dev.cartograph.model.BusinessCase;
import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;
import dev.cartograph.ui.preferences.CartographPreferences;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.ui.viewers.ChoiceCellEditor;

/**
 * The details of a use case: what it is and where it stands, where it applies (its anchors on
 * workflow steps, journey stages and frictions), what it links to, its one-page business case
 * with its KPIs, and its scores with the live result of the shared grid.
 */
public final class UseCaseDetails {

    private UseCaseDetails() {
    }

    /**
     * @param fields fields bound to a use case
     * @param parent a one-column composite
     */
    public static void build(FieldFactory fields, Composite parent) {
        general(fields, parent);
        Composite anchors = fields.section(parent, Messages.UseCaseDetails_anchors, Messages.UseCaseDetails_anchorsDescription);
        fields.fields(anchors, Literals.USE_CASE__STEPS, Literals.USE_CASE__STAGES, Literals.USE_CASE__FRICTIONS);
        Composite links = fields.section(parent, Messages.UseCaseDetails_links, Messages.UseCaseDetails_linksDescription);
        fields.fields(links, Literals.USE_CASE__INITIATIVES, Literals.USE_CASE__DATA_ASSETS, Literals.USE_CASE__DEPENDS_ON,
                Literals.USE_CASE__DEPENDENTS);
        businessCase(fields, parent);
        scores(fields, parent);
        properties(fields, parent);
    }

    /**
     * Creates the table of the portfolio's own properties of the element the fields are bound to:
     * a key chosen among the definitions, a value typed or chosen (choices, yes/no). Every edit is
     * a command (undoable).
     *
     * @param fields fields bound to a named element
     * @param parent a one-column composite
     */
    public static void properties(FieldFactory fields, Composite parent) {
        Composite section = fields.section(parent, Messages.UseCaseDetails_properties,
                Messages.UseCaseDetails_propertiesDescription);
        fields.table(section, Literals.NAMED_ELEMENT__PROPERTIES, Literals.PROPERTY_VALUE__KEY, Literals.PROPERTY_VALUE__VALUE)
                .showAs(Literals.PROPERTY_VALUE__KEY, key -> PropertyEditing.keyLabel(fields.editor().getPortfolio(), key))
                .editWith(Literals.PROPERTY_VALUE__KEY, (table, value) -> PropertyEditing.keyEditor(table, value))
                .showAs(Literals.PROPERTY_VALUE__VALUE, PropertyEditing::valueLabel)
                .editWith(Literals.PROPERTY_VALUE__VALUE, (table, value) -> PropertyEditing.valueEditor(table, value))
                .createWith(PropertyEditing::newValue);
    }

    private static void general(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.UseCaseDetails_general, Messages.UseCaseDetails_generalDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.USE_CASE__SCOPE, Literals.USE_CASE__STATUS);
        Control reason = fields.multiLine(general, Literals.USE_CASE__REJECTION_REASON, 2);
        fields.fields(general, Literals.USE_CASE__AI_PATTERN, Literals.USE_CASE__UNIT, Literals.USE_CASE__SPONSOR,
                Literals.USE_CASE__OWNER,
                Literals.USE_CASE__WAVE, Literals.NAMED_ELEMENT__DESCRIPTION);
        IObservableValue<Object> status = fields.model(Literals.USE_CASE__STATUS);
        Runnable enable = () -> {
            if (!reason.isDisposed()) {
                reason.setEnabled(status.getValue() == UseCaseStatus.REJECTED);
            }
        };
        status.addValueChangeListener(event -> enable.run());
        reason.addDisposeListener(event -> status.dispose());
        enable.run();
    }

    /**
     * Creates the business case form (with its KPIs) of the use case the fields are bound to.
     *
     * @param fields fields bound to a use case
     * @param parent a one-column composite
     */
    public static void businessCase(FieldFactory fields, Composite parent) {
        String currency = fields.editor().getPortfolio().getCurrency();
        Composite section = fields.section(parent, Messages.UseCaseDetails_businessCase,
                Messages.bind(Messages.UseCaseDetails_businessCaseDescription, currency == null ? "" : currency)); //$NON-NLS-1$
        Button create = fields.toolkit().createButton(section, Messages.UseCaseDetails_createBusinessCase, SWT.PUSH);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(create);
        FieldFactory business = fields.detail(Literals.USE_CASE__BUSINESS_CASE);
        Composite form = fields.toolkit().createComposite(section);
        org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(form);
        fields.toolkit().paintBordersFor(form);
        business.multiLine(form, Literals.BUSINESS_CASE__PROBLEM, 3);
        business.multiLine(form, Literals.BUSINESS_CASE__PROPOSED_SOLUTION, 3);
        business.multiLine(form, Literals.BUSINESS_CASE__EXPECTED_BENEFITS, 3);
        business.fields(form, Literals.BUSINESS_CASE__ONE_OFF_COST, Literals.BUSINESS_CASE__RUNNING_COST_PER_YEAR,
                Literals.BUSINESS_CASE__ANNUAL_REVENUE_GAINED, Literals.BUSINESS_CASE__ANNUAL_COST_AVOIDED,
                Literals.BUSINESS_CASE__TIME_TO_VALUE_MONTHS);
        business.multiLine(form, Literals.BUSINESS_CASE__DATA_NEEDED, 2);
        business.multiLine(form, Literals.BUSINESS_CASE__RISKS, 2);
        business.multiLine(form, Literals.BUSINESS_CASE__COMPLIANCE_NOTES, 2);
        business.multiLine(form, Literals.BUSINESS_CASE__DEPENDENCIES, 2);
        business.fields(form, Literals.BUSINESS_CASE__SPONSOR);
        fields.toolkit().createLabel(form, Messages.bind(Messages.Fields_label, Messages.UseCaseDetails_kpis));
        fields.toolkit().createLabel(form, ""); //$NON-NLS-1$
        business.table(form, Literals.BUSINESS_CASE__KPIS, Literals.NAMED_ELEMENT__NAME, Literals.KPI__UNIT,
                Literals.KPI__BASELINE, Literals.KPI__TARGET, Literals.KPI__HORIZON_MONTHS);
        create.addListener(SWT.Selection, event -> {
            if (fields.master().getValue() instanceof UseCase useCase && useCase.getBusinessCase() == null) {
                EditingDomain domain = fields.editor().getEditingDomain();
                BusinessCase created = CartographFactory.eINSTANCE.createBusinessCase();
                domain.getCommandStack().execute(SetCommand.create(domain, useCase, Literals.USE_CASE__BUSINESS_CASE, created));
            }
        });
        Runnable update = () -> {
            if (form.isDisposed()) {
                return;
            }
            boolean exists = business.master().getValue() != null;
            create.setVisible(!exists && fields.master().getValue() != null);
            ((org.eclipse.swt.layout.GridData) create.getLayoutData()).exclude = exists;
            setEnabled(form, exists);
            section.layout(true, true);
        };
        business.master().addValueChangeListener(event -> update.run());
        update.run();
    }

    private static void setEnabled(Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                setEnabled(child, enabled);
            }
        }
    }

    /**
     * Creates the scores table, with the live result, of the use case the fields are bound to.
     *
     * @param fields fields bound to a use case
     * @param parent a one-column composite
     */
    public static void scores(FieldFactory fields, Composite parent) {
        Composite section = fields.section(parent, Messages.UseCaseDetails_scores, Messages.UseCaseDetails_scoresDescription);
        new ScoreSummary(fields, section);
        fields.table(section, Literals.USE_CASE__SCORES, Literals.SCORE__CRITERION_ID, Literals.SCORE__VALUE,
                Literals.SCORE__CONFIDENCE, Literals.SCORE__ASSESSOR, Literals.SCORE__DATE, Literals.SCORE__RATIONALE)
                .showAs(Literals.SCORE__CRITERION_ID, UseCaseDetails::criterionLabel)
                .editWith(Literals.SCORE__CRITERION_ID, UseCaseDetails::criterionEditor)
                .createWith(UseCaseDetails::newScore);
    }

    private static String criterionLabel(Object id) {
        return WorkbenchScoring.criteria().find((String) id).map(Criterion::label).orElse(id == null ? "" : (String) id); //$NON-NLS-1$
    }

    private static CellEditor criterionEditor(Composite table, EObject score) {
        List<Object> ids = WorkbenchScoring.criteria().criteria().stream().map(Criterion::id).map(Object.class::cast).toList();
        return new ChoiceCellEditor(table, ids, new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                return criterionLabel(element);
            }
        });
    }

    /** A new score: on the first criterion the use case has no score for yet, by the user, today. */
    private static EObject newScore(EObject owner) {
        Score score = CartographFactory.eINSTANCE.createScore();
        UseCase useCase = (UseCase) owner;
        String criterion = WorkbenchScoring.criteria().criteria().stream().map(Criterion::id)
                .filter(id -> useCase.getScores().stream().noneMatch(s -> id.equals(s.getCriterionId()))).findFirst()
                .orElse(WorkbenchScoring.criteria().criteria().isEmpty() ? null
                        : WorkbenchScoring.criteria().criteria().get(0).id());
        score.setCriterionId(criterion);
        String assessor = CartographPreferences.assessorAsking(Display.getCurrent() == null ? null
                : Display.getCurrent().getActiveShell());
        score.setAssessor(assessor == null ? CartographPreferences.assessor() : assessor);
        score.setDate(LocalDate.now());
        WorkbenchScoring.criteria().find(criterion).ifPresent(c -> score.setValue(c.scale().min()));
        return score;
    }
}
