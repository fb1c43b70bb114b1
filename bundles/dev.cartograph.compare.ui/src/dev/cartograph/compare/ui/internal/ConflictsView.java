// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.report.ChangeDescriptions;
import dev.cartograph.compare.report.ModelVocabulary;
import dev.cartograph.model.Portfolio;

/**
 * The conflicts recorded for the portfolio of the active editor (after a merge: {@code FILE.conflicts} beside the
 * file), each with the common ancestor's value, ours (what the file holds) and theirs. <i>Take Ours</i> and <i>Take
 * Theirs</i> resolve the selected conflict with an undoable command on the editor's command stack; saving the
 * portfolio writes the conflicts left, and removes the record once none is. The view knows the editor only through
 * its adapters (editing domain, portfolio) and its file.
 */
public final class ConflictsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "dev.cartograph.compare.ui.conflictsView"; //$NON-NLS-1$

    private Label summary;
    private TableViewer viewer;
    private Button ours;
    private Button theirs;
    private IEditorPart editor;
    private EditingDomain domain;
    private Resource resource;
    private PendingConflicts pending;
    private ChangeDescriptions words;

    private final IPropertyListener saveListener = (source, property) -> {
        if (property == IEditorPart.PROP_DIRTY && editor != null && !editor.isDirty() && pending != null) {
            try {
                pending.saved();
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), getPartName(),
                        NLS.bind(Messages.ConflictsView_saveFailed, e.getMessage()));
            }
        }
    };

    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof IEditorPart activated && activated != editor) {
                bind(activated);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                bind(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        column(Messages.ConflictsView_element, 260, c -> words.element(c.elementId(), c.className()));
        column(Messages.ConflictsView_feature, 140, c -> c.feature() == null ? Messages.ConflictsView_deleted
                : words.feature(c.className(), c.feature()));
        column(Messages.ConflictsView_base, 160, c -> text(words.value(c.className(), c.feature(), c.base())));
        column(Messages.ConflictsView_ours, 160, c -> text(words.value(c.className(), c.feature(), c.ours())));
        column(Messages.ConflictsView_theirs, 160, c -> text(words.value(c.className(), c.feature(), c.theirs())));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ours = button(parent, Messages.ConflictsView_takeOurs, false);
        theirs = button(parent, Messages.ConflictsView_takeTheirs, true);
        viewer.addSelectionChangedListener(event -> updateButtons());
        getSite().getPage().addPartListener(partListener);
        bind(getSite().getPage().getActiveEditor());
    }

    private void column(String header, int width, Function<Conflict, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Conflict) element);
            }
        });
    }

    private static String text(String value) {
        return value == null ? Messages.DiffView_none : value.replace('\n', ' ');
    }

    private Button button(Composite parent, String text, boolean takeTheirs) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        button.addListener(SWT.Selection, event -> resolve(takeTheirs));
        return button;
    }

    /** Shows the conflicts of an editor's portfolio, or none. */
    void bind(IEditorPart part) {
        if (editor != null) {
            editor.removePropertyListener(saveListener);
        }
        editor = null;
        domain = null;
        resource = null;
        pending = null;
        IFile file = part != null && part.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
        Portfolio portfolio = part == null ? null : Adapters.adapt(part, Portfolio.class);
        EditingDomain editing = part == null ? null : Adapters.adapt(part, EditingDomain.class);
        if (file != null && file.getLocation() != null && portfolio != null && editing != null) {
            try {
                pending = PendingConflicts.read(file.getLocation().toFile().toPath());
                editor = part;
                domain = editing;
                resource = portfolio.eResource();
                words = new ChangeDescriptions(null, resource, new ModelVocabulary(Locale.getDefault()));
                editor.addPropertyListener(saveListener);
                pending.addListener(this::refresh);
            } catch (IOException e) {
                pending = null;
                summary.setText(NLS.bind(Messages.ConflictsView_unreadable, file.getName(), e.getMessage()));
            }
        }
        refresh();
    }

    private void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (pending == null) {
            if (editor == null && (summary.getText().isEmpty() || domain == null)) {
                summary.setText(Messages.ConflictsView_noEditor);
            }
            viewer.setInput(new Object[0]);
        } else {
            int count = pending.conflicts().size();
            summary.setText(count == 0 ? Messages.ConflictsView_none
                    : NLS.bind(Messages.ConflictsView_count, count, pending.file().getFileName()));
            viewer.setInput(pending.conflicts().toArray());
        }
        summary.getParent().layout();
        updateButtons();
    }

    private Conflict selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Conflict conflict ? conflict
                : null;
    }

    private void updateButtons() {
        Conflict conflict = selected();
        ours.setEnabled(conflict != null && command(conflict, false) != null);
        theirs.setEnabled(conflict != null && command(conflict, true) != null);
    }

    private ResolveConflictCommand command(Conflict conflict, boolean takeTheirs) {
        return domain == null ? null : ResolveConflictCommand.create(domain, resource, pending, conflict, takeTheirs);
    }

    /** Resolves the selected conflict with our side or theirs. */
    void resolve(boolean takeTheirs) {
        Conflict conflict = selected();
        ResolveConflictCommand command = conflict == null ? null : command(conflict, takeTheirs);
        if (command == null) {
            return;
        }
        domain.getCommandStack().execute(command);
        if (pending.conflicts().contains(conflict)) {
            MessageDialog.openError(getSite().getShell(), getPartName(), Messages.ConflictsView_cannotApply);
        }
    }

    /** @return the table, for tests */
    TableViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (editor != null) {
            editor.removePropertyListener(saveListener);
        }
        super.dispose();
    }
}
