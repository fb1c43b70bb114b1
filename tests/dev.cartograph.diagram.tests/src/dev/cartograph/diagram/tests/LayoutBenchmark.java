// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Point;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.layout.DiagramLayout;
import dev.cartograph.diagram.layout.GridLayout;
import dev.cartograph.diagram.layout.LaneFlowLayout;
import dev.cartograph.diagram.layout.LaneFlowLayout.Layering;
import dev.cartograph.diagram.layout.RegionLayout;
import dev.cartograph.diagram.render.DiagramGraphics;
import dev.cartograph.diagram.render.DiagramPainter;
import dev.cartograph.diagram.render.FontSpec;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;

/**
 * Prints how long the layouts and writers take; asserts nothing (timings belong here, not in
 * tests). Not run by the build (its name does not end in Test); run it with
 * {@code -Dtest=LayoutBenchmark -Dsurefire.failIfNoSpecifiedTests=false} or its {@link #main}.
 */
public class LayoutBenchmark {

    private static final int RUNS = 7;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** @param args ignored */
    public static void main(String[] args) {
        new LayoutBenchmark().printFigures();
    }

    @Test
    void printFigures() {
        System.out.println("diagram layout benchmark: first run (cold JVM), then the median of " + RUNS
                + " runs, in ms of wall clock and of this thread's CPU time (the CPU time does not count waiting for a busy machine)");
        for (int steps : new int[] { 100, 500, 1300 }) {
            measure("workflow, lane flow (own layering)", steps, n -> Workflows.generate(n, 6), new LaneFlowLayout());
            measure("workflow, lane flow (ELK layering)", steps, n -> Workflows.generate(n, 6), new LaneFlowLayout(TextMetrics.standard(), Layering.ELK));
        }
        measure("journey, grid", 8, n -> GridLayoutTest.journey(null), new GridLayout());
        measure("portfolio, open, with traces", 12, n -> Portfolios.open(n, 3), new RegionLayout());
        measure("portfolio, open, with traces", 60, n -> Portfolios.open(n, 15), new RegionLayout());
        measure("portfolio, aggregated", 300, Portfolios::aggregated, new RegionLayout());
        measure("portfolio, aggregated", 2500, Portfolios::aggregated, new RegionLayout());
    }

    private static void measure(String what, int size, IntFunction<Diagram> build, DiagramLayout layout) {
        double[] layoutMs = new double[RUNS];
        double[] layoutCpuMs = new double[RUNS];
        double[] paintMs = new double[RUNS];
        double[] svgMs = new double[RUNS];
        int svgBytes = 0;
        Diagram d = null;
        for (int r = 0; r < RUNS; r++) {
            d = build.apply(size);
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            layout.layout(d);
            long t1 = System.nanoTime();
            layoutCpuMs[r] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
            CountingGraphics counter = new CountingGraphics();
            new DiagramPainter().paint(d, counter, PaintState.NONE, null);
            long t2 = System.nanoTime();
            svgBytes = SvgWriter.svg(d).length();
            long t3 = System.nanoTime();
            layoutMs[r] = (t1 - t0) / 1e6;
            paintMs[r] = (t2 - t1) / 1e6;
            svgMs[r] = (t3 - t2) / 1e6;
        }
        System.out.println(String.format(Locale.ROOT, "%-38s %5d nodes %5d edges: layout %7.1f first %7.1f median (CPU %7.1f first %7.1f median) | paint (all, no surface) %6.1f | SVG %6.1f ms %6.0f kB | %.0f x %.0f",
                what, d.allNodes().size(), d.edges().size(), layoutMs[0], median(layoutMs), layoutCpuMs[0], median(layoutCpuMs), median(paintMs), median(svgMs), svgBytes / 1024.0,
                d.bounds().width(), d.bounds().height()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A surface that only counts, to time the painter itself. */
    private static final class CountingGraphics implements DiagramGraphics {
        int calls;

        @Override
        public void fill(NodeShape shape, Bounds bounds, Rgb color, double alpha) {
            calls++;
        }

        @Override
        public void pattern(NodeShape shape, Bounds bounds, FillPattern pattern,
                Rgb color) {
            calls++;
        }

        @Override
        public void outline(NodeShape shape, Bounds bounds, Rgb color, double width,
                LinePattern line) {
            calls++;
        }

        @Override
        public void polyline(List<Point> points, Rgb color, double width,
                LinePattern line) {
            calls++;
        }

        @Override
        public void polygon(List<Point> points, Rgb color, double alpha) {
            calls++;
        }

        @Override
        public void text(String text, double x, double baseline, FontSpec font, Rgb color) {
            calls++;
        }
    }
}
