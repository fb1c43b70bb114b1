// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.cartograph.cli.ExitCodes;
import dev.cartograph.cli.internal.Command;
import dev.cartograph.cli.internal.InputException;
import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.LoadedPortfolio;
import dev.cartograph.cli.internal.OptionSpec;
import dev.cartograph.cli.internal.UsageException;
import dev.cartograph.cli.internal.bench.Benchmark;
import dev.cartograph.cli.internal.bench.CompareBenchmark;
import dev.cartograph.cli.internal.bench.InventoryBenchmark;
import dev.cartograph.cli.internal.bench.MapBenchmark;
import dev.cartograph.cli.internal.bench.Measure;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Format;
import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.validation.PortfolioValidation;
import dev.cartograph.validation.ValidationOptions;

/**
 * {@code bench}: generates synthetic portfolios of several sizes and prints, per size, the time
 * and memory of loading, saving, validating, scoring, ranking, re-scoring after one change and
 * the sensitivity analysis, next to plain EMF baselines measured in the same run and to the
 * targets; then the maps, and the semantic diff and three-way merge of the largest size.
 */
public final class BenchCommand implements Command {

    private static final String SIZES = "sizes"; //$NON-NLS-1$
    private static final String RUNS = "runs"; //$NON-NLS-1$
    private static final String WARMUP = "warmup"; //$NON-NLS-1$
    private static final String SEED = "seed"; //$NON-NLS-1$
    private static final long DEFAULT_SEED = 42L;
    private static final int MAX_SIZE = 100_000;

    @Override
    public String name() {
        return "bench"; //$NON-NLS-1$
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(SIZES, "N,N,...", "Option_sizes"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(RUNS, "N", "Option_runs"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(WARMUP, "N", "Option_warmup"), //$NON-NLS-1$ //$NON-NLS-2$
                new OptionSpec(SEED, "N", "Option_benchSeed"), //$NON-NLS-1$ //$NON-NLS-2$
                OptionSpec.FORMAT);
    }

    @Override
    public int minArguments() {
        return 0;
    }

    @Override
    public int maxArguments() {
        return 0;
    }

    @Override
    public int run(Invocation invocation) throws UsageException, InputException {
        List<Integer> sizes = sizes(invocation);
        int runs = invocation.integer(RUNS, 5, 1, 1000);
        int warmup = invocation.integer(WARMUP, 5, 0, 1000);
        long seed = invocation.whole(SEED, DEFAULT_SEED);
        Benchmark benchmark = new Benchmark(invocation.environment().engine(), validation(invocation),
                rank(invocation), warmup, runs, invocation.environment().err());
        List<Benchmark.SizeResult> results = new ArrayList<>();
        MapFigures maps;
        ImportFigures imports;
        CompareBenchmark.Result compare;
        InventoryBenchmark.Result inventory;
        Path directory = null;
        try {
            directory = Files.createTempDirectory("cartograph-bench"); //$NON-NLS-1$
            for (int size : sizes) {
                results.add(benchmark.run(size, seed, directory));
            }
            maps = maps(invocation, sizes, seed, warmup, runs, directory);
            imports = ImportFigures.measure(invocation, sizes.stream().mapToInt(Integer::intValue).max().orElse(1), seed,
                    Math.min(warmup, 2), Math.min(runs, 3), directory);
            compare = new CompareBenchmark(invocation.environment().engine(), invocation.environment().rules(), warmup,
                    runs, invocation.environment().err()).run(largest(sizes), seed, directory);
            inventory = new InventoryBenchmark(invocation.environment().engine(), warmup, runs).run(largest(sizes), seed,
                    directory);
        } catch (Exception e) {
            throw new InputException(invocation.text("Bench_failed", e.getClass().getSimpleName(), //$NON-NLS-1$
                    String.valueOf(e.getMessage())));
        } finally {
            delete(directory);
        }
        Document document = report(invocation, results, runs, warmup, seed);
        maps.report(document, invocation);
        imports.report(document, invocation);
        CompareFigures.report(document, invocation, compare);
        InventoryFigures.report(document, invocation, inventory);
        invocation.print(document);
        return ExitCodes.OK;
    }

    /** Measures the maps, the largest generated portfolio's aggregated. */
    private static MapFigures maps(Invocation invocation, List<Integer> sizes, long seed, int warmup, int runs,
            Path directory) throws Exception {
        MapBenchmark benchmark = new MapBenchmark(invocation.environment().maps(), invocation.environment().engine(),
                warmup, runs, invocation.environment().err());
        return MapFigures.measure(benchmark, largest(sizes), seed, directory);
    }

    private static int largest(List<Integer> sizes) {
        return sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    private static List<Integer> sizes(Invocation invocation) throws UsageException {
        String text = invocation.option(SIZES).orElse("100,1000,10000"); //$NON-NLS-1$
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) { //$NON-NLS-1$
            try {
                int size = Integer.parseInt(part.trim().replace("_", "")); //$NON-NLS-1$ //$NON-NLS-2$
                if (size >= 1 && size <= MAX_SIZE) {
                    sizes.add(size);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(invocation.text("Usage_badSizes", text, MAX_SIZE)); //$NON-NLS-1$
        }
        return sizes;
    }

    /** @return how the benchmark validates a portfolio whose scoring is computed in the same measure */
    private static Function<ScoringResult, Object> validation(Invocation invocation) {
        PortfolioValidation validation = new PortfolioValidation(invocation.environment().rules());
        ValidationOptions options = ValidationOptions.defaults().withLocale(invocation.locale());
        return scoring -> validation.validate(scoring.portfolio(), scoring, options);
    }

    private static Function<Portfolio, Object> rank(Invocation invocation) {
        return portfolio -> {
            LoadedPortfolio loaded = new LoadedPortfolio("bench", Path.of("bench"), portfolio, List.of()); //$NON-NLS-1$ //$NON-NLS-2$
            ScoringResult result = invocation.environment().engine().score(portfolio);
            return Format.TABLE.write(RankCommand.report(invocation, loaded, result), invocation.locale());
        };
    }

    private static Document report(Invocation invocation, List<Benchmark.SizeResult> results, int runs, int warmup,
            long seed) {
        Document document = new Document("bench", invocation.text("Title_bench")); //$NON-NLS-1$ //$NON-NLS-2$
        Runtime runtime = Runtime.getRuntime();
        document.field("java", invocation.text("Field_java"), //$NON-NLS-1$ //$NON-NLS-2$
                System.getProperty("java.vm.name") + ' ' + Runtime.version()); //$NON-NLS-1$
        document.field("processors", invocation.text("Field_processors"), runtime.availableProcessors()); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("maxHeapMegabytes", invocation.text("Field_maxHeap"), //$NON-NLS-1$ //$NON-NLS-2$
                (int) (runtime.maxMemory() / (1024 * 1024)));
        document.field("runs", invocation.text("Field_runs"), runs); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("warmup", invocation.text("Field_warmup"), warmup); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("seed", invocation.text("Field_seed"), seed); //$NON-NLS-1$ //$NON-NLS-2$
        Section sizes = document.section(new Section("sizes", invocation.text("Section_sizes"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("useCases", invocation.text("Column_useCases")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("elements", invocation.text("Column_elements")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("fileMegabytes", invocation.text("Column_fileMegabytes"), 1))); //$NON-NLS-1$ //$NON-NLS-2$
        Section figures = document.section(new Section("results", invocation.text("Section_results"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("useCases", invocation.text("Column_useCases")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("measure", invocation.text("Column_measure")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("value", invocation.text("Column_value"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("unit", invocation.text("Column_unit")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("cpuMillis", invocation.text("Column_cpu"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("baseline", invocation.text("Column_baseline"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("target", invocation.text("Column_target")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("met", invocation.text("Column_met")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (Benchmark.SizeResult size : results) {
            sizes.add(size.useCases(), size.elements(), size.fileBytes() / (1024.0 * 1024.0));
            for (Benchmark.Result result : size.results()) {
                Measure measure = result.measure();
                figures.add(size.useCases(),
                        new Label(Label.idOf(measure), invocation.text("Measure_" + measure.name())), //$NON-NLS-1$
                        result.value(), measure.unit(), result.cpu(), result.baseline(),
                        measure.hasTarget() ? invocation.text("Target_" + measure.name()) : null, result.met()); //$NON-NLS-1$
            }
        }
        document.note(invocation.text("Note_benchTimes")); //$NON-NLS-1$
        document.note(invocation.text("Note_benchCpu")); //$NON-NLS-1$
        document.note(invocation.text("Note_benchPeak")); //$NON-NLS-1$
        return document;
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
