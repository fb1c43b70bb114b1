// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.bench;

import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.model.Portfolio;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;

/**
 * Measures the maps headless: for each map, building the diagram from the model (with the layers
 * a map opens with, on a scoring computed beforehand, as the editor's live scoring is), laying it
 * out, and writing its SVG (which paints every element, as the canvas's first paint does). Each
 * run builds a new diagram; the medians of the measured runs are kept.
 */
public final class MapBenchmark {

    private final MapRenderer renderer;
    private final ScoringEngine engine;
    private final int warmup;
    private final int runs;
    private final PrintStream progress;

    /**
     * The figures of one map.
     *
     * @param map the map's id
     * @param subject what it was drawn for
     * @param boxes how many nodes the diagram has
     * @param build model to diagram, layers included
     * @param layout the layout
     * @param svg the SVG
     * @param svgBytes the SVG's size
     * @param targetMillis the target for build + layout + SVG, {@code NaN} if none
     */
    public record Result(String map, String subject, int boxes, Timing build, Timing layout, Timing svg, long svgBytes,
            double targetMillis) {

        /** @return build + layout + SVG, medians added */
        public double totalMillis() {
            return build.medianMillis() + layout.medianMillis() + svg.medianMillis();
        }

        /** @return whether the target is met, {@code null} if there is none */
        public Boolean met() {
            return Double.isNaN(targetMillis) ? null : Boolean.valueOf(totalMillis() < targetMillis);
        }
    }

    /**
     * @param renderer the installed maps and layers
     * @param engine the engine, on the installed criteria
     * @param warmup runs not counted
     * @param runs runs counted
     * @param progress where to say what is being measured
     */
    public MapBenchmark(MapRenderer renderer, ScoringEngine engine, int warmup, int runs, PrintStream progress) {
        this.renderer = renderer;
        this.engine = engine;
        this.warmup = warmup;
        this.runs = runs;
        this.progress = progress;
    }

    /**
     * @param kind the kind of map
     * @param subject what to draw it for
     * @param label how to name the subject in the figures
     * @param targetMillis the target for the three steps together, {@code NaN} if none
     * @return the figures, or {@code null} if no installed map of that kind applies
     * @throws Exception if a step fails
     */
    public Result measure(MapKind kind, EObject subject, String label, double targetMillis) throws Exception {
        MapDescription map = renderer.maps().mapFor(kind, subject).orElse(null);
        if (map == null) {
            return null;
        }
        progress.println("bench: map: " + map.id() + ": " + label); //$NON-NLS-1$ //$NON-NLS-2$
        Portfolio portfolio = (Portfolio) EcoreUtil.getRootContainer(subject);
        ScoringResult scoring = engine.score(portfolio);
        MapContext context = MapContext.builder(subject, scoring).layers(renderer.layers().defaults(kind))
                .locale(Locale.ENGLISH).build();
        long[][] elapsed = new long[3][runs];
        long[][] cpu = new long[3][runs];
        int boxes = 0;
        long bytes = 0;
        for (int i = -warmup; i < runs; i++) {
            System.gc();
            long[] t = new long[6];
            t[0] = System.nanoTime();
            t[1] = Timing.cpuNanos();
            BuiltMap built = renderer.build(map, context).orElseThrow(() -> new IllegalStateException(
                    "map " + map.id() + " failed: " + renderer.maps().failures())); //$NON-NLS-1$ //$NON-NLS-2$
            t[2] = System.nanoTime();
            t[3] = Timing.cpuNanos();
            BuiltMap laidOut = renderer.layout(built).orElseThrow(() -> new IllegalStateException(
                    "layout of " + map.id() + " failed: " + renderer.maps().failures())); //$NON-NLS-1$ //$NON-NLS-2$
            t[4] = System.nanoTime();
            t[5] = Timing.cpuNanos();
            String svg = MapRenderer.svg(laidOut);
            long end = System.nanoTime();
            long endCpu = Timing.cpuNanos();
            if (i >= 0) {
                elapsed[0][i] = t[2] - t[0];
                elapsed[1][i] = t[4] - t[2];
                elapsed[2][i] = end - t[4];
                cpu[0][i] = t[3] - t[1];
                cpu[1][i] = t[5] - t[3];
                cpu[2][i] = endCpu - t[5];
            }
            boxes = laidOut.diagram().allNodes().size();
            bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        }
        return new Result(map.id(), label, boxes, Timing.of(elapsed[0], cpu[0]), Timing.of(elapsed[1], cpu[1]),
                Timing.of(elapsed[2], cpu[2]), bytes, targetMillis);
    }

    /**
     * @param kind the kind of map
     * @param subject what to draw it for
     * @return the heap a laid-out map of it keeps, in MB (the model and its scoring excluded)
     * @throws Exception if a step fails
     */
    public double retainedMegabytes(MapKind kind, EObject subject) throws Exception {
        MapDescription map = renderer.maps().mapFor(kind, subject).orElseThrow();
        Portfolio portfolio = (Portfolio) EcoreUtil.getRootContainer(subject);
        MapContext context = MapContext.builder(subject, engine.score(portfolio))
                .layers(renderer.layers().defaults(kind)).locale(Locale.ENGLISH).build();
        try (Memory memory = new Memory()) {
            double before = memory.usedAfterCollectionMegabytes();
            BuiltMap kept = renderer.render(map, context).orElseThrow();
            double after = memory.usedAfterCollectionMegabytes();
            Reference.reachabilityFence(kept);
            return Math.max(0, after - before);
        }
    }

    /**
     * Measures every map of a portfolio: each journey, each workflow, and the portfolio.
     *
     * @param portfolio a portfolio
     * @param label how to name it in the figures
     * @return the figures
     * @throws Exception if a step fails
     */
    public List<Result> measureAll(Portfolio portfolio, String label) throws Exception {
        List<Result> results = new ArrayList<>();
        for (var journey : portfolio.getJourneys()) {
            add(results, measure(MapKind.JOURNEY, journey, label + ": " + journey.getName(), Double.NaN)); //$NON-NLS-1$
        }
        for (var workflow : portfolio.getWorkflows()) {
            add(results, measure(MapKind.WORKFLOW, workflow, label + ": " + workflow.getName(), Double.NaN)); //$NON-NLS-1$
        }
        add(results, measure(MapKind.PORTFOLIO, portfolio, label, Double.NaN));
        return results;
    }

    private static void add(List<Result> results, Result result) {
        if (result != null) {
            results.add(result);
        }
    }
}
