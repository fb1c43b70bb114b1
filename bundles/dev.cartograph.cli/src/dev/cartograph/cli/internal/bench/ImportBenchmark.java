// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import dev.cartograph.io.inventory.ImportPlan;
import dev.cartograph.io.inventory.InventoryExport;
import dev.cartograph.io.inventory.InventoryImport;
import dev.cartograph.io.inventory.InventoryMapping;
import dev.cartograph.io.inventory.InventoryTable;
import dev.cartograph.io.inventory.MappingProposer;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.ScoringEngine;

/**
 * Times the import of a generated portfolio's use cases, exported as CSV and as XLSX, into a new portfolio:
 * reading the file, proposing the mapping and checking every row (the dry run), and the whole import (read,
 * mapped, checked and applied); and the export of that portfolio to XLSX. The heap kept is what the imported
 * portfolio and its table hold after a full collection.
 */
public final class ImportBenchmark {

    /**
     * One format's figures.
     *
     * @param format {@code csv} or {@code xlsx}
     * @param rows the rows imported
     * @param fileBytes the file's size
     * @param read reading the file into a table
     * @param check proposing the mapping and checking every row
     * @param total reading, mapping, checking and applying
     * @param heapMegabytes the heap kept by the imported portfolio and its table
     * @param peakMegabytes the heap's peak during the runs (garbage included)
     */
    public record Result(String format, int rows, long fileBytes, Timing read, Timing check, Timing total,
            double heapMegabytes, double peakMegabytes) {
    }

    private final ScoringEngine engine;
    private final int warmup;
    private final int runs;

    /**
     * @param engine the scoring engine (its criteria are the import's)
     * @param warmup runs not counted
     * @param runs runs counted
     */
    public ImportBenchmark(ScoringEngine engine, int warmup, int runs) {
        this.engine = engine;
        this.warmup = warmup;
        this.runs = runs;
    }

    /**
     * @param source the generated portfolio
     * @param directory a temporary directory
     * @param newPortfolio makes the empty portfolio imported into
     * @return the CSV figures, the XLSX figures, and the XLSX export's timing as a third result (read only)
     * @throws Exception if a step fails
     */
    public List<Result> measure(Portfolio source, Path directory, Supplier<Portfolio> newPortfolio) throws Exception {
        List<Criterion> criteria = engine.criteria().criteria();
        var scoring = engine.score(source);
        Path xlsx = directory.resolve("inventory.xlsx"); //$NON-NLS-1$
        Timing export = Timing.of(warmup, runs, () -> {
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                InventoryExport.write(source, scoring, InventoryExport.Format.XLSX, out);
            }
        });
        Path csv = directory.resolve("inventory.csv"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(csv)) {
            InventoryExport.write(source, scoring, InventoryExport.Format.CSV, out);
        }
        Result csvResult = measure("csv", csv, criteria, newPortfolio); //$NON-NLS-1$
        Result xlsxResult = measure("xlsx", xlsx, criteria, newPortfolio); //$NON-NLS-1$
        Result exportResult = new Result("export xlsx", source.getUseCases().size(), Files.size(xlsx), export, null, //$NON-NLS-1$
                export, Double.NaN, Double.NaN);
        return List.of(csvResult, xlsxResult, exportResult);
    }

    private Result measure(String format, Path file, List<Criterion> criteria, Supplier<Portfolio> newPortfolio)
            throws Exception {
        String sheet = format.equals("xlsx") ? "Use cases" : null; //$NON-NLS-1$ //$NON-NLS-2$
        Timing read = Timing.of(warmup, runs, () -> InventoryTable.read(file, sheet));
        InventoryTable table = InventoryTable.read(file, sheet);
        Timing check = Timing.of(warmup, runs, () -> {
            InventoryMapping mapping = MappingProposer.propose(table.headers(), criteria, "bench"); //$NON-NLS-1$
            InventoryImport.plan(newPortfolio.get(), table, mapping, criteria, Locale.ENGLISH);
        });
        Portfolio[] kept = new Portfolio[1];
        double peak;
        Timing total;
        try (Memory memory = new Memory()) {
            total = Timing.of(warmup, runs, () -> {
                InventoryTable rows = InventoryTable.read(file, sheet);
                InventoryMapping mapping = MappingProposer.propose(rows.headers(), criteria, "bench"); //$NON-NLS-1$
                Portfolio target = newPortfolio.get();
                ImportPlan plan = InventoryImport.plan(target, rows, mapping, criteria, Locale.ENGLISH);
                if (plan.count(ImportPlan.Action.CREATE) != rows.rows().size()) {
                    throw new IllegalStateException(plan.summary(Locale.ENGLISH));
                }
                InventoryImport.apply(plan);
                kept[0] = target;
            });
            peak = memory.peakMegabytes();
        }
        double heap;
        try (Memory memory = new Memory()) {
            heap = memory.usedAfterCollectionMegabytes();
        }
        if (kept[0].getUseCases().size() != table.rows().size()) {
            throw new IllegalStateException("imported " + kept[0].getUseCases().size()); //$NON-NLS-1$
        }
        return new Result(format, table.rows().size(), Files.size(file), read, check, total, heap, peak);
    }
}
