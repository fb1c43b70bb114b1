// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.PropertyType;
import dev.cartograph.model.PropertyValue;
import dev.cartograph.model.properties.PropertyValues;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.viewers.ChoiceCellEditor;

/** How the Properties table of an element shows and edits the values of the portfolio's own properties. */
final class PropertyEditing {

    private PropertyEditing() {
    }

    private static boolean french() {
        return Locale.FRENCH.getLanguage().equals(Locale.getDefault().getLanguage());
    }

    private static Portfolio portfolioOf(EObject element) {
        EObject current = element;
        while (current != null && !(current instanceof Portfolio)) {
            current = current.eContainer();
        }
        return (Portfolio) current;
    }

    /**
     * @param portfolio the portfolio
     * @param key a key
     * @return its definition's label, or the key itself when the portfolio does not define it
     */
    static String keyLabel(Portfolio portfolio, Object key) {
        if (key == null) {
            return ""; //$NON-NLS-1$
        }
        return PropertyValues.definition(portfolio, key.toString()).map(d -> PropertyValues.label(d, french()))
                .orElse(Messages.bind(Messages.Property_undefined, key));
    }

    /** The keys an element can take: the definitions that apply to its kind. */
    static CellEditor keyEditor(Composite table, EObject value) {
        EObject owner = value.eContainer();
        Portfolio portfolio = portfolioOf(value);
        List<Object> keys = new ArrayList<>();
        if (owner != null) {
            for (PropertyDefinition definition : PropertyValues.applicableTo(portfolio, owner.eClass())) {
                keys.add(definition.getKey());
            }
        }
        return new ChoiceCellEditor(table, keys, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return keyLabel(portfolio, element);
            }
        });
    }

    /** Yes and no in the user's words; other values as they are. */
    static String valueLabel(Object value) {
        if (PropertyValues.YES.equals(value)) {
            return Messages.Fields_yes;
        }
        if (PropertyValues.NO.equals(value)) {
            return Messages.Fields_no;
        }
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    /** A list of a choice property's choices or of yes/no, else a text. */
    static CellEditor valueEditor(Composite table, EObject element) {
        PropertyValue value = (PropertyValue) element;
        PropertyDefinition definition = PropertyValues.definition(portfolioOf(element), value.getKey()).orElse(null);
        PropertyType type = definition == null || definition.getType() == null ? PropertyType.TEXT : definition.getType();
        if (type == PropertyType.CHOICE && !definition.getChoices().isEmpty()) {
            return new ChoiceCellEditor(table, new ArrayList<>(definition.getChoices()), new LabelProvider());
        }
        if (type == PropertyType.YES_NO) {
            return new ChoiceCellEditor(table, List.of(PropertyValues.YES, PropertyValues.NO), new LabelProvider() {
                @Override
                public String getText(Object item) {
                    return valueLabel(item);
                }
            });
        }
        return new TextCellEditor(table);
    }

    /** A new value: for the first property that applies to the element and that it has no value for yet. */
    static EObject newValue(EObject owner) {
        PropertyValue value = CartographFactory.eINSTANCE.createPropertyValue();
        Portfolio portfolio = portfolioOf(owner);
        for (PropertyDefinition definition : PropertyValues.applicableTo(portfolio, owner.eClass())) {
            if (owner instanceof NamedElement named && PropertyValues.find(named, definition.getKey()) == null) {
                value.setKey(definition.getKey());
                return value;
            }
        }
        value.setKey(""); //$NON-NLS-1$
        return value;
    }
}
