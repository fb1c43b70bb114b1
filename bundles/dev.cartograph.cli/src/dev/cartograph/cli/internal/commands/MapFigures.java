// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.commands;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.cartograph.cli.internal.Invocation;
import dev.cartograph.cli.internal.bench.MapBenchmark;
import dev.cartograph.cli.internal.bench.SyntheticPortfolio;
import dev.cartograph.cli.internal.bench.SyntheticWorkflow;
import dev.cartograph.cli.internal.output.Column;
import dev.cartograph.cli.internal.output.Document;
import dev.cartograph.cli.internal.output.Section;
import dev.cartograph.maps.MapKind;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * The "Maps" figures of {@code bench}: model to diagram, layout and SVG of the sample's maps (the
 * shipped Kestrel Mutual portfolio, when the sample plug-in is installed), of a workflow of
 * {@value #LARGE_WORKFLOW} steps (target: laid out and painted in under 0.5 s) and of the portfolio
 * map of the largest generated portfolio, aggregated (target: under 2 s), and the heap the large
 * workflow's map keeps (target: under 50 MB).
 */
final class MapFigures {

    /** The size of the large workflow, as the target states. */
    static final int LARGE_WORKFLOW = 1300;

    private static final String SAMPLE_BUNDLE = "dev.cartograph.sample"; //$NON-NLS-1$
    private static final String SAMPLE_ENTRY = "portfolios/kestrel-mutual.cartograph"; //$NON-NLS-1$
    private static final double WORKFLOW_TARGET_MILLIS = 500;
    private static final double PORTFOLIO_TARGET_MILLIS = 2000;
    private static final double HEAP_TARGET_MEGABYTES = 50;

    private final List<MapBenchmark.Result> results = new ArrayList<>();
    private double workflowHeap = Double.NaN;
    private boolean sampleMissing;

    /**
     * Measures the maps.
     *
     * @param benchmark the map benchmark
     * @param largest the size of the largest generated portfolio
     * @param seed the seed of the generated models
     * @param directory a temporary directory
     * @return the figures
     * @throws Exception if a step fails
     */
    static MapFigures measure(MapBenchmark benchmark, int largest, long seed, Path directory) throws Exception {
        MapFigures figures = new MapFigures();
        Portfolio sample = sample(directory);
        if (sample == null) {
            figures.sampleMissing = true;
        } else {
            figures.results.addAll(benchmark.measureAll(sample, "sample")); //$NON-NLS-1$
        }
        Portfolio large = SyntheticWorkflow.generate(LARGE_WORKFLOW, seed);
        figures.add(benchmark.measure(MapKind.WORKFLOW, large.getWorkflows().get(0), LARGE_WORKFLOW + " steps", //$NON-NLS-1$
                WORKFLOW_TARGET_MILLIS));
        figures.workflowHeap = benchmark.retainedMegabytes(MapKind.WORKFLOW, large.getWorkflows().get(0));
        Portfolio generated = SyntheticPortfolio.generate(largest, seed);
        figures.add(benchmark.measure(MapKind.PORTFOLIO, generated, largest + " use cases", PORTFOLIO_TARGET_MILLIS)); //$NON-NLS-1$
        return figures;
    }

    private void add(MapBenchmark.Result result) {
        if (result != null) {
            results.add(result);
        }
    }

    /** The shipped sample, copied out of its plug-in, or {@code null} if it is not installed. */
    private static Portfolio sample(Path directory) throws IOException {
        Bundle self = FrameworkUtil.getBundle(MapFigures.class);
        if (self == null || self.getBundleContext() == null) {
            return null;
        }
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            URL entry = SAMPLE_BUNDLE.equals(bundle.getSymbolicName()) ? bundle.getEntry(SAMPLE_ENTRY) : null;
            if (entry != null) {
                Path copy = directory.resolve("sample.cartograph"); //$NON-NLS-1$
                try (InputStream in = entry.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                return ModelPersistence.load(copy);
            }
        }
        return null;
    }

    /**
     * Adds the section "maps" and the heap of the large workflow's map to the report.
     *
     * @param document the bench's report
     * @param invocation the invocation
     */
    void report(Document document, Invocation invocation) {
        document.field("mapHeapMegabytes", invocation.text("Field_mapHeap", LARGE_WORKFLOW), workflowHeap); //$NON-NLS-1$ //$NON-NLS-2$
        document.field("mapHeapMet", invocation.text("Field_mapHeapMet"), workflowHeap < HEAP_TARGET_MEGABYTES); //$NON-NLS-1$ //$NON-NLS-2$
        Section section = document.section(new Section("maps", invocation.text("Section_maps"), null, //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("map", invocation.text("Column_map")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("subject", invocation.text("Column_mapSubject")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.integer("boxes", invocation.text("Column_boxes")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("buildMillis", invocation.text("Column_mapBuild"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("layoutMillis", invocation.text("Column_mapLayout"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("svgMillis", invocation.text("Column_mapSvg"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("totalMillis", invocation.text("Column_mapTotal"), 2), //$NON-NLS-1$ //$NON-NLS-2$
                Column.number("svgKilobytes", invocation.text("Column_svgKilobytes"), 1), //$NON-NLS-1$ //$NON-NLS-2$
                Column.text("target", invocation.text("Column_target")), //$NON-NLS-1$ //$NON-NLS-2$
                Column.bool("met", invocation.text("Column_met")))); //$NON-NLS-1$ //$NON-NLS-2$
        for (MapBenchmark.Result result : results) {
            section.add(result.map(), result.subject(), result.boxes(), result.build().medianMillis(),
                    result.layout().medianMillis(), result.svg().medianMillis(), result.totalMillis(),
                    result.svgBytes() / 1024.0,
                    Double.isNaN(result.targetMillis()) ? null
                            : invocation.text("Target_map", (int) result.targetMillis()), //$NON-NLS-1$
                    result.met());
        }
        if (sampleMissing) {
            document.note(invocation.text("Note_benchNoSample")); //$NON-NLS-1$
        }
        document.note(invocation.text("Note_benchMaps", LARGE_WORKFLOW)); //$NON-NLS-1$
    }
}
