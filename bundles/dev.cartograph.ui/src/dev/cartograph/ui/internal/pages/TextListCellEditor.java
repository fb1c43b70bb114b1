// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits a list of texts (a many-valued text attribute, such as a choice property's choices) as
 * one line, the items separated by commas; blank items are dropped.
 */
final class TextListCellEditor extends TextCellEditor {

    TextListCellEditor(Composite parent) {
        super(parent);
    }

    /**
     * @param value a list of texts, or anything else
     * @return its items separated by commas
     */
    static String join(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return value == null ? "" : value.toString(); //$NON-NLS-1$
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            texts.add(String.valueOf(item));
        }
        return String.join(", ", texts); //$NON-NLS-1$
    }

    /**
     * @param text items separated by commas
     * @return the items, trimmed, blank ones dropped
     */
    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",")) { //$NON-NLS-1$
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(join(value));
    }

    @Override
    protected Object doGetValue() {
        return split((String) super.doGetValue());
    }
}
