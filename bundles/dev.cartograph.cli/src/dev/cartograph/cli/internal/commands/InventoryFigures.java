// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.bench.InventoryBenchmark;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;

/**
 * The "Inventories" figures of {@code bench}: load with 20 properties per use case within 1.2x of
 * the same without, ranking on partial scores under 60 ms, sensitivity with missing scores (1,000
 * samples) under 0.5 s, and the heap the property values keep.
 */
final class InventoryFigures {

    private static final double LOAD_RATIO_TARGET = 1.2;
    private static final double RANK_TARGET_MILLIS = 60;
    private static final double SENSITIVITY_TARGET_MILLIS = 500;

    private InventoryFigures() {
    }

    /**
     * Adds the section "inventory" to the bench's report.
     *
     * @param document the report
     * @param invocation the invocation
     * @param result the figures
     */
    static void report(Document document, Invocation invocation, InventoryBenchmark.Result result) {
        Section section = document.section(new Section("inventory", invocation.text("Section_benchInventory", //$NON-NLS-1$ //$NON-NLS-2$
                result.useCases(), InventoryBenchmark.PROPERTIES), null,
                Column.text("measure", invocation.text("Column_measure")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("value", invocation.text("Column_value"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("unit", invocation.text("Column_unit")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("cpuMillis", invocation.text("Column_cpu"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("target", invocation.text("Column_target")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("met", invocation.text("Column_met")))); //$NON-NLS-1$ //$NON-NLS-2$
        double ratio = result.propertiesLoad().medianMillis() / result.plainLoad().medianMillis();
        section.add(label(invocation, "plainLoad"), result.plainLoad().medianMillis(), "ms", //$NON-NLS-1$ //$NON-NLS-2$
                result.plainLoad().cpuMillis(), null, null);
        section.add(label(invocation, "propertiesLoad"), result.propertiesLoad().medianMillis(), "ms", //$NON-NLS-1$ //$NON-NLS-2$
                result.propertiesLoad().cpuMillis(), invocation.text("Target_inventoryLoad", LOAD_RATIO_TARGET), //$NON-NLS-1$
                ratio <= LOAD_RATIO_TARGET);
        section.add(label(invocation, "partialRank"), result.rank().medianMillis(), "ms", result.rank().cpuMillis(), //$NON-NLS-1$ //$NON-NLS-2$
                invocation.text("Target_map", (int) RANK_TARGET_MILLIS), result.rank().medianMillis() < RANK_TARGET_MILLIS); //$NON-NLS-1$
        section.add(label(invocation, "partialSensitivity"), result.sensitivity().medianMillis(), "ms", //$NON-NLS-1$ //$NON-NLS-2$
                result.sensitivity().cpuMillis(), invocation.text("Target_map", (int) SENSITIVITY_TARGET_MILLIS), //$NON-NLS-1$
                result.sensitivity().medianMillis() < SENSITIVITY_TARGET_MILLIS);
        section.add(label(invocation, "propertiesHeap"), result.heapMegabytes(), "MB", Double.NaN, null, null); //$NON-NLS-1$ //$NON-NLS-2$
        document.note(invocation.text("Note_benchInventory", result.values(), result.ranked(), result.partial(), //$NON-NLS-1$
                ratio, result.heapMegabytes() * 1024 * 1024 / Math.max(1, result.values())));
    }

    private static Label label(Invocation invocation, String key) {
        return new Label(key, invocation.text("Measure_inventory_" + key)); //$NON-NLS-1$
    }
}
