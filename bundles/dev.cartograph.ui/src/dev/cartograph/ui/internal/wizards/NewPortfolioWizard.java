// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ContainerGenerator;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.ScoringDefaults;

/**
 * Creates a portfolio file in the workspace: blank, with the default scoring settings of the
 * preferences, or a copy of the sample portfolio; then opens it.
 */
public final class NewPortfolioWizard extends Wizard implements INewWizard {

    /** The wizard id, as declared in plugin.xml. */
    public static final String ID = "dev.cartograph.ui.wizards.newPortfolio"; //$NON-NLS-1$
    /** The file extension of portfolios. */
    public static final String EXTENSION = "cartograph"; //$NON-NLS-1$

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private PortfolioFilePage filePage;
    private PortfolioContentPage contentPage;

    /** Creates the wizard. */
    public NewPortfolioWizard() {
        setWindowTitle(Messages.NewPortfolioWizard_title);
        setNeedsProgressMonitor(true);
        setDefaultPageImageDescriptor(CartographImages.descriptor(CartographImages.PORTFOLIO));
    }

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection newSelection) {
        this.workbench = newWorkbench;
        this.selection = newSelection;
    }

    @Override
    public void addPages() {
        filePage = new PortfolioFilePage("file", folderSelection()); //$NON-NLS-1$
        filePage.setTitle(Messages.NewPortfolioWizard_fileTitle);
        filePage.setDescription(Messages.NewPortfolioWizard_fileDescription);
        filePage.setFileName(Messages.NewPortfolioWizard_defaultFileName);
        filePage.setFileExtension(EXTENSION);
        filePage.setAllowExistingResources(false);
        addPage(filePage);
        contentPage = new PortfolioContentPage();
        addPage(contentPage);
    }

    /**
     * @return the selection, if it holds a resource; else the Project Explorer's, if it holds
     *         one (File &gt; New from an editor passes the editor's selection); else the folder of
     *         the file in the active editor, so that a new portfolio lands next to the one being
     *         edited
     */
    private IStructuredSelection folderSelection() {
        if (holdsResource(selection)) {
            return selection;
        }
        IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page != null && page.getSelection(IPageLayout.ID_PROJECT_EXPLORER) instanceof IStructuredSelection explorer
                && holdsResource(explorer)) {
            return explorer;
        }
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return file == null ? StructuredSelection.EMPTY : new StructuredSelection(file.getParent());
    }

    private static boolean holdsResource(IStructuredSelection candidate) {
        return candidate != null && candidate.getFirstElement() != null
                && Adapters.adapt(candidate.getFirstElement(), IResource.class) != null;
    }

    @Override
    public boolean performFinish() {
        IPath path = filePage.getContainerFullPath().append(filePage.getFileName());
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(
                path.getFileExtension() == null ? path.addFileExtension(EXTENSION) : path);
        boolean sample = contentPage.isSample();
        String name = contentPage.portfolioName();
        String organisation = contentPage.organisation();
        try {
            getContainer().run(false, false, monitor -> {
                folders(file, monitor);
                create(file, sample, name, organisation, monitor);
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ErrorDialog.openError(getShell(), Messages.NewPortfolioWizard_failedTitle,
                    Messages.bind(Messages.NewPortfolioWizard_failed, file.getFullPath()), Status.error(cause.getMessage(), cause));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        open(file);
        return true;
    }

    /** Creates the file's project (and opens it) and folders when they do not exist yet. */
    private static void folders(IFile file, IProgressMonitor monitor) throws InvocationTargetException {
        try {
            IProject project = file.getProject();
            if (!project.exists()) {
                project.create(monitor);
            }
            if (!project.isOpen()) {
                project.open(monitor);
            }
            if (!file.getParent().exists()) {
                new ContainerGenerator(file.getParent().getFullPath()).generateContainer(monitor);
            }
        } catch (CoreException e) {
            throw new InvocationTargetException(e);
        }
    }

    private static void create(IFile file, boolean sample, String name, String organisation, IProgressMonitor monitor)
            throws InvocationTargetException {
        try {
            if (sample) {
                try (InputStream in = ShippedSample.url().openStream()) {
                    file.create(in, IResource.NONE, monitor);
                }
                return;
            }
            Portfolio portfolio = CartographFactory.eINSTANCE.createPortfolio();
            portfolio.setName(name);
            portfolio.setOrganisation(organisation.isEmpty() ? null : organisation);
            portfolio.setScoring(ScoringDefaults.create());
            ResourceSet resources = ModelPersistence.createResourceSet();
            Resource resource = resources.createResource(URI.createFileURI(file.getLocation().toOSString()));
            resource.getContents().add(portfolio);
            ModelPersistence.save(resource);
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
        } catch (IOException | CoreException e) {
            throw new InvocationTargetException(e);
        }
    }

    private void open(IFile file) {
        IWorkbenchPage page = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (page != null) {
            try {
                IDE.openEditor(page, file, true);
            } catch (PartInitException e) {
                ErrorDialog.openError(getShell(), Messages.NewPortfolioWizard_failedTitle, e.getMessage(), e.getStatus());
            }
        }
    }

    /** @return the page that chooses the file, for tests */
    public WizardNewFileCreationPage getFilePage() {
        return filePage;
    }

    /** @return the page that chooses the content, for tests */
    public PortfolioContentPage getContentPage() {
        return contentPage;
    }
}
