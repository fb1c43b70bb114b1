// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;

import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/**
 * The in-place editors of the criterion columns: a list of the scale's levels with their
 * rubric when the criterion has one (up to 11 levels), else a text field that accepts a number
 * of the scale.
 */
final class CriterionEditors {

    private static final int MAX_LISTED_LEVELS = 11;

    private CriterionEditors() {
    }

    /**
     * Registers the editors of the current criterion columns.
     *
     * @param registry the table's registry
     * @param columns the model's columns
     */
    static void register(IConfigRegistry registry, List<RankingColumn> columns) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
                DisplayMode.EDIT, RankingLabels.EDITABLE);
        for (int i = 0; i < columns.size(); i++) {
            Criterion criterion = columns.get(i).criterion();
            if (criterion == null) {
                continue;
            }
            String label = RankingLabels.CRITERION_PREFIX + i;
            Scale scale = criterion.scale();
            List<Double> levels = levels(scale);
            LevelConverter converter = new LevelConverter(scale);
            if (!scale.rubric().isEmpty() && levels.size() <= MAX_LISTED_LEVELS) {
                registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new ListCellEditor(levels),
                        DisplayMode.EDIT, label);
            } else {
                registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new TextCellEditor(true, true),
                        DisplayMode.EDIT, label);
            }
            registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, converter, DisplayMode.EDIT, label);
            registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
                @Override
                public boolean validate(int columnIndex, int rowIndex, Object newValue) {
                    return newValue instanceof Double value && scale.contains(value);
                }
            }, DisplayMode.EDIT, label);
        }
    }

    /**
     * @param scale a scale
     * @return its whole levels, from the lowest
     */
    static List<Double> levels(Scale scale) {
        List<Double> levels = new ArrayList<>();
        for (double level = Math.ceil(scale.min()); level <= scale.max() && levels.size() <= 1000; level++) {
            levels.add(level);
        }
        return levels;
    }

    /** A value of the scale and its rubric text ("4 - Strong"), and back from the leading number. */
    static final class LevelConverter extends DisplayConverter {
        private final Scale scale;

        LevelConverter(Scale scale) {
            this.scale = scale;
        }

        @Override
        public Object canonicalToDisplayValue(Object value) {
            if (!(value instanceof Double number)) {
                return ""; //$NON-NLS-1$
            }
            String text = ScoringTexts.value(number);
            return scale.rubricFor(number).map(rubric -> text + " \u2013 " + rubric).orElse(text); //$NON-NLS-1$
        }

        @Override
        public Object displayToCanonicalValue(Object value) {
            return parse(value == null ? "" : value.toString()); //$NON-NLS-1$
        }

        /**
         * @param text a number, possibly followed by a rubric text, in the workbench's language
         * @return the number, or {@code null} if the text does not start with one
         */
        static Double parse(String text) {
            String trimmed = text.trim();
            Number number = plain(Locale.getDefault()).parse(trimmed, new ParsePosition(0));
            if (number == null) {
                number = plain(Locale.ROOT).parse(trimmed, new ParsePosition(0));
            }
            return number == null ? null : Double.valueOf(number.doubleValue());
        }

        private static NumberFormat plain(Locale locale) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(false);
            return format;
        }
    }
}
