// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.failures;

import java.util.List;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.cartograph.scoring.ui.internal.Messages;

/**
 * A small notification in the workbench window's lower right corner: which plug-ins failed,
 * and a link to the Error Log. It does not block anything and closes when the user clicks
 * elsewhere.
 */
final class FailurePopup extends PopupDialog {

    private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView"; //$NON-NLS-1$

    private static final int VISIBLE_MS = 20_000;

    private final List<FailureReporter.Report> reports;

    private FailurePopup(Shell parent, List<FailureReporter.Report> reports) {
        super(parent, PopupDialog.HOVER_SHELLSTYLE, false, false, false, false, false, null, null);
        this.reports = reports;
    }

    /**
     * Shows failures to the user, if a workbench window is open.
     *
     * @param reports the new failures
     */
    static void show(List<FailureReporter.Report> reports) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null || window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        new FailurePopup(window.getShell(), reports).open();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().margins(10, 8).spacing(4, 6).applyTo(area);
        Label title = new Label(area, SWT.NONE);
        title.setText(Messages.Failure_title);
        title.setFont(JFaceResources.getBannerFont());
        for (FailureReporter.Report report : reports) {
            Label message = new Label(area, SWT.WRAP);
            message.setText(report.message());
            GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
        }
        Link link = new Link(area, SWT.NONE);
        link.setText(Messages.Failure_openLog);
        link.addListener(SWT.Selection, event -> {
            close();
            try {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window != null && window.getActivePage() != null) {
                    window.getActivePage().showView(ERROR_LOG);
                }
            } catch (PartInitException e) {
                // no Error Log in this installation: the failures are still in the log file
            }
        });
        return area;
    }

    @Override
    public int open() {
        int code = super.open();
        Shell shell = getShell();
        if (shell != null) {
            shell.getDisplay().timerExec(VISIBLE_MS, () -> {
                if (!shell.isDisposed()) {
                    close();
                }
            });
        }
        return code;
    }

    @Override
    protected Point getDefaultLocation(Point size) {
        Rectangle bounds = getParentShell().getBounds();
        return new Point(bounds.x + bounds.width - size.x - 24, bounds.y + bounds.height - size.y - 48);
    }
}
