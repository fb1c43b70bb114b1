// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.ui.internal.CartographUi;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.actions.EditingActions;
import dev.cartograph.ui.internal.editor.ContributedPages;
import dev.cartograph.ui.internal.editor.DialogPrompts;
import dev.cartograph.ui.internal.editor.EditorPageContributions;
import dev.cartograph.ui.internal.editor.EditorPrompts;
import dev.cartograph.ui.internal.editor.FileGuard;
import dev.cartograph.ui.internal.editor.FileSynchronizer;
import dev.cartograph.ui.internal.editor.FindingsTracker;
import dev.cartograph.ui.internal.editor.PortfolioOutlinePage;
import dev.cartograph.ui.internal.editor.SelectionBroker;
import dev.cartograph.ui.internal.pages.CriteriaPage;
import dev.cartograph.ui.internal.pages.InventoryPage;
import dev.cartograph.ui.internal.pages.JourneysPage;
import dev.cartograph.ui.internal.pages.OverviewPage;
import dev.cartograph.ui.internal.pages.RoadmapPage;
import dev.cartograph.ui.internal.pages.UseCasesPage;
import dev.cartograph.ui.internal.pages.WorkflowsPage;
import dev.cartograph.ui.scoring.PortfolioScoring;
import dev.cartograph.ui.viewers.CartographAdapterFactories;

/**
 * The editor of one {@code .cartograph} file: a form editor with an overview, pages for
 * journeys, workflows, use cases, criteria and the roadmap, and the whole model as a tree.
 * <p>
 * All changes go through the editing domain's command stack (one per editor: undo, redo, dirty
 * state); saving is atomic and never silently replaces a file that changed on disk since it
 * was loaded. The editor follows its file: it reloads a clean editor when the file changes
 * (for example after {@code git pull}), asks when there are unsaved changes, follows a rename
 * and reacts to a deletion. A file that cannot be read is shown as a page that says why.
 * <p>
 * For other views and plug-ins the editor is:
 * <ul>
 * <li>an {@link IPortfolioEditorSite}, what its pages (its own and those contributed through the
 * {@code dev.cartograph.ui.editorPages} extension point) and views should depend on rather than on
 * this class;</li>
 * <li>an {@link IEditingDomainProvider}: change the model with commands on
 * {@code getEditingDomain().getCommandStack()};</li>
 * <li>a selection provider (its site's): the selection is the model elements selected on the
 * active page, or in the outline; setting it reveals the elements as
 * {@link #showElements(Collection)} does;</li>
 * <li>an {@link IElementRevealer}: {@link #showElements(Collection)} selects elements on the page
 * made for them, whatever page is active;</li>
 * <li>the owner of one context menu, {@link #CONTEXT_MENU_ID}, registered with its site once,
 * for every viewer of every page: plug-ins contribute to it (or to
 * {@code popup:org.eclipse.ui.popup.any}) and see the editor's selection;</li>
 * <li>adaptable to {@link PortfolioScoring} and {@link ScoringSession} (the live scoring of this
 * portfolio, shared with every view that shows it: do not dispose or release it),
 * {@link Portfolio}, {@link EditingDomain}, {@link IElementRevealer}, {@link IPortfolioEditorSite},
 * {@link IContentOutlinePage},
 * {@link IPropertySheetPage} (tabbed properties) and {@link IGotoMarker} (a marker whose
 * {@link EValidator#URI_ATTRIBUTE} holds an element's URI reveals that element on its page);</li>
 * <li>the source of {@link #PROP_PORTFOLIO} property changes when the model is replaced
 * (reload from disk): listeners should fetch the portfolio and the scoring session again.</li>
 * </ul>
 */
public class PortfolioEditor extends FormEditor
        implements IPortfolioEditorSite, ITabbedPropertySheetPageContributor, IGotoMarker {

    /** The editor id, as declared in plugin.xml; also the tabbed properties contributor id. */
    public static final String ID = "dev.cartograph.ui.editor.portfolio"; //$NON-NLS-1$

    /**
     * The id of the editor's context menu, shared by the viewers of all its pages: contribute
     * to {@code popup:dev.cartograph.ui.editor.portfolio.context}.
     */
    public static final String CONTEXT_MENU_ID = ID + ".context"; //$NON-NLS-1$

    /** Property fired when the portfolio was replaced (reloaded from disk). */
    public static final int PROP_PORTFOLIO = 0x401;

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain editingDomain;
    private Resource resource;
    private String loadError;
    private PortfolioScoring scoring;
    private final FileGuard fileGuard = new FileGuard(this::path);
    private FileSynchronizer synchronizer;
    private EditorPrompts prompts;
    private EditingActions editingActions;
    private PortfolioOutlinePage outline;
    private final SelectionBroker selection = new SelectionBroker(this::reveal);
    private MenuManager contextMenu;
    private boolean checkingFile;
    private final ContributedPages contributedPages = new ContributedPages(this::removeFailedPage);
    private FindingsTracker findings;
    private final ListenerList<Runnable> portfolioListeners = new ListenerList<>();

    private final CommandStackListener commandListener = (EventObject event) -> {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> commandStackChanged(((CommandStack) event.getSource()).getMostRecentCommand()));
    };

    private final IPartListener2 activation = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == PortfolioEditor.this) {
                checkFileOnActivation();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        setPartName(input.getName());
        site.setSelectionProvider(selection);
        prompts = new DialogPrompts(() -> getSite().getShell());
        adapterFactory = CartographAdapterFactories.create();
        editingDomain = CartographAdapterFactories.createEditingDomain(adapterFactory, ModelPersistence.createResourceSet());
        load(uriOf(input));
        editingActions = new EditingActions(this);
        editingActions.attach(selection);
        editingDomain.getCommandStack().addCommandStackListener(commandListener);
        site.getPage().addPartListener(activation);
        findings = new FindingsTracker(this::getFile, site.getShell().getDisplay());
        IFile file = getFile();
        if (file != null) {
            synchronizer = new FileSynchronizer(site.getShell().getDisplay(), new FileHandler());
            synchronizer.start(file);
        }
    }

    private void load(URI uri) {
        loadError = null;
        resource = null;
        try {
            fileGuard.loadedOrSaved();
            resource = ModelPersistence.load(editingDomain.getResourceSet(), uri);
        } catch (ModelLoadException e) {
            loadError = e.getMessage();
        } catch (IOException e) {
            loadError = Messages.bind(Messages.PortfolioEditor_unreadable, uri.toFileString(), e.getMessage());
        }
        if (loadError == null && getPortfolio() == null) {
            loadError = Messages.bind(Messages.PortfolioEditor_noPortfolio, uri.isFile() ? uri.toFileString() : uri.toString());
        }
        Portfolio portfolio = getPortfolio();
        scoring = portfolio == null ? null : PortfolioScoring.acquire(portfolio);
    }

    private void releaseScoring() {
        if (scoring != null) {
            scoring.release();
            scoring = null;
        }
    }

    @Override
    protected void addPages() {
        try {
            if (loadError != null) {
                addPage(new LoadErrorPage(this, loadError));
            } else {
                List<IFormPage> own = List.of(new OverviewPage(this), new JourneysPage(this), new WorkflowsPage(this),
                        new UseCasesPage(this), new CriteriaPage(this), new RoadmapPage(this), new InventoryPage(this),
                        new ModelTreePage(this));
                for (IFormPage page : contributedPages.arrange(this, own, EditorPageContributions.all())) {
                    if (page.getEditor() == null) {
                        page.initialize(this);
                    }
                    addPage(page);
                }
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(getSite().getShell(), null, null, e.getStatus());
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        Object target = newPageIndex >= 0 && newPageIndex < pages.size() ? pages.get(newPageIndex) : null;
        if (target instanceof IFormPage page && contributedPages.isContributed(page)) {
            // A contributed page that fails to create its content is taken out, and the editor goes on.
            if (!contributedPages.run(page, () -> super.pageChange(newPageIndex))) {
                return;
            }
        } else {
            super.pageChange(newPageIndex);
        }
        IFormPage page = getActivePageInstance();
        selection.setSource(page instanceof IPortfolioEditorPage portfolioPage
                ? contributedPages.call(page, portfolioPage::getSelectionSource, null) : null);
        if (outline != null) {
            outline.activePageChanged(page);
        }
        if (getEditorSite().getActionBarContributor() instanceof PortfolioEditorContributor contributor) {
            contributor.activePageChanged(this);
        }
    }

    /** @return the ids of the editor's pages, in the order of their tabs */
    public List<String> getPageIds() {
        List<String> ids = new ArrayList<>();
        for (Object page : pages) {
            if (page instanceof IFormPage formPage) {
                ids.add(formPage.getId());
            }
        }
        return ids;
    }

    private void removeFailedPage(IFormPage page) {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (pages == null || getContainer() == null || getContainer().isDisposed() || pages.indexOf(page) < 0) {
                return;
            }
            int index = pages.indexOf(page);
            boolean wasActive = getActivePage() == index;
            removePage(index);
            if (wasActive && getPageCount() > 0) {
                setActivePage(0);
            }
        });
    }

    @Override
    public void removePage(int pageIndex) {
        Object page = pages != null && pageIndex >= 0 && pageIndex < pages.size() ? pages.get(pageIndex) : null;
        super.removePage(pageIndex);
        if (page instanceof IFormPage formPage) {
            contributedPages.forget(formPage);
            if (outline != null) {
                outline.pageRemoved(formPage);
            }
        }
    }

    /**
     * Tells the editor which viewer the user now works in on the active page (for pages with
     * several viewers, or whose viewer was just created).
     *
     * @param page the page
     * @param source its viewer
     */
    @Override
    public void setSelectionSource(IPortfolioEditorPage page, ISelectionProvider source) {
        if (page == getActivePageInstance()) {
            selection.setSource(source);
        }
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

    @Override
    public Portfolio getPortfolio() {
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        return resource.getContents().get(0) instanceof Portfolio portfolio ? portfolio : null;
    }

    @Override
    public Resource getResource() {
        return resource;
    }

    /** @return the item providers of this editor's viewers */
    @Override
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return editingDomain;
    }

    /**
     * @return the live scoring of the portfolio, shared by the editor's pages and every view that
     *         shows the portfolio (listeners are told on the UI thread; do not release it), or
     *         {@code null} if the file could not be read
     */
    @Override
    public PortfolioScoring getScoring() {
        return scoring;
    }

    /**
     * @return the session behind {@link #getScoring()} (do not dispose it), or {@code null} if
     *         the file could not be read
     */
    public ScoringSession getScoringSession() {
        return scoring == null ? null : scoring.session();
    }

    /**
     * Gives a control of a page the editor's context menu: new elements; cut, copy, paste and
     * delete; and what plug-ins contribute to {@link #CONTEXT_MENU_ID}. The menu acts on the
     * editor's selection, so the control must belong to the page's
     * {@linkplain IPortfolioEditorPage#getSelectionSource() selection source}.
     *
     * @param control the control, in this editor
     */
    @Override
    public void hookContextMenu(Control control) {
        if (contextMenu == null) {
            contextMenu = editingActions.createContextMenu(CONTEXT_MENU_ID, selection);
            contextMenu.createContextMenu(control);
            getEditorSite().registerContextMenu(CONTEXT_MENU_ID, contextMenu, selection, false);
        }
        control.setMenu(contextMenu.createContextMenu(control));
        // The menu is shared: a control that goes must not take it with it.
        control.addDisposeListener(event -> control.setMenu(null));
    }

    @Override
    public IFile getFile() {
        return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** @return the editor's delete, cut, copy and paste actions (for its pages) */
    public EditingActions getEditingActions() {
        return editingActions;
    }

    /** @return how the editor asks its user questions */
    public EditorPrompts getPrompts() {
        return prompts;
    }

    /**
     * Replaces how the editor asks its user questions (tests answer from code).
     *
     * @param newPrompts the new prompts
     */
    public void setPrompts(EditorPrompts newPrompts) {
        this.prompts = newPrompts;
    }

    @Override
    public String getContributorId() {
        return ID;
    }

    @Override
    public boolean isDirty() {
        return editingDomain != null && ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    private void commandStackChanged(Command mostRecent) {
        if (getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        if (mostRecent != null && !(mostRecent instanceof SetCommand)) {
            IFormPage page = getActivePageInstance();
            Collection<?> affected = mostRecent.getAffectedObjects();
            if (page instanceof IPortfolioEditorPage portfolioPage && !affected.isEmpty()
                    && affected.stream().allMatch(o -> o instanceof EObject e && e.eResource() == resource
                            && canShow(portfolioPage, e))) {
                show(portfolioPage, List.copyOf(affected));
            }
        }
    }

    /**
     * Selects elements where they are best shown: on the active page if it can show them, else
     * on the page made for them (a use case on the use case page, a stage on the journey page),
     * else in the model tree.
     *
     * @param elements model elements of this portfolio; others are ignored
     */
    @Override
    public void showElements(Collection<?> elements) {
        reveal(elements);
    }

    /** @return whether some of the elements are now shown */
    private boolean reveal(Collection<?> elements) {
        List<EObject> shown = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof EObject eObject && eObject.eResource() == resource && resource != null) {
                shown.add(eObject);
            }
        }
        if (shown.isEmpty()) {
            return false;
        }
        EObject first = shown.get(0);
        IFormPage active = getActivePageInstance();
        if (active instanceof IPortfolioEditorPage page && canShow(page, first)) {
            show(page, shown);
            return true;
        }
        for (Object candidate : new ArrayList<Object>(pages)) {
            if (candidate instanceof IPortfolioEditorPage page && canShow(page, first)) {
                setActivePage(page.getId());
                show(page, shown);
                return true;
            }
        }
        return false;
    }

    private boolean canShow(IPortfolioEditorPage page, Object element) {
        return contributedPages.call(page, () -> page.canShow(element), Boolean.FALSE);
    }

    private void show(IPortfolioEditorPage page, List<?> elements) {
        contributedPages.run(page, () -> page.show(elements));
    }

    @Override
    public boolean open(Object element) {
        if (!(element instanceof EObject eObject) || resource == null || eObject.eResource() != resource) {
            return false;
        }
        for (Object candidate : new ArrayList<Object>(pages)) {
            if (candidate instanceof IPortfolioEditorPage page
                    && contributedPages.call(page, () -> page.canOpen(element), Boolean.FALSE)) {
                setActivePage(page.getId());
                if (getActivePageInstance() == page) {
                    return contributedPages.run(page, () -> page.open(element));
                }
            }
        }
        return false;
    }

    @Override
    public ISelectionProvider getSelectionProvider() {
        return selection;
    }

    @Override
    public List<IMarker> getFindings() {
        return findings == null ? List.of() : findings.findings();
    }

    @Override
    public EObject elementOf(IMarker marker) {
        return FindingsTracker.elementOf(resource, marker);
    }

    @Override
    public void addFindingsListener(Runnable listener) {
        if (findings != null) {
            findings.addListener(listener);
        }
    }

    @Override
    public void removeFindingsListener(Runnable listener) {
        if (findings != null) {
            findings.removeListener(listener);
        }
    }

    @Override
    public void addPortfolioListener(Runnable listener) {
        portfolioListeners.add(listener);
    }

    @Override
    public void removePortfolioListener(Runnable listener) {
        portfolioListeners.remove(listener);
    }

    /** @return whether the active page prints what it shows (File &gt; Print) */
    public boolean canPrint() {
        return getActivePageInstance() instanceof IPortfolioEditorPage page
                && contributedPages.call(page, page::canPrint, Boolean.FALSE);
    }

    /** Prints what the active page shows, if it {@linkplain #canPrint() can}. */
    public void print() {
        if (canPrint() && getActivePageInstance() instanceof IPortfolioEditorPage page) {
            contributedPages.run(page, page::print);
        }
    }

    /** Puts the keyboard focus in the details of the element selected on the active page. */
    public void focusDetails() {
        if (getActivePageInstance() instanceof IPortfolioEditorPage page) {
            contributedPages.run(page, page::focusDetails);
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        String uri = marker.getAttribute(EValidator.URI_ATTRIBUTE, null);
        if (uri == null || resource == null) {
            return;
        }
        EObject element = resource.getEObject(URI.createURI(uri).fragment());
        if (element != null) {
            showElements(List.of(element));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new PortfolioOutlinePage(this, selection, contributedPages);
            }
            return type.cast(outline);
        }
        if (type == IPropertySheetPage.class) {
            return type.cast(new TabbedPropertySheetPage(this) {
                private UndoRedoActions undoRedo;

                @Override
                public void setActionBars(IActionBars bars) {
                    super.setActionBars(bars);
                    // With the focus in Properties, Undo and Redo act on this portfolio.
                    undoRedo = new UndoRedoActions(bars);
                    undoRedo.bind(editingDomain == null ? null : editingDomain.getCommandStack());
                }

                @Override
                public void dispose() {
                    if (undoRedo != null) {
                        undoRedo.dispose();
                    }
                    super.dispose();
                }
            });
        }
        if (type == IGotoMarker.class || type == IElementRevealer.class || type == IPortfolioEditorSite.class) {
            return type.cast(this);
        }
        if (type == PortfolioScoring.class) {
            return type.cast(scoring);
        }
        if (type == ScoringSession.class) {
            return type.cast(getScoringSession());
        }
        if (type == Portfolio.class) {
            return type.cast(getPortfolio());
        }
        if (type == EditingDomain.class) {
            return type.cast(editingDomain);
        }
        return super.getAdapter(type);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return;
        }
        commitFieldBeingEdited();
        try {
            if (fileGuard.saveWouldOverwrite() && !prompts.overwrite(getEditorInput().getName())) {
                monitor.setCanceled(true);
                return;
            }
            ModelPersistence.save(resource);
            fileGuard.loadedOrSaved();
            ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            refreshWorkspaceFile(monitor);
        } catch (IOException e) {
            monitor.setCanceled(true);
            ErrorDialog.openError(getSite().getShell(), Messages.PortfolioEditor_saveFailedTitle,
                    Messages.bind(Messages.PortfolioEditor_saveFailed, getEditorInput().getName()),
                    Status.error(e.getMessage(), e));
        }
    }

    /** A value typed but not yet committed (the field still has the focus) is committed now. */
    private void commitFieldBeingEdited() {
        Control focus = getSite().getShell().getDisplay().getFocusControl();
        if (focus instanceof Text && getContainer() != null && !getContainer().isDisposed()) {
            getContainer().forceFocus();
            focus.setFocus();
        }
    }

    private void refreshWorkspaceFile(IProgressMonitor monitor) {
        IFile file = getFile();
        if (file != null) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            } catch (CoreException e) {
                // The file is saved; the workspace sees it at its next refresh.
                CartographUi.log(e.getMessage(), e);
            }
        }
    }

    private Path path() {
        IFile file = getFile();
        if (file != null) {
            return file.getLocation() == null ? null : file.getLocation().toPath();
        }
        if (getEditorInput() instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) { //$NON-NLS-1$
            return Path.of(uriInput.getURI());
        }
        return null;
    }

    @Override
    public void doSaveAs() {
        // Not offered: isSaveAsAllowed() is false. A copy is made with the New Portfolio wizard.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    private void checkFileOnActivation() {
        IFile file = getFile();
        if (file != null && file.exists() && !file.isSynchronized(IResource.DEPTH_ZERO)) {
            refreshWorkspaceFile(null);
        }
    }

    /** The file changed on disk: reload if clean, ask if dirty; ignore our own saves. */
    void fileChanged() {
        if (checkingFile || resource == null && loadError == null) {
            return;
        }
        checkingFile = true;
        try {
            if (fileGuard.check() == FileGuard.Change.NONE) {
                return;
            }
            if (!isDirty() || prompts.externalChange(getEditorInput().getName()) == EditorPrompts.ExternalChange.LOAD_THEIRS) {
                reload();
            } else {
                fileGuard.keepMine();
            }
        } catch (IOException e) {
            CartographUi.log(e.getMessage(), e);
        } finally {
            checkingFile = false;
        }
    }

    /**
     * Reads the file again, replacing the model: the command stack is emptied, the pages are
     * rebuilt on the same page and the selection is restored where the elements still exist.
     */
    public void reload() {
        IFormPage active = getActivePageInstance();
        String activeId = active == null ? null : active.getId();
        List<String> selected = selectedFragments();
        releaseScoring();
        try {
            URI uri = uriOf(getEditorInput());
            // Also a resource left behind by a load that failed: a new load must read the file again.
            for (Resource stale : List.copyOf(editingDomain.getResourceSet().getResources())) {
                if (stale == resource || stale.getURI().equals(uri)) {
                    stale.unload();
                    editingDomain.getResourceSet().getResources().remove(stale);
                }
            }
            load(uri);
        } catch (PartInitException e) {
            loadError = e.getMessage();
        }
        ((BasicCommandStack) editingDomain.getCommandStack()).flush();
        selection.setSource(null);
        while (getPageCount() > 0) {
            removePage(0);
        }
        addPages();
        if (activeId != null && findPage(activeId) != null) {
            setActivePage(activeId);
        } else {
            setActivePage(0);
        }
        if (outline != null) {
            outline.setInput(resource);
        }
        if (resource != null) {
            showElements(selected.stream().map(resource::getEObject).filter(e -> e != null).toList());
        }
        firePropertyChange(PROP_DIRTY);
        firePropertyChange(PROP_PORTFOLIO);
        for (Runnable listener : portfolioListeners) {
            SafeRunner.run(listener::run);
        }
    }

    private List<String> selectedFragments() {
        List<String> fragments = new ArrayList<>();
        if (resource != null && selection.getSelection() instanceof IStructuredSelection structured) {
            for (Object element : structured.toList()) {
                if (element instanceof EObject eObject && eObject.eResource() == resource) {
                    fragments.add(resource.getURIFragment(eObject));
                }
            }
        }
        return fragments;
    }

    @Override
    public void dispose() {
        if (synchronizer != null) {
            synchronizer.stop();
        }
        getSite().getPage().removePartListener(activation);
        if (editingActions != null) {
            editingActions.dispose();
        }
        releaseScoring();
        if (findings != null) {
            findings.dispose();
        }
        if (contextMenu != null) {
            contextMenu.dispose();
        }
        if (editingDomain != null) {
            editingDomain.getCommandStack().removeCommandStackListener(commandListener);
        }
        super.dispose();
        if (adapterFactory != null) {
            adapterFactory.dispose();
        }
    }

    /** What the editor does when its workspace file changes. */
    private final class FileHandler implements FileSynchronizer.Handler {
        private boolean closed() {
            return getContainer() == null || getContainer().isDisposed();
        }

        @Override
        public void fileChanged() {
            if (!closed()) {
                PortfolioEditor.this.fileChanged();
            }
        }

        @Override
        public void fileMoved(IFile newFile) {
            if (closed()) {
                return;
            }
            setInput(new FileEditorInput(newFile));
            setPartName(newFile.getName());
            if (resource != null && newFile.getLocation() != null) {
                resource.setURI(URI.createFileURI(newFile.getLocation().toOSString()));
            }
            synchronizer.setFile(newFile);
            firePropertyChange(PROP_INPUT);
        }

        @Override
        public void fileDeleted() {
            if (closed()) {
                return;
            }
            if (isDirty() && prompts.deleted(getEditorInput().getName()) == EditorPrompts.Deleted.KEEP) {
                fileGuard.forget();
                return;
            }
            getSite().getPage().closeEditor(PortfolioEditor.this, false);
        }
    }
}
