// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.ui.internal.Messages;

/** Shown instead of the editor's pages when the file cannot be read: says where and why. */
public class LoadErrorPage extends FormPage {

    private final String error;

    /**
     * @param editor the editor of the unreadable file
     * @param error why the file could not be read (file, line, column and what is wrong)
     */
    public LoadErrorPage(PortfolioEditor editor, String error) {
        super(editor, "dev.cartograph.ui.editor.loadError", Messages.LoadErrorPage_title); //$NON-NLS-1$
        this.error = error;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        managedForm.getForm().setText(Messages.LoadErrorPage_heading);
        managedForm.getForm().setMessage(Messages.LoadErrorPage_title, org.eclipse.jface.dialogs.IMessageProvider.ERROR);
        Composite body = managedForm.getForm().getBody();
        body.setLayout(new GridLayout());
        Label intro = toolkit.createLabel(body, Messages.LoadErrorPage_explanation, SWT.WRAP);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text message = toolkit.createText(body, error, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    /** @return the error shown */
    public String getError() {
        return error;
    }
}
