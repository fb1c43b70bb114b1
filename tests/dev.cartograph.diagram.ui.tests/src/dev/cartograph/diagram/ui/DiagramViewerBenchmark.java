// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram.ui;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.BandKind;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.Edge;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.diagram.layout.LaneFlowLayout;

/**
 * Prints how long the diagram viewer takes to show a workflow map of 1,300 steps: a full repaint
 * (every tile of the back buffer painted anew), a scroll, a zoom step and a click that selects.
 * Each figure runs from the call to the end of the canvas's next Paint event, waited for in the
 * event loop (under GTK3, {@code Canvas.update()} does not paint at once, so timing it would
 * measure nothing). Asserts nothing: timings belong here, not in tests. Not run by the build (its
 * name does not end in Test); run it with {@code -Dtest=DiagramViewerBenchmark} (the README says how).
 */
public class DiagramViewerBenchmark {

    private static final int RUNS = 40;
    private static final int WARMUP = 5;
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 860;

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private int paints;
    private double lastCpuMs;

    @Test
    void printFigures() {
        Diagram diagram = workflow(1300, 8);
        long t0 = System.nanoTime();
        new LaneFlowLayout().layout(diagram);
        double layoutMs = (System.nanoTime() - t0) / 1e6;
        try (ViewerHarness ui = new ViewerHarness(new Diagram("empty"), WIDTH, HEIGHT)) { //$NON-NLS-1$
            ui.canvas.addListener(SWT.Paint, e -> paints++);
            Display display = ui.display;
            Rectangle area = ui.canvas.getClientArea();
            System.out.printf(Locale.ROOT, "diagram viewer benchmark: workflow map of 1,300 steps (%d boxes, %d edges), "
                    + "canvas %d x %d, laid out in %.1f ms; from the call to the end of the next paint, in ms, %d runs after %d%n",
                    diagram.allNodes().size(), diagram.edges().size(), area.width, area.height, layoutMs, RUNS, WARMUP);
            double first = time(display, () -> ui.viewer.setDiagram(diagram));
            System.out.printf(Locale.ROOT, "first paint of the laid-out map at 100%%: %.1f ms (UI thread CPU %.1f ms)%n", first, lastCpuMs);
            report("full repaint at 100% (refresh: every tile painted anew)", display, i -> ui.viewer.refresh());
            report("scroll by 48 px, down and up again (tiles already painted)", display,
                    i -> ui.viewer.scrollTo(0, i % 2 == 0 ? 48 : 0));
            report("scroll by 200 px sideways, into tiles not painted yet", display, i -> {
                int x = ui.viewer.getOriginX();
                ui.viewer.scrollTo(x + 200, 0);
                if (ui.viewer.getOriginX() == x) {
                    ui.viewer.scrollTo(0, 0);
                }
            });
            ui.viewer.scrollTo(0, 0);
            settle(display);
            Node a = diagram.allNodes().get(3);
            Node b = diagram.allNodes().get(4);
            report("a click that selects another box (the tiles around both painted anew)", display, i -> {
                int[] c = ui.center(i % 2 == 0 ? a : b);
                ui.mouse(SWT.MouseDown, c[0], c[1], 1, 0);
                ui.mouse(SWT.MouseUp, c[0], c[1], 1, SWT.BUTTON1);
            });
            report("zoom step in and out about the centre (every tile painted at the new zoom)", display,
                    i -> {
                        if (i % 2 == 0) {
                            ui.viewer.zoomIn();
                        } else {
                            ui.viewer.zoomOut();
                        }
                    });
            ui.viewer.setZoom(0.25, 0, 0);
            settle(display);
            report("full repaint at 25% (every tile painted anew)", display, i -> ui.viewer.refresh());
            report("scroll by 48 px sideways at 25%, there and back", display, i -> ui.viewer.scrollTo(i % 2 == 0 ? 48 : 0, 0));
        }
    }

    private void report(String what, Display display, java.util.function.IntConsumer action) {
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < WARMUP + RUNS; i++) {
            int run = i;
            double t = time(display, () -> action.accept(run));
            if (i >= WARMUP) {
                ms[i - WARMUP] = t;
                cpu[i - WARMUP] = lastCpuMs;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(RUNS * 0.95) - 1;
        System.out.printf(Locale.ROOT, "%-78s wall median %6.2f  p95 %6.2f | UI thread CPU median %6.2f  p95 %6.2f%n", what,
                ms[RUNS / 2], ms[p95], cpu[RUNS / 2], cpu[p95]);
    }

    /** @return ms from running the action to the end of the next paint of the canvas */
    private double time(Display display, Runnable action) {
        settle(display);
        int before = paints;
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        action.run();
        long deadline = t0 + 5_000_000_000L;
        while (paints == before && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(5, () -> {
                    // Wakes the loop.
                });
                display.sleep();
            }
        }
        if (paints == before) {
            throw new IllegalStateException("the canvas was not painted within 5 s"); //$NON-NLS-1$
        }
        double wall = (System.nanoTime() - t0) / 1e6;
        lastCpuMs = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        return wall;
    }

    private static void settle(Display display) {
        long end = System.currentTimeMillis() + 30;
        while (System.currentTimeMillis() < end) {
            while (display.readAndDispatch()) {
                // Drain.
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A workflow as the workflow map builds it: lanes by actor, branches that join, loops, badges. */
    static Diagram workflow(int steps, int actors) {
        Diagram d = new Diagram("workflow:w"); //$NON-NLS-1$
        d.setTitle("Claims handling"); //$NON-NLS-1$
        d.setSubtitle(steps + " steps"); //$NON-NLS-1$
        for (int a = 0; a < actors; a++) {
            Band lane = d.add(new Band("actor:" + a, "actor", null, BandKind.ROW)); //$NON-NLS-1$ //$NON-NLS-2$
            lane.setLabel("Actor " + a); //$NON-NLS-1$
            lane.setOrder(a);
        }
        Style style = Style.DEFAULT.withFill(Rgb.of(0xdbeafe)).withShape(NodeShape.ROUNDED);
        Node[] nodes = new Node[steps];
        int actor = 0;
        for (int i = 0; i < steps; i++) {
            if (i % 5 == 3) {
                actor = (actor + 1 + i % 3) % actors;
            }
            Node n = d.add(new Node("step:" + i, "step", null)); //$NON-NLS-1$ //$NON-NLS-2$
            n.setLabel(i % 11 == 4 ? "Check the claim against the policy and ask the customer for the missing documents" //$NON-NLS-1$
                    : "Step " + i); //$NON-NLS-1$
            n.setLane("actor:" + actor); //$NON-NLS-1$
            n.setOrder(i);
            n.setStyle(style);
            n.details().add("volume " + (100 + i % 900) + "/month \u00b7 manual " + (i % 60) + " min"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (i % 4 == 0) {
                n.badges().add(new Badge("usecases", Integer.toString(i % 20), Style.DEFAULT.withFontSize(9), //$NON-NLS-1$
                        BadgePosition.TOP_RIGHT, null));
            }
            nodes[i] = n;
        }
        for (int i = 0; i + 1 < steps; i++) {
            if (i % 7 == 0 && i + 3 < steps) {
                edge(d, nodes[i], nodes[i + 1]);
                edge(d, nodes[i], nodes[i + 2]);
                edge(d, nodes[i + 1], nodes[i + 3]);
                edge(d, nodes[i + 2], nodes[i + 3]);
                i += 2;
                continue;
            }
            edge(d, nodes[i], nodes[i + 1]);
            if (i % 40 == 39 && i >= 5) {
                edge(d, nodes[i], nodes[i - 5]);
            }
        }
        return d;
    }

    private static void edge(Diagram d, Node from, Node to) {
        d.add(new Edge("next:" + from.id() + ">" + to.id(), "successor", null, from, to)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
