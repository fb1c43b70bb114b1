// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import dev.cartograph.model.Aggregation;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.preferences.PreferenceConstants;
import dev.cartograph.ui.scoring.WorkbenchScoring;
import dev.cartograph.ui.viewers.Labels;

/**
 * The scoring settings new portfolios start with: quadrant thresholds, how assessors' scores
 * combine, when they disagree, and the weight of each installed criterion.
 */
public final class NewPortfolioPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page. */
    public NewPortfolioPreferencePage() {
        super(GRID);
        setDescription(Messages.Preferences_scoringDescription);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(CartographUi.preferences());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DoubleFieldEditor(PreferenceConstants.IMPACT_THRESHOLD, Messages.Preferences_impactThreshold,
                getFieldEditorParent(), 0, 100));
        addField(new DoubleFieldEditor(PreferenceConstants.FEASIBILITY_THRESHOLD, Messages.Preferences_feasibilityThreshold,
                getFieldEditorParent(), 0, 100));
        Aggregation[] values = Aggregation.values();
        String[][] choices = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            choices[i] = new String[] { Labels.literal(CartographPackage.Literals.AGGREGATION, values[i]),
                    values[i].getLiteral() };
        }
        addField(new ComboFieldEditor(PreferenceConstants.AGGREGATION, Messages.Preferences_aggregation, choices,
                getFieldEditorParent()));
        addField(new DoubleFieldEditor(PreferenceConstants.DISAGREEMENT_THRESHOLD,
                Messages.Preferences_disagreementThreshold, getFieldEditorParent(), 0, 100));
        Label weights = new Label(getFieldEditorParent(), SWT.WRAP);
        weights.setText(Messages.Preferences_weights);
        weights.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (Criterion criterion : WorkbenchScoring.criteria().criteria()) {
            addField(new DoubleFieldEditor(PreferenceConstants.WEIGHT_PREFIX + criterion.id(), criterion.label(),
                    getFieldEditorParent(), 0, 100));
        }
    }
}
