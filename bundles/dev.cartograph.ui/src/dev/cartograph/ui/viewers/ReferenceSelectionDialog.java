// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.viewers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.cartograph.ui.internal.Messages;

/**
 * Lets the user pick the target of a reference among its possible values: one (a list) or
 * several (a checked list), with a filter on the name and, for each candidate, the element it
 * belongs to (a step's workflow, a stage's journey), since names repeat across a portfolio.
 */
public class ReferenceSelectionDialog extends Dialog {

    private static final Object NONE = new Object();

    private final String title;
    private final String message;
    private final ILabelProvider labels;
    private final List<Object> choices;
    private final boolean multiple;
    private final Set<Object> checked = new LinkedHashSet<>();
    private Object chosen = NONE;
    private Text filter;
    private TableViewer viewer;
    private List<Object> result;

    /**
     * @param shell the parent shell
     * @param title the dialog title
     * @param message what to choose, shown above the list
     * @param labels the labels of the candidates
     * @param choices the candidates; for a single reference, {@code null} among them is
     *        offered as "none"
     * @param multiple whether several may be chosen
     */
    public ReferenceSelectionDialog(Shell shell, String title, String message, ILabelProvider labels,
            Collection<?> choices, boolean multiple) {
        super(shell);
        this.title = title;
        this.message = message;
        this.labels = labels;
        this.choices = new ArrayList<>();
        for (Object choice : choices) {
            this.choices.add(choice == null ? NONE : choice);
        }
        this.multiple = multiple;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @param initial the values chosen when the dialog opens */
    public void setInitialSelection(Collection<?> initial) {
        checked.clear();
        if (initial != null) {
            checked.addAll(initial);
        }
        chosen = initial == null || initial.isEmpty() ? NONE : initial.iterator().next();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(560, 480);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout());
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(message);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(intro);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.ReferenceSelectionDialog_filter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        filter.addModifyListener(e -> viewer.refresh());
        createList(area);
        viewer.setInput(choices);
        if (!multiple && chosen != NONE) {
            viewer.setSelection(new StructuredSelection(chosen), true);
        }
        filter.setFocus();
        return area;
    }

    private void createList(Composite area) {
        Composite tableArea = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        int style = SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL;
        if (multiple) {
            CheckboxTableViewer checkViewer = CheckboxTableViewer.newCheckList(tableArea, style);
            checkViewer.setCheckStateProvider(new ICheckStateProvider() {
                @Override
                public boolean isChecked(Object element) {
                    return checked.contains(element);
                }

                @Override
                public boolean isGrayed(Object element) {
                    return false;
                }
            });
            checkViewer.addCheckStateListener(e -> {
                if (e.getChecked()) {
                    checked.add(e.getElement());
                } else {
                    checked.remove(e.getElement());
                }
            });
            viewer = checkViewer;
        } else {
            viewer = new TableViewer(tableArea, style | SWT.SINGLE);
            viewer.addDoubleClickListener(e -> okPressed());
        }
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEAD);
        name.getColumn().setText(Messages.ReferenceSelectionDialog_name);
        name.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element == NONE ? Messages.ReferenceSelectionDialog_none : labels.getText(element);
            }

            @Override
            public Image getImage(Object element) {
                return element == NONE ? null : labels.getImage(element);
            }
        });
        layout.setColumnData(name.getColumn(), new ColumnWeightData(60));
        TableViewerColumn in = new TableViewerColumn(viewer, SWT.LEAD);
        in.getColumn().setText(Messages.ReferenceSelectionDialog_in);
        in.setLabelProvider(ColumnLabelProvider.createTextProvider(this::containerText));
        layout.setColumnData(in.getColumn(), new ColumnWeightData(40));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parent, Object element) {
                String text = filter.getText().strip().toLowerCase(Locale.ROOT);
                if (text.isEmpty() || element == NONE) {
                    return true;
                }
                return labels.getText(element).toLowerCase(Locale.ROOT).contains(text)
                        || containerText(element).toLowerCase(Locale.ROOT).contains(text);
            }
        });
    }

    private String containerText(Object element) {
        if (element instanceof EObject eObject && eObject.eContainer() != null && eObject.eContainer().eContainer() != null) {
            return labels.getText(eObject.eContainer());
        }
        return ""; //$NON-NLS-1$
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (multiple) {
            result = new ArrayList<>(checked);
        } else {
            Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
            List<Object> single = new ArrayList<>(1);
            single.add(selected == null || selected == NONE ? null : selected);
            result = single;
        }
        super.okPressed();
    }

    /**
     * @return the chosen values (those chosen before first, in their order): for a single reference, a list
     *         of one element, which is {@code null} for "none"; {@code null} if the dialog was
     *         cancelled
     */
    public List<Object> getResult() {
        return result;
    }

    /** @return the list of candidates, for tests that drive the dialog */
    public TableViewer getViewer() {
        return viewer;
    }

    /** @return the filter field, for tests that drive the dialog */
    public Text getFilter() {
        return filter;
    }
}
