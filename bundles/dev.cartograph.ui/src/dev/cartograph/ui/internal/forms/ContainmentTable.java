// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ColumnWidths;
import dev.cartograph.ui.viewers.DataTypeValues;
import dev.cartograph.ui.viewers.Labels;
import dev.cartograph.ui.viewers.PropertyCellEditors;

/**
 * The elements of a containment (a business case's KPIs, a friction's evidence, a use case's
 * scores) as a table, edited in place: each column is an attribute, edited with the cell editor
 * that suits its type. Buttons add an element, delete the selected ones (with the references to
 * them) and move them up or down. Every change is a command on the editor's stack.
 */
public final class ContainmentTable {

    private final FieldFactory fields;
    private final EReference containment;
    private final Composite composite;
    private final TableViewer viewer;
    private final Map<EStructuralFeature, Function<Object, String>> texts = new HashMap<>();
    private final Map<EStructuralFeature, BiFunction<Composite, EObject, CellEditor>> editors = new HashMap<>();
    private final Button add;
    private final Button remove;
    private final Button up;
    private final Button down;
    private Function<EObject, EObject> factory;

    @SuppressWarnings({ "unchecked", "rawtypes" })
    ContainmentTable(FieldFactory fields, Composite parent, EReference containment, EStructuralFeature... columns) {
        this.fields = fields;
        this.containment = containment;
        factory = owner -> EcoreUtil.create(containment.getEReferenceType());
        composite = fields.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(composite);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(composite);
        fields.toolkit().paintBordersFor(composite);
        Composite tableArea = fields.toolkit().createComposite(composite);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 110).span(1, 4).applyTo(tableArea);
        TableColumnLayout layout = new TableColumnLayout();
        tableArea.setLayout(layout);
        viewer = new TableViewer(fields.toolkit().createTable(tableArea, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        WheelGuard.passOnAtEnd(viewer.getTable());
        for (EStructuralFeature column : columns) {
            addColumn(layout, column);
        }
        viewer.setContentProvider(new ObservableListContentProvider<>());
        IObservableList<Object> list = fields.own((IObservableList) EMFEditProperties
                .list(fields.editor().getEditingDomain(), containment).observeDetail((IObservableValue) fields.master()));
        viewer.setInput(list);
        ViewerRefresher.install(viewer, fields.editor().getAdapterFactory());
        TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        add = button(Messages.Fields_new, this::add);
        remove = button(Messages.Fields_delete, this::delete);
        up = button(Messages.Fields_up, () -> move(-1));
        down = button(Messages.Fields_down, () -> move(1));
        viewer.addSelectionChangedListener(event -> updateButtons());
        fields.master().addValueChangeListener(event -> updateButtons());
        updateButtons();
    }

    private Button button(String text, Runnable action) {
        Button button = fields.toolkit().createButton(composite, text, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(button);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /** @return how many characters a value of a feature that is not text needs, to be read whole */
    private static int characters(EStructuralFeature feature) {
        Class<?> type = feature.getEType().getInstanceClass();
        if (type != null && (java.util.Date.class.isAssignableFrom(type) || java.time.temporal.Temporal.class.isAssignableFrom(type))) {
            return 11;
        }
        return feature.getEType() instanceof org.eclipse.emf.ecore.EEnum ? 12 : 6;
    }

    private void addColumn(TableColumnLayout layout, EStructuralFeature feature) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEAD);
        column.getColumn().setText(Labels.feature(feature));
        boolean wide = feature.getEType().getInstanceClass() == String.class;
        layout.setColumnData(column.getColumn(), ColumnWidths.of(viewer.getTable(), column.getColumn().getText(), wide ? 30 : 12,
                wide ? 16 : characters(feature)));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text(feature, element);
            }
        });
        column.setEditingSupport(new FeatureEditing(feature));
    }

    private String text(EStructuralFeature feature, Object element) {
        if (!(element instanceof EObject object)) {
            return ""; //$NON-NLS-1$
        }
        Object value = object.eIsSet(feature) || !feature.isUnsettable() ? object.eGet(feature) : null;
        Function<Object, String> custom = texts.get(feature);
        if (custom != null) {
            return custom.apply(value);
        }
        if (feature.getEType() instanceof EEnum eEnum) {
            return Labels.literal(eEnum, value);
        }
        if (value instanceof Boolean flag) {
            return flag ? Messages.Fields_yes : Messages.Fields_no;
        }
        if (feature.getEType() instanceof EDataType type) {
            return DataTypeValues.toText(type, value);
        }
        return Labels.text(fields.editor().getAdapterFactory(), value);
    }

    /**
     * @param feature a column's attribute
     * @param text how to show its values instead of the default
     * @return this table
     */
    public ContainmentTable showAs(EStructuralFeature feature, Function<Object, String> text) {
        texts.put(feature, text);
        // The lines already shown were written with the default text.
        viewer.refresh(true);
        return this;
    }

    /**
     * @param feature a column's attribute
     * @param editor how to create its cell editor instead of the default
     * @return this table
     */
    public ContainmentTable editWith(EStructuralFeature feature, BiFunction<Composite, EObject, CellEditor> editor) {
        editors.put(feature, editor);
        return this;
    }

    /**
     * @param newElement creates the element the "New" button adds, given the owner
     * @return this table
     */
    public ContainmentTable createWith(Function<EObject, EObject> newElement) {
        this.factory = newElement;
        return this;
    }

    private void updateButtons() {
        if (composite.isDisposed()) {
            return;
        }
        boolean selected = !viewer.getSelection().isEmpty();
        add.setEnabled(fields.hasElement());
        remove.setEnabled(selected);
        up.setEnabled(selected && viewer.getStructuredSelection().size() == 1);
        down.setEnabled(selected && viewer.getStructuredSelection().size() == 1);
    }

    private EObject owner() {
        return fields.master().getValue() instanceof EObject owner ? owner : null;
    }

    /** Adds a new element at the end (what the "New" button does), and starts editing it. */
    public void add() {
        EObject owner = owner();
        if (owner == null) {
            return;
        }
        EObject element = factory.apply(owner);
        EditingDomain domain = fields.editor().getEditingDomain();
        domain.getCommandStack().execute(AddCommand.create(domain, owner, containment, element));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
        viewer.editElement(element, 0);
    }

    private void delete() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (!selected.isEmpty()) {
            EditingDomain domain = fields.editor().getEditingDomain();
            domain.getCommandStack().execute(DeleteCommand.create(domain, selected));
        }
    }

    private void move(int delta) {
        EObject owner = owner();
        Object element = viewer.getStructuredSelection().getFirstElement();
        if (owner == null || element == null) {
            return;
        }
        List<?> list = (List<?>) owner.eGet(containment);
        int index = list.indexOf(element) + delta;
        if (index >= 0 && index < list.size()) {
            EditingDomain domain = fields.editor().getEditingDomain();
            domain.getCommandStack().execute(MoveCommand.create(domain, owner, containment, element, index));
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
        }
    }

    /** @return the table's control */
    public Control getControl() {
        return composite;
    }

    /** @return the table */
    public TableViewer getViewer() {
        return viewer;
    }

    /** Edits one column's attribute in place, through the item property descriptor. */
    private final class FeatureEditing extends EditingSupport {
        private final EStructuralFeature feature;

        FeatureEditing(EStructuralFeature feature) {
            super(viewer);
            this.feature = feature;
        }

        private IItemPropertyDescriptor descriptor(Object element) {
            return element instanceof EObject object
                    ? Labels.descriptor(fields.editor().getAdapterFactory(), object, feature)
                    : null;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            BiFunction<Composite, EObject, CellEditor> custom = editors.get(feature);
            if (custom != null) {
                return custom.apply(viewer.getTable(), (EObject) element);
            }
            IItemPropertyDescriptor descriptor = descriptor(element);
            return descriptor == null ? null : PropertyCellEditors.create(viewer.getTable(), element, descriptor);
        }

        @Override
        protected boolean canEdit(Object element) {
            IItemPropertyDescriptor descriptor = descriptor(element);
            return descriptor != null && descriptor.canSetProperty(element);
        }

        @Override
        protected Object getValue(Object element) {
            Object value = descriptor(element).getPropertyValue(element);
            return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(element) : value;
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (!(element instanceof EObject object) || object.eGet(feature) == value
                    || value != null && value.equals(object.eGet(feature)) && object.eIsSet(feature)) {
                return;
            }
            EditingDomain domain = fields.editor().getEditingDomain();
            domain.getCommandStack().execute(SetCommand.create(domain, object, feature, value));
        }
    }
}
