// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.PropertyDefinition;
import dev.cartograph.model.properties.PropertyValues;

/**
 * The portfolio's own properties chosen with {@code --columns KEY,KEY}: one text column each,
 * keyed {@code property.KEY} in JSON and CSV and headed with the property's label.
 */
final class PropertyColumns {

    /** The option's name. */
    static final String OPTION = "columns"; //$NON-NLS-1$

    /** No property column. */
    static final PropertyColumns NONE = new PropertyColumns(List.of());

    private final List<PropertyDefinition> definitions;

    private PropertyColumns(List<PropertyDefinition> definitions) {
        this.definitions = definitions;
    }

    /**
     * @param invocation the invocation
     * @param loaded the portfolio
     * @return the columns the option names, none without it
     * @throws InputException if a key is not one of the portfolio's properties
     */
    static PropertyColumns of(Invocation invocation, LoadedPortfolio loaded) throws InputException {
        String option = invocation.option(OPTION).orElse(""); //$NON-NLS-1$
        List<PropertyDefinition> chosen = new ArrayList<>();
        for (String key : option.split(",")) { //$NON-NLS-1$
            String trimmed = key.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            PropertyDefinition definition = PropertyValues.definition(loaded.portfolio(), trimmed).orElse(null);
            if (definition == null) {
                String known = loaded.portfolio().getPropertyDefinitions().stream().map(PropertyDefinition::getKey)
                        .collect(Collectors.joining(", ")); //$NON-NLS-1$
                throw new InputException(known.isEmpty()
                        ? invocation.text("Columns_noProperties", loaded.name(), trimmed) //$NON-NLS-1$
                        : invocation.text("Columns_unknown", loaded.name(), trimmed, known)); //$NON-NLS-1$
            }
            chosen.add(definition);
        }
        return new PropertyColumns(chosen);
    }

    /**
     * @param locale the output's language
     * @return the columns
     */
    List<Column> columns(Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return definitions.stream().map(d -> Column.text("property." + d.getKey(), PropertyValues.label(d, french))) //$NON-NLS-1$
                .toList();
    }

    /**
     * @param element an element
     * @return its values for the columns ({@code null} where it has none)
     */
    List<Object> values(NamedElement element) {
        List<Object> values = new ArrayList<>(definitions.size());
        for (PropertyDefinition definition : definitions) {
            values.add(PropertyValues.get(element, definition.getKey()));
        }
        return values;
    }
}
