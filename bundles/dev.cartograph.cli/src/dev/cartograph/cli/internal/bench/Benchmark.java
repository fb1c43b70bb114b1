// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.Score;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.ScoringSession;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;

/**
 * Measures one portfolio size: generates and writes the portfolio, then times loading and saving
 * (next to plain EMF {@link XMIResourceImpl} loading and saving the same file), validation,
 * scoring, ranking, re-scoring after one score change and the sensitivity analysis, and measures
 * the heap.
 * <p>
 * The plain EMF baseline uses the options EMF recommends for large files: deferred IDREF
 * resolution, a parser pool, a name-to-feature map and the configuration cache on load; the
 * configuration cache and a cached lookup table on save. Without deferred IDREF resolution, each
 * forward reference makes plain EMF scan the whole resource, and a load of 10,000 use cases takes
 * many minutes: that would be no baseline at all. What the baseline does not do is what Cartograph
 * adds: refusing DTDs and oversized or deep files, diagnosing problems by line and column, keeping
 * unknown content, migrating older files, writing atomically.
 */
public final class Benchmark {

    /** How many score changes each run of the re-scoring measure makes. */
    private static final int CHANGES_PER_RUN = 200;

    /** The parser pool of the plain EMF baseline, as an application of plain EMF would keep one. */
    private static final XMLParserPool PLAIN_PARSER_POOL = new XMLParserPoolImpl();

    /** Sensitivity samples, as the target states. */
    private static final int SENSITIVITY_SAMPLES = 1000;

    private final ScoringEngine engine;
    private final Function<ScoringResult, Object> validation;
    private final Function<Portfolio, Object> rank;
    private final int warmup;
    private final int runs;
    private final PrintStream progress;

    /**
     * @param engine the engine, on the installed criteria
     * @param validation validates the portfolio of a scoring
     * @param rank the {@code rank} command's work on a portfolio
     * @param warmup runs not counted
     * @param runs runs counted
     * @param progress where to say what is being measured
     */
    public Benchmark(ScoringEngine engine, Function<ScoringResult, Object> validation, Function<Portfolio, Object> rank,
            int warmup, int runs, PrintStream progress) {
        this.engine = engine;
        this.validation = validation;
        this.rank = rank;
        this.warmup = warmup;
        this.runs = runs;
        this.progress = progress;
    }

    /**
     * The figures of one size.
     *
     * @param useCases the size
     * @param elements how many elements the portfolio holds
     * @param fileBytes the size of its file
     * @param results the measures, in the order of {@link Measure}
     */
    public record SizeResult(int useCases, int elements, long fileBytes, List<Result> results) {
    }

    /**
     * One figure.
     *
     * @param measure what was measured
     * @param value the median elapsed time, or the memory
     * @param cpu the median processor time of the measuring thread, {@code NaN} for memory and for
     *        work spread over several threads
     * @param baseline the plain EMF time measured in the same run, {@code NaN} if none
     */
    public record Result(Measure measure, double value, double cpu, double baseline) {

        static Result of(Measure measure, Timing timing, double baseline) {
            return new Result(measure, timing.medianMillis(), timing.cpuMillis(), baseline);
        }

        static Result memory(Measure measure, double megabytes) {
            return new Result(measure, megabytes, Double.NaN, Double.NaN);
        }

        /** @return whether the target is met, {@code null} if there is none */
        public Boolean met() {
            return measure.met(value, baseline);
        }
    }

    /**
     * @param useCases the size
     * @param seed the seed of the generated portfolio
     * @param directory where to write the files
     * @return the figures
     * @throws Exception if a step fails
     */
    public SizeResult run(int useCases, long seed, Path directory) throws Exception {
        say(useCases, "generate"); //$NON-NLS-1$
        Path file = directory.resolve("portfolio-" + useCases + ".cartograph"); //$NON-NLS-1$ //$NON-NLS-2$
        int elements = generate(useCases, seed, file);
        try (Memory memory = new Memory()) {
            List<Result> results = measure(useCases, file, directory, memory);
            return new SizeResult(useCases, elements, Files.size(file), results);
        }
    }

    /** Writes the portfolio, which is garbage once this returns: the measures start from the file. */
    private static int generate(int useCases, long seed, Path file) throws IOException {
        Portfolio generated = SyntheticPortfolio.generate(useCases, seed);
        int elements = SyntheticPortfolio.elementCount(generated);
        SyntheticPortfolio.write(generated, file, seed);
        return elements;
    }

    private List<Result> measure(int useCases, Path file, Path directory, Memory memory) throws Exception {
        List<Result> results = new ArrayList<>();
        say(useCases, "load"); //$NON-NLS-1$
        Timing emfLoad = Timing.of(warmup, runs, () -> plainLoad(file));
        Timing load = Timing.of(warmup, runs, () -> ModelPersistence.load(file));
        results.add(Result.of(Measure.LOAD, load, emfLoad.medianMillis()));
        say(useCases, "save"); //$NON-NLS-1$
        Resource plain = plainLoad(file);
        Path plainCopy = directory.resolve("plain-" + useCases + ".xmi"); //$NON-NLS-1$ //$NON-NLS-2$
        plain.setURI(URI.createFileURI(plainCopy.toString()));
        Timing emfSave = Timing.of(warmup, runs, () -> plain.save(plainSaveOptions()));
        plain.unload();
        Portfolio portfolio = ModelPersistence.load(file);
        Path copy = directory.resolve("saved-" + useCases + ".cartograph"); //$NON-NLS-1$ //$NON-NLS-2$
        Timing save = Timing.of(warmup, runs, () -> ModelPersistence.save(portfolio, copy));
        results.add(Result.of(Measure.SAVE, save, emfSave.medianMillis()));
        measureScoring(useCases, portfolio, results, memory);
        return results;
    }

    private void measureScoring(int useCases, Portfolio portfolio, List<Result> results, Memory memory)
            throws Exception {
        ScoringResult scoring = engine.score(portfolio);
        say(useCases, "validate"); //$NON-NLS-1$
        Timing validate = Timing.of(warmup, runs, () -> validation.apply(engine.score(portfolio)));
        results.add(Result.of(Measure.VALIDATE, validate, Double.NaN));
        say(useCases, "score"); //$NON-NLS-1$
        results.add(Result.of(Measure.SCORE, Timing.of(warmup, runs, () -> engine.score(portfolio)), Double.NaN));
        say(useCases, "rank"); //$NON-NLS-1$
        results.add(Result.of(Measure.RANK, Timing.of(warmup, runs, () -> rank.apply(portfolio)), Double.NaN));
        say(useCases, "rescore"); //$NON-NLS-1$
        ScoringSession session = engine.attach(portfolio);
        results.add(Result.of(Measure.RESCORE, rescore(portfolio), Double.NaN));
        say(useCases, "sensitivity"); //$NON-NLS-1$
        SensitivityOptions options = SensitivityOptions.defaults().withSamples(SENSITIVITY_SAMPLES);
        Timing sensitivity = Timing.of(warmup, runs, () -> SensitivityAnalysis.analyse(scoring, options));
        // The analysis shares its samples between threads: the measuring thread's time is not its cost.
        results.add(new Result(Measure.SENSITIVITY, sensitivity.medianMillis(), Double.NaN, Double.NaN));
        results.add(Result.memory(Measure.HEAP_AFTER_GC, memory.usedAfterCollectionMegabytes()));
        results.add(Result.memory(Measure.HEAP_PEAK, memory.peakMegabytes()));
        session.dispose();
    }

    /** Changes one score at a time, spread over the portfolio, and times each change with its re-scoring. */
    private Timing rescore(Portfolio portfolio) {
        List<UseCase> useCases = portfolio.getUseCases();
        int total = (warmup + runs) * CHANGES_PER_RUN;
        long[] measured = new long[runs * CHANGES_PER_RUN];
        long[] cpu = new long[runs * CHANGES_PER_RUN];
        int count = 0;
        for (int k = 0; k < total; k++) {
            UseCase useCase = useCases.get((int) ((k * 7919L) % useCases.size()));
            if (useCase.getScores().isEmpty()) {
                continue;
            }
            Score score = useCase.getScores().get(k % useCase.getScores().size());
            double value = score.getValue() >= 5 ? 1 : score.getValue() + 1;
            long startCpu = Timing.cpuNanos();
            long start = System.nanoTime();
            score.setValue(value);
            long duration = System.nanoTime() - start;
            long cpuDuration = Timing.cpuNanos() - startCpu;
            if (k >= warmup * CHANGES_PER_RUN) {
                measured[count] = duration;
                cpu[count++] = cpuDuration;
            }
        }
        if (count == 0) {
            return new Timing(Double.NaN, Double.NaN);
        }
        return Timing.of(Arrays.copyOf(measured, count), Arrays.copyOf(cpu, count));
    }

    private static Resource plainLoad(Path file) throws IOException {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(CartographPackage.eNS_URI, CartographPackage.eINSTANCE);
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
        resourceSet.getResources().add(resource);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PLAIN_PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        resource.load(options);
        return resource;
    }

    private static Map<Object, Object> plainSaveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        return options;
    }

    private void say(int useCases, String step) {
        progress.println("bench: " + useCases + ": " + step); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
