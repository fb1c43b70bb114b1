// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.ranking;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.sort.painter.SortableHeaderTextPainter;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.ui.util.CellEdgeEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/** How the ranking's cells look and how their values read. */
final class RankingStyles extends AbstractRegistryConfiguration {

    /** Background of the quick-win quadrant (also used by the matrix). */
    static final Color QUICK_WIN = GUIHelper.getColor(226, 243, 224);
    private static final Color STRATEGIC_BET = GUIHelper.getColor(223, 234, 247);
    private static final Color FILL_IN = GUIHelper.getColor(250, 243, 218);
    private static final Color DROP = GUIHelper.getColor(238, 238, 238);
    private static final Color GROUP_BACKGROUND = GUIHelper.getColor(232, 236, 242);
    private static final Color DISPUTED = GUIHelper.getColor(255, 229, 190);
    private static final Color MISSING = GUIHelper.getColor(250, 232, 232);
    private static final Color DIM = GUIHelper.getColor(128, 128, 128);
    private static final Color BLOCKED = GUIHelper.getColor(176, 32, 32);
    private static final Color NOT_READY = GUIHelper.getColor(180, 100, 0);
    private static final Color WARNING = GUIHelper.getColor(160, 90, 0);

    /** @return the painter of column headers: names wrapped on two lines, sort arrow on the right */
    static ICellPainter headerPainter() {
        return new BeveledBorderDecorator(new SortableHeaderTextPainter(new TextPainter(true, false), CellEdgeEnum.RIGHT));
    }

    /** @return the look of selected lines: a light blue band, the anchor cell a little darker */
    static DefaultSelectionStyleConfiguration selection() {
        DefaultSelectionStyleConfiguration selection = new DefaultSelectionStyleConfiguration();
        selection.selectionFont = font(SWT.NORMAL);
        selection.selectionBgColor = GUIHelper.getColor(204, 224, 247);
        selection.selectionFgColor = GUIHelper.getColor(0, 0, 0);
        selection.anchorBgColor = GUIHelper.getColor(176, 205, 240);
        selection.anchorFgColor = GUIHelper.getColor(0, 0, 0);
        selection.anchorBorderStyle = new BorderStyle(1, GUIHelper.getColor(70, 120, 190), LineStyleEnum.SOLID);
        return selection;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, headerPainter(), DisplayMode.NORMAL,
                GridRegion.COLUMN_HEADER);
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new ValueConverter(),
                DisplayMode.NORMAL, GridRegion.BODY);
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new CriterionValueConverter(),
                DisplayMode.NORMAL, RankingLabels.CRITERION);
        style(registry, RankingLabels.NUMERIC, CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
        style(registry, RankingLabels.NAME, CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        Style group = new Style();
        group.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GROUP_BACKGROUND);
        group.setAttributeValue(CellStyleAttributes.FONT, font(SWT.BOLD));
        group.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL, RankingLabels.GROUP);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.SELECT, RankingLabels.GROUP);
        style(registry, RankingLabels.SCORE, CellStyleAttributes.FONT, font(SWT.BOLD));
        quadrant(registry, Quadrant.QUICK_WIN, QUICK_WIN);
        quadrant(registry, Quadrant.STRATEGIC_BET, STRATEGIC_BET);
        quadrant(registry, Quadrant.FILL_IN, FILL_IN);
        quadrant(registry, Quadrant.DROP, DROP);
        style(registry, RankingLabels.STANDING_PREFIX + Standing.BLOCKED.name(), CellStyleAttributes.FOREGROUND_COLOR, BLOCKED);
        style(registry, RankingLabels.STANDING_PREFIX + Standing.NOT_READY.name(), CellStyleAttributes.FOREGROUND_COLOR,
                NOT_READY);
        style(registry, RankingLabels.STANDING_PREFIX + Standing.INCOMPLETE.name(), CellStyleAttributes.FOREGROUND_COLOR, DIM);
        style(registry, RankingLabels.STANDING_PREFIX + Standing.RANKED.name(), CellStyleAttributes.FOREGROUND_COLOR, DIM);
        style(registry, RankingLabels.REJECTED_ROW, CellStyleAttributes.FOREGROUND_COLOR, DIM);
        style(registry, RankingLabels.FLAGS, CellStyleAttributes.FOREGROUND_COLOR, WARNING);
        style(registry, RankingLabels.DISPUTED, CellStyleAttributes.BACKGROUND_COLOR, DISPUTED);
        style(registry, RankingLabels.MISSING, CellStyleAttributes.BACKGROUND_COLOR, MISSING);
        style(registry, RankingLabels.LOW_CONFIDENCE, CellStyleAttributes.FOREGROUND_COLOR, DIM);
        style(registry, RankingLabels.COMPUTED, CellStyleAttributes.FONT, font(SWT.ITALIC));
        style(registry, RankingLabels.OUT_OF_SCALE, CellStyleAttributes.FOREGROUND_COLOR, BLOCKED);
    }

    private static void quadrant(IConfigRegistry registry, Quadrant quadrant, Color background) {
        style(registry, RankingLabels.QUADRANT_PREFIX + quadrant.name(), CellStyleAttributes.BACKGROUND_COLOR, background);
    }

    private static <T> void style(IConfigRegistry registry, String label,
            org.eclipse.nebula.widgets.nattable.style.ConfigAttribute<T> attribute, T value) {
        Style style = new Style();
        style.setAttributeValue(attribute, value);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }

    private static org.eclipse.swt.graphics.Font font(int style) {
        FontData[] data = Display.getDefault().getSystemFont().getFontData();
        FontData derived = new FontData(data[0].getName(), data[0].getHeight(), style);
        return GUIHelper.getFont(derived);
    }

    /** Texts of the body's values: scores with one decimal, names of enums, group headings. */
    static final class ValueConverter extends DisplayConverter {
        @Override
        public Object canonicalToDisplayValue(Object value) {
            if (value == null) {
                return ""; //$NON-NLS-1$
            }
            if (value instanceof Double number) {
                return ScoringTexts.fixedScore(number);
            }
            if (value instanceof Scope scope) {
                return ScoringTexts.scope(scope);
            }
            if (value instanceof UseCaseStatus status) {
                return ScoringTexts.status(status);
            }
            if (value instanceof Quadrant quadrant) {
                return quadrant.label();
            }
            if (value instanceof GroupRow group) {
                return (group.collapsed() ? "\u25B8 " : "\u25BE ") + group.group().label() //$NON-NLS-1$ //$NON-NLS-2$
                        + " (" + group.count() + ')'; //$NON-NLS-1$
            }
            return value.toString();
        }

        @Override
        public Object displayToCanonicalValue(Object value) {
            return value;
        }
    }

    /** Texts of criterion values, on the criterion's own scale (3, 3.5). */
    static final class CriterionValueConverter extends DisplayConverter {
        @Override
        public Object canonicalToDisplayValue(Object value) {
            return value instanceof Double number ? ScoringTexts.value(number) : ""; //$NON-NLS-1$
        }

        @Override
        public Object displayToCanonicalValue(Object value) {
            return value;
        }
    }
}
