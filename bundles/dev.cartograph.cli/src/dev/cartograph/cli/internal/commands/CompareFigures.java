// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.bench.CompareBenchmark;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;

/**
 * The "Diff and merge" figures of {@code bench}, on the largest generated portfolio with one element in a hundred
 * changed on each side: the diff under 2 s, the merge under 3 s, the heap under 1 GB while the three versions are
 * held and merged.
 */
final class CompareFigures {

    private static final double DIFF_TARGET_MILLIS = 2000;
    private static final double MERGE_TARGET_MILLIS = 3000;
    private static final double HEAP_TARGET_MEGABYTES = 1024;

    private CompareFigures() {
    }

    /**
     * Adds the section "compare" to the bench's report.
     *
     * @param document the report
     * @param invocation the invocation
     * @param result the figures
     */
    static void report(Document document, Invocation invocation, CompareBenchmark.Result result) {
        Section section = document.section(new Section("compare", invocation.text("Section_benchCompare", //$NON-NLS-1$ //$NON-NLS-2$
                result.useCases(), result.changedPerSide()), null,
                Column.text("measure", invocation.text("Column_measure")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("value", invocation.text("Column_value"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("unit", invocation.text("Column_unit")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("cpuMillis", invocation.text("Column_cpu"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("target", invocation.text("Column_target")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("met", invocation.text("Column_met")))); //$NON-NLS-1$ //$NON-NLS-2$
        add(section, invocation, "diff", result.diff().medianMillis(), result.diff().cpuMillis(), DIFF_TARGET_MILLIS); //$NON-NLS-1$
        add(section, invocation, "diffWithDecision", result.diffWithDecision().medianMillis(), //$NON-NLS-1$
                result.diffWithDecision().cpuMillis(), Double.NaN);
        add(section, invocation, "merge", result.merge().medianMillis(), result.merge().cpuMillis(), //$NON-NLS-1$
                MERGE_TARGET_MILLIS);
        section.add(new Label("comparePeakHeap", invocation.text("Measure_comparePeakHeap")), result.peakMegabytes(), //$NON-NLS-1$ //$NON-NLS-2$
                "MB", Double.NaN, invocation.text("Target_comparePeakHeap"), //$NON-NLS-1$ //$NON-NLS-2$
                result.peakMegabytes() < HEAP_TARGET_MEGABYTES);
        document.note(invocation.text("Note_benchCompare", result.elements(), result.changes(), result.conflicts())); //$NON-NLS-1$
    }

    private static void add(Section section, Invocation invocation, String key, double millis, double cpu,
            double target) {
        section.add(new Label(key, invocation.text("Measure_compare_" + key)), millis, "ms", cpu, //$NON-NLS-1$ //$NON-NLS-2$
                Double.isNaN(target) ? null : invocation.text("Target_map", (int) target), //$NON-NLS-1$
                Double.isNaN(target) ? null : Boolean.valueOf(millis < target));
    }
}
