// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.ui.internal.Messages;

/**
 * What the new portfolio holds: a blank portfolio (named, for an organisation) with the default
 * scoring settings of the preferences, or a copy of the shipped sample portfolio.
 */
public final class PortfolioContentPage extends WizardPage {

    private Button blank;
    private Button sample;
    private Text name;
    private Text organisation;

    PortfolioContentPage() {
        super("content"); //$NON-NLS-1$
        setTitle(Messages.NewPortfolioWizard_contentTitle);
        setDescription(Messages.NewPortfolioWizard_contentDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        blank = new Button(area, SWT.RADIO);
        blank.setText(Messages.NewPortfolioWizard_blank);
        blank.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(blank);
        name = field(area, Messages.NewPortfolioWizard_name);
        organisation = field(area, Messages.NewPortfolioWizard_organisation);
        sample = new Button(area, SWT.RADIO);
        sample.setText(Messages.NewPortfolioWizard_sample);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 12).applyTo(sample);
        sample.setEnabled(ShippedSample.isInstalled());
        Label explanation = new Label(area, SWT.WRAP);
        explanation.setText(Messages.NewPortfolioWizard_sampleExplanation);
        GridDataFactory.fillDefaults().span(2, 1).indent(20, 0).hint(400, SWT.DEFAULT).applyTo(explanation);
        blank.addListener(SWT.Selection, event -> update());
        sample.addListener(SWT.Selection, event -> update());
        name.addModifyListener(event -> update());
        setControl(area);
        update();
    }

    private static Text field(Composite area, String label) {
        Label text = new Label(area, SWT.NONE);
        text.setText(label);
        GridDataFactory.swtDefaults().indent(20, 0).applyTo(text);
        Text field = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        return field;
    }

    private void update() {
        boolean isBlank = blank.getSelection();
        name.setEnabled(isBlank);
        organisation.setEnabled(isBlank);
        boolean complete = !isBlank || !name.getText().isBlank();
        setErrorMessage(null);
        setMessage(isBlank && name.getText().isBlank() ? Messages.NewPortfolioWizard_nameRequired : null);
        setPageComplete(complete);
    }

    /** @return whether a copy of the sample is wanted */
    public boolean isSample() {
        return sample != null && sample.getSelection();
    }

    /** @return the name of a blank portfolio */
    public String portfolioName() {
        return name.getText().strip();
    }

    /** @return the organisation of a blank portfolio */
    public String organisation() {
        return organisation.getText().strip();
    }

    /** @return the name field, for tests */
    public Text getNameField() {
        return name;
    }

    /** @return the "copy of the sample" choice, for tests */
    public Button getSampleChoice() {
        return sample;
    }

    /** @return the "blank" choice, for tests */
    public Button getBlankChoice() {
        return blank;
    }
}
