// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.wizards;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

import dev.cartograph.ui.internal.Messages;

/**
 * Chooses the portfolio's file, in a project that may not exist yet: a folder path whose
 * project is missing is accepted when its name is valid, and the wizard creates the project
 * (the platform's page refuses it with "The specified project does not exist").
 */
public final class PortfolioFilePage extends WizardNewFileCreationPage {

    /**
     * @param name the page's name
     * @param selection where the file goes by default
     */
    public PortfolioFilePage(String name, IStructuredSelection selection) {
        super(name, selection);
    }

    @Override
    protected boolean validatePage() {
        if (super.validatePage()) {
            return true;
        }
        IPath container = getContainerFullPath();
        String file = getFileName();
        if (container == null || container.segmentCount() == 0 || file == null || file.isBlank()) {
            return false;
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        String project = container.segment(0);
        if (workspace.getRoot().getProject(project).exists()
                || !workspace.validateName(project, IResource.PROJECT).isOK()
                || !workspace.validatePath(container.append(file).toString(), IResource.FILE).isOK()) {
            return false;
        }
        setErrorMessage(null);
        setMessage(Messages.bind(Messages.NewPortfolioWizard_newProject, project), IMessageProvider.INFORMATION);
        return true;
    }

    /** @return whether the chosen folder's project is still to be created */
    boolean needsProject() {
        IPath container = getContainerFullPath();
        return container != null && container.segmentCount() > 0
                && !ResourcesPlugin.getWorkspace().getRoot().getProject(container.segment(0)).exists();
    }
}
