// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.bench.ImportBenchmark;
import dev.cartograph.cli.internal.bench.SyntheticPortfolio;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Section;

/**
 * The "Import and export" figures of {@code bench}: the largest generated portfolio's use cases exported as CSV
 * and XLSX, then imported into a new portfolio (read, mapped, checked and applied; targets: 10,000 CSV rows
 * under 3 s, 10,000 XLSX rows under 6 s, heap under 500 MB), and its export to XLSX (target: under 5 s).
 */
final class ImportFigures {

    private static final double CSV_TARGET_MILLIS = 3000;
    private static final double XLSX_TARGET_MILLIS = 6000;
    private static final double EXPORT_TARGET_MILLIS = 5000;
    private static final double HEAP_TARGET_MEGABYTES = 500;

    private final List<ImportBenchmark.Result> results = new ArrayList<>();

    static ImportFigures measure(Invocation invocation, int largest, long seed, int warmup, int runs, Path directory)
            throws Exception {
        ImportFigures figures = new ImportFigures();
        ImportBenchmark benchmark = new ImportBenchmark(invocation.environment().engine(), warmup, runs);
        figures.results.addAll(benchmark.measure(SyntheticPortfolio.generate(largest, seed), directory,
                () -> ImportCommand.newPortfolio(invocation.environment().engine().criteria().criteria(), "bench"))); //$NON-NLS-1$
        return figures;
    }

    void report(Document document, Invocation invocation) {
        Section section = document.section(new Section("import", invocation.text("Section_import"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("format", invocation.text("Column_importFormat")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("rows", invocation.text("Column_importRows")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("fileKilobytes", invocation.text("Column_importFile"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("readMillis", invocation.text("Column_importRead"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("checkMillis", invocation.text("Column_importCheck"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("totalMillis", invocation.text("Column_importTotal"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("heapMegabytes", invocation.text("Column_importHeap"), 0), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("target", invocation.text("Column_target")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("met", invocation.text("Column_met")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (ImportBenchmark.Result result : results) {
            boolean export = result.check() == null;
            double target = export ? EXPORT_TARGET_MILLIS
                    : result.format().equals("csv") ? CSV_TARGET_MILLIS : XLSX_TARGET_MILLIS; //$NON-NLS-1$
            // the targets are stated for 10,000 rows: scaled to the rows measured
            double scaled = target * Math.max(1, result.rows()) / 10_000.0;
            boolean met = result.total().medianMillis() < scaled
                    && (export || result.heapMegabytes() < HEAP_TARGET_MEGABYTES);
            section.add(result.format(), result.rows(), result.fileBytes() / 1024.0, export ? null : result.read().medianMillis(),
                    export ? null : result.check().medianMillis(), result.total().medianMillis(),
                    export ? null : result.heapMegabytes(),
                    invocation.text(export ? "Target_export" : "Target_import", (int) scaled, (int) HEAP_TARGET_MEGABYTES), //$NON-NLS-1$ //$NON-NLS-2$
                    met);
        }
        document.note(invocation.text("Note_benchImport")); //$NON-NLS-1$
    }
}
