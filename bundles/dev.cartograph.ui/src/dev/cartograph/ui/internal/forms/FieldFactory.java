// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.DataTypeValues;
import dev.cartograph.ui.viewers.Labels;

/**
 * Creates the fields of a form, each bound to one feature of the element held by a master
 * observable (the element selected in a list, or the business case of the selected use case).
 * Every change a user makes is a command on the editor's command stack; the fields follow the
 * model (undo, changes made elsewhere). Text is committed shortly after the user stops typing,
 * and when the field loses the focus; text that is not a valid value is refused, with a marker
 * and a message that says what to type.
 */
public final class FieldFactory {

    private static final int TYPING_DELAY = 400;

    private final PortfolioEditor editor;
    private final FormToolkit toolkit;
    private final DataBindingContext context;
    private final IObservableValue<?> master;
    private final List<IObservable> owned = new ArrayList<>();
    private final Map<EStructuralFeature, Control> controls = new HashMap<>();
    private final List<FieldFactory> details = new ArrayList<>();
    private final Map<EStructuralFeature, Binding> bindings = new HashMap<>();
    private final Map<EReference, ContainmentTable> tables = new HashMap<>();

    /**
     * @param editor the editor whose elements are edited
     * @param toolkit the form's toolkit
     * @param context the binding context, disposed by the caller
     * @param master holds the element edited, or {@code null}
     */
    public FieldFactory(PortfolioEditor editor, FormToolkit toolkit, DataBindingContext context, IObservableValue<?> master) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.context = context;
        this.master = master;
    }

    /** @return the editor */
    public PortfolioEditor editor() {
        return editor;
    }

    /** @return the form toolkit */
    public FormToolkit toolkit() {
        return toolkit;
    }

    /** @return the observable that holds the element edited */
    public IObservableValue<?> master() {
        return master;
    }

    /**
     * @param reference a single-valued containment of the master's element (a use case's
     *        business case)
     * @return a factory whose fields edit the element held there
     */
    public FieldFactory detail(EReference reference) {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        IObservableValue<?> detail = own(
                EMFEditProperties.value(editor.getEditingDomain(), reference).observeDetail((IObservableValue) master));
        FieldFactory factory = new FieldFactory(editor, toolkit, context, detail);
        details.add(factory);
        return factory;
    }

    /**
     * @param feature a feature
     * @return the control created for it, or {@code null}
     */
    public Control control(EStructuralFeature feature) {
        Control control = controls.get(feature);
        for (int i = 0; control == null && i < details.size(); i++) {
            control = details.get(i).control(feature);
        }
        return control;
    }

    /**
     * @param feature a feature with a text field
     * @return the message shown beside the field when its text is not a valid value, or
     *         {@code null} when it is valid
     */
    public String problem(EStructuralFeature feature) {
        Binding binding = bindings.get(feature);
        for (int i = 0; binding == null && i < details.size(); i++) {
            String problem = details.get(i).problem(feature);
            if (problem != null) {
                return problem;
            }
        }
        if (binding == null) {
            return null;
        }
        IStatus status = binding.getValidationStatus().getValue();
        return status.isOK() ? null : status.getMessage();
    }

    /**
     * Creates a titled section whose client has two columns (labels and fields).
     *
     * @param parent the parent
     * @param title the section title
     * @param description a line under the title, or {@code null}
     * @return the client composite to add fields to
     */
    public Composite section(Composite parent, String title, String description) {
        int style = ExpandableComposite.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION);
        Section section = toolkit.createSection(parent, style);
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 6).applyTo(client);
        section.setClient(client);
        toolkit.paintBordersFor(client);
        return client;
    }

    /**
     * Creates a field for each feature, of the kind that suits its type.
     *
     * @param parent a composite with two columns
     * @param features the features
     */
    public void fields(Composite parent, EStructuralFeature... features) {
        for (EStructuralFeature feature : features) {
            field(parent, feature);
        }
    }

    /**
     * @param parent a composite with two columns
     * @param feature a feature
     * @return the field created for it
     */
    public Control field(Composite parent, EStructuralFeature feature) {
        if (feature instanceof EReference reference) {
            return reference.isMany() ? references(parent, reference).getControl() : reference(parent, reference).getControl();
        }
        if (feature.getEType() instanceof EEnum) {
            return choice(parent, feature).getControl();
        }
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == boolean.class || type == Boolean.class) {
            return check(parent, feature);
        }
        if (feature == CartographPackage.Literals.NAMED_ELEMENT__DESCRIPTION) {
            return multiLine(parent, feature, 4);
        }
        return text(parent, feature);
    }

    /**
     * @param parent a composite with two columns
     * @param feature an attribute of a data type (text, number, date)
     * @return a single-line text field
     */
    public Text text(Composite parent, EStructuralFeature feature) {
        label(parent, feature, false);
        Text text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(text);
        bindText(text, feature);
        return text;
    }

    /**
     * @param parent a composite with two columns
     * @param feature a text attribute
     * @param lines how many lines to show
     * @return a wrapping multi-line text field
     */
    public Text multiLine(Composite parent, EStructuralFeature feature, int lines) {
        label(parent, feature, true);
        Text text = toolkit.createText(parent, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(120, text.getLineHeight() * lines).applyTo(text);
        WheelGuard.passOnAtEnd(text);
        bindText(text, feature);
        return text;
    }

    private void bindText(Text text, EStructuralFeature feature) {
        IObservableValue<String> target = own(WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_DELAY, text));
        IObservableValue<Object> model = own(model(feature));
        EDataType type = (EDataType) feature.getEType();
        UpdateValueStrategy<String, Object> toModel = UpdateValueStrategy
                .create(IConverter.create(String.class, Object.class, value -> DataTypeValues.fromText(feature, value)));
        toModel.setAfterGetValidator(value -> {
            String problem = DataTypeValues.validate(feature, value);
            return problem == null ? ValidationStatus.ok() : ValidationStatus.error(problem);
        });
        UpdateValueStrategy<Object, String> toText = UpdateValueStrategy
                .create(IConverter.create(Object.class, String.class, value -> DataTypeValues.toText(type, value)));
        Binding binding = context.bindValue(target, model, toModel, toText);
        ControlDecorationSupport.create(binding, SWT.TOP | SWT.LEFT);
        bindings.put(feature, binding);
        controls.put(feature, text);
    }

    /**
     * @param parent a composite with two columns
     * @param feature an attribute whose type is an enumeration
     * @return a read-only drop-down list of its values, with their labels
     */
    public ComboViewer choice(Composite parent, EStructuralFeature feature) {
        label(parent, feature, false);
        ComboViewer viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        toolkit.adapt(viewer.getCombo(), true, false);
        WheelGuard.install(viewer.getCombo());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(viewer.getControl());
        EEnum eEnum = (EEnum) feature.getEType();
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return Labels.literal(eEnum, element);
            }
        });
        viewer.setInput(eEnum.getELiterals().stream().map(EEnumLiteral::getInstance).toArray());
        context.bindValue(own(ViewerProperties.singleSelection().observe(viewer)), own(model(feature)));
        controls.put(feature, viewer.getControl());
        return viewer;
    }

    /**
     * @param parent a composite with two columns
     * @param feature a boolean attribute
     * @return a check box labelled with the feature's name
     */
    public Button check(Composite parent, EStructuralFeature feature) {
        toolkit.createLabel(parent, ""); //$NON-NLS-1$
        Button button = toolkit.createButton(parent, Labels.feature(feature), SWT.CHECK);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        context.bindValue(own(WidgetProperties.buttonSelection().observe(button)), own(model(feature)));
        controls.put(feature, button);
        return button;
    }

    /**
     * @param parent a composite with two columns
     * @param reference a single-valued reference
     * @return a link to the target, with a button to choose another
     */
    public ReferenceField reference(Composite parent, EReference reference) {
        label(parent, reference, false);
        ReferenceField field = new ReferenceField(this, parent, reference);
        controls.put(reference, field.getControl());
        return field;
    }

    /**
     * @param parent a composite with two columns
     * @param reference a multi-valued reference
     * @return the list of targets, with buttons to add and remove
     */
    public ReferenceListField references(Composite parent, EReference reference) {
        return references(parent, reference, 4);
    }

    /**
     * @param parent a composite with two columns
     * @param reference a multi-valued reference
     * @param rows how many targets to show without scrolling
     * @return the list of targets, with buttons to add and remove
     */
    public ReferenceListField references(Composite parent, EReference reference, int rows) {
        label(parent, reference, true);
        ReferenceListField field = new ReferenceListField(this, parent, reference, rows);
        controls.put(reference, field.getControl());
        return field;
    }

    /**
     * @param parent any composite
     * @param containment a multi-valued containment of the master's element
     * @param columns the attributes shown (and edited in place) as columns
     * @return the table of contained elements, with buttons to add, remove and move
     */
    public ContainmentTable table(Composite parent, EReference containment, EStructuralFeature... columns) {
        ContainmentTable table = new ContainmentTable(this, parent, containment, columns);
        controls.put(containment, table.getControl());
        tables.put(containment, table);
        return table;
    }

    /**
     * @param containment a containment shown as a table by this factory or one of its details
     * @return that table, or {@code null}
     */
    public ContainmentTable table(EReference containment) {
        ContainmentTable table = tables.get(containment);
        for (int i = 0; table == null && i < details.size(); i++) {
            table = details.get(i).table(containment);
        }
        return table;
    }

    /** The amounts of a business case, in the portfolio's currency. */
    private static final Set<EStructuralFeature> MONEY = Set.of(CartographPackage.Literals.BUSINESS_CASE__ONE_OFF_COST,
            CartographPackage.Literals.BUSINESS_CASE__RUNNING_COST_PER_YEAR,
            CartographPackage.Literals.BUSINESS_CASE__ANNUAL_REVENUE_GAINED,
            CartographPackage.Literals.BUSINESS_CASE__ANNUAL_COST_AVOIDED);

    private Label label(Composite parent, EStructuralFeature feature, boolean top) {
        String currency = MONEY.contains(feature) && editor.getPortfolio() != null ? editor.getPortfolio().getCurrency() : null;
        String name = currency == null || currency.isBlank() ? Labels.feature(feature)
                : Messages.bind(Messages.Fields_money, Labels.feature(feature), currency.strip());
        Label label = toolkit.createLabel(parent, Messages.bind(Messages.Fields_label, name));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).indent(0, top ? 3 : 0)
                .applyTo(label);
        return label;
    }

    /**
     * @param feature a feature of the master's element
     * @return an observable of its value that changes it with commands
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public IObservableValue<Object> model(EStructuralFeature feature) {
        return (IObservableValue) EMFEditProperties.value(editor.getEditingDomain(), feature).observeDetail((IObservableValue) master);
    }

    /**
     * @param observable an observable this factory created
     * @return the same observable, disposed with the factory
     */
    <T extends IObservable> T own(T observable) {
        owned.add(observable);
        return observable;
    }

    /** @return whether the master holds an element */
    boolean hasElement() {
        return master.getValue() != null;
    }

    /** Disposes the observables this factory (and the factories of its details) created. */
    public void dispose() {
        details.forEach(FieldFactory::dispose);
        details.clear();
        for (IObservable observable : owned) {
            if (!observable.isDisposed()) {
                observable.dispose();
            }
        }
        owned.clear();
    }
}
