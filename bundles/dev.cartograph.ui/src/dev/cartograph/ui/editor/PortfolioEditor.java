// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.io.IOException;
import java.util.EventObject;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.CartographAdapterFactories;

/**
 * The editor of one {@code .cartograph} file. All changes go through the editing domain's
 * command stack (undo, redo, dirty state); saving is atomic. A file that cannot be read is
 * shown as a page that says why (file, line, column), without affecting the rest of the
 * workbench.
 */
public class PortfolioEditor extends FormEditor implements IEditingDomainProvider {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "dev.cartograph.ui.editor.portfolio"; //$NON-NLS-1$

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private Resource resource;
    private ModelLoadException loadError;

    private final CommandStackListener dirtyListener = (EventObject event) -> getContainer().getDisplay()
            .asyncExec(() -> firePropertyChange(PROP_DIRTY));

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
        adapterFactory = CartographAdapterFactories.create();
        BasicCommandStack commandStack = new BasicCommandStack();
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
                ModelPersistence.createResourceSet());
        try {
            resource = ModelPersistence.load(editingDomain.getResourceSet(), uriOf(input));
        } catch (ModelLoadException e) {
            loadError = e;
        }
    }

    @Override
    protected void addPages() {
        try {
            if (loadError != null) {
                addPage(new LoadErrorPage(this, loadError));
            } else {
                addPage(new ModelTreePage(this));
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
        editingDomain.getCommandStack().addCommandStackListener(dirtyListener);
    }

    /** @return the file's URI for the given editor input */
    static URI uriOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return URI.createFileURI(fileInput.getFile().getLocation().toOSString());
        }
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        throw new PartInitException(Messages.bind(Messages.PortfolioEditor_unsupportedInput, input.getName()));
    }

    /** @return the portfolio being edited, or {@code null} if the file could not be read */
    public Portfolio getPortfolio() {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        return resource.getContents().get(0) instanceof Portfolio portfolio ? portfolio : null;
    }

    /** @return the resource being edited, or {@code null} if the file could not be read */
    public Resource getResource() {
        return resource;
    }

    /** @return the item providers of this editor's viewers */
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    @Override
    public boolean isDirty() {
        return editingDomain != null && ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return;
        }
        try {
            ModelPersistence.save(resource);
            ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            if (getEditorInput() instanceof IFileEditorInput fileInput) {
                fileInput.getFile().refreshLocal(IResource.DEPTH_ZERO, monitor);
            }
        } catch (IOException e) {
            ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
                    Messages.bind(Messages.PortfolioEditor_saveFailed, getEditorInput().getName()),
                    Status.error(e.getMessage(), e));
        } catch (CoreException e) {
            // The file was saved; only the workspace's view of it is stale until the next refresh.
        }
    }

    @Override
    public void doSaveAs() {
        // Not offered: isSaveAsAllowed() is false.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        if (editingDomain != null) {
            editingDomain.getCommandStack().removeCommandStackListener(dirtyListener);
        }
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
        super.dispose();
    }

    /** @return the workspace file being edited, or {@code null} for a file outside the workspace */
    public IFile getFile() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }
}
