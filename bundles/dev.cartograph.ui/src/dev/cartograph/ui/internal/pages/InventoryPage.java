// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.Observables;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.OrganisationUnit;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.UnitKind;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.ContainmentTable;
import dev.cartograph.ui.internal.forms.FieldFactory;

/**
 * What an inventory brings besides the method's own fields: the portfolio's own properties
 * (key, English and French labels, type, the choices of a choice property, the kinds of element
 * they apply to), whose values every use case then carries on its page; and the organisation
 * units (departments, agencies, business units, each possibly part of another) that use cases
 * and workflows belong to.
 */
public final class InventoryPage extends PortfolioFormPage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.inventory"; //$NON-NLS-1$

    private DataBindingContext context;
    private FieldFactory fields;
    private ContainmentTable definitions;
    private ContainmentTable units;

    /** @param editor the editor */
    public InventoryPage(PortfolioEditor editor) {
        super(editor, ID, Messages.InventoryPage_title, CartographImages.PROPERTY_DEFINITION);
    }

    @Override
    protected void createContent(IManagedForm managedForm) {
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        GridLayoutFactory.swtDefaults().numColumns(1).spacing(16, 12).applyTo(body);
        Composite column = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(column);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
        context = new DataBindingContext();
        fields = new FieldFactory(editor(), toolkit, context, Observables.constantObservableValue(editor().getPortfolio()));
        Composite properties = fields.section(column, Messages.InventoryPage_properties,
                Messages.InventoryPage_propertiesDescription);
        definitions = fields.table(properties, Literals.PORTFOLIO__PROPERTY_DEFINITIONS, Literals.PROPERTY_DEFINITION__KEY,
                Literals.PROPERTY_DEFINITION__NAME, Literals.PROPERTY_DEFINITION__NAME_FR, Literals.PROPERTY_DEFINITION__TYPE,
                Literals.PROPERTY_DEFINITION__CHOICES, Literals.PROPERTY_DEFINITION__APPLIES_TO)
                .showAs(Literals.PROPERTY_DEFINITION__CHOICES, TextListCellEditor::join)
                .editWith(Literals.PROPERTY_DEFINITION__CHOICES, (table, element) -> new TextListCellEditor(table))
                .showAs(Literals.PROPERTY_DEFINITION__APPLIES_TO, InventoryPage::kinds)
                .editWith(Literals.PROPERTY_DEFINITION__APPLIES_TO, (table, element) -> new TextListCellEditor(table))
                .createWith(owner -> newDefinition());
        Composite units = fields.section(column, Messages.InventoryPage_units, Messages.InventoryPage_unitsDescription);
        this.units = fields.table(units, Literals.PORTFOLIO__UNITS, Literals.NAMED_ELEMENT__NAME,
                Literals.ORGANISATION_UNIT__KIND, Literals.ORGANISATION_UNIT__PARENT, Literals.NAMED_ELEMENT__DESCRIPTION)
                .createWith(owner -> newUnit());
        setSelectionSource(definitions.getViewer());
    }

    private OrganisationUnit newUnit() {
        OrganisationUnit unit = CartographFactory.eINSTANCE.createOrganisationUnit();
        unit.setName(Messages.bind(Messages.InventoryPage_newUnit, editor().getPortfolio().getUnits().size() + 1));
        unit.setKind(UnitKind.DEPARTMENT);
        return unit;
    }

    private static String kinds(Object value) {
        String text = TextListCellEditor.join(value);
        return text.isEmpty() ? Messages.InventoryPage_everyKind : text;
    }

    private PropertyDefinition newDefinition() {
        PropertyDefinition definition = CartographFactory.eINSTANCE.createPropertyDefinition();
        int n = editor().getPortfolio().getPropertyDefinitions().size() + 1;
        String key = "property" + n; //$NON-NLS-1$
        while (dev.cartograph.model.properties.PropertyValues.definition(editor().getPortfolio(), key).isPresent()) {
            key = "property" + ++n; //$NON-NLS-1$
        }
        definition.setKey(key);
        definition.setName(Messages.bind(Messages.InventoryPage_newProperty, n));
        definition.setType(PropertyType.TEXT);
        definition.getAppliesTo().add(Literals.USE_CASE.getName());
        return definition;
    }

    @Override
    public boolean canShow(Object element) {
        return element instanceof PropertyDefinition || element instanceof OrganisationUnit;
    }

    @Override
    public void show(List<?> elements) {
        ContainmentTable table = elements.stream().anyMatch(OrganisationUnit.class::isInstance) ? units : definitions;
        table.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(elements), true);
    }

    /** @return the table of the portfolio's organisation units */
    public ContainmentTable getUnits() {
        return units;
    }

    /** @return the table of the portfolio's property definitions */
    public ContainmentTable getDefinitions() {
        return definitions;
    }

    @Override
    public void dispose() {
        if (context != null) {
            context.dispose();
        }
        if (fields != null) {
            fields.dispose();
        }
        super.dispose();
    }
}
