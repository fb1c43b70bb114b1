// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.ui.internal.matrix;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ui.internal.Messages;
import dev.cartograph.scoring.ui.internal.ScoreArea;
import dev.cartograph.scoring.ui.internal.ScoringTexts;

/**
 * The impact x feasibility matrix on an SWTChart chart: feasibility across, impact up, the
 * quadrants split at the portfolio's thresholds. Up to {@link #DENSITY_THRESHOLD} use cases it
 * draws one bubble per scored use case (a click on a bubble is reported; hovering one shows
 * its label and its figures); past it, where bubbles would hide one another, a density view:
 * cells counting the use cases in them and the quadrants' totals (a click on a cell is
 * reported). The chart's title says which view is shown.
 */
public final class MatrixChart {

    /** How many of the best-ranked use cases are labelled. */
    static final int LABELLED = 12;

    /** Past this many use cases the matrix shows their density instead of one bubble each. */
    public static final int DENSITY_THRESHOLD = 300;

    private static final double AXIS_MIN = -4;
    private static final double AXIS_MAX = 104;
    private static final int ANTIALIAS_LIMIT = 2500;

    private final Chart chart;
    private final Consumer<UseCase> clicks;
    private final Consumer<ScoreArea> cellClicks;
    private DensityGrid density;
    private DensityGrid.Cell hoveredCell;
    private final Font boldFont;
    private List<BubbleSpec> specs = List.of();
    private double impactThreshold = 50;
    private double feasibilityThreshold = 50;
    private String currency;
    private List<UseCase> selection = List.of();
    private BubbleSpec hovered;
    private BubbleLayout.Result layout;
    private Point layoutSize;
    private Image backdrop;
    private int dataVersion;
    private int backdropVersion = -1;

    /**
     * @param parent the parent
     * @param clicks told about the use case whose bubble the user clicked
     * @param cellClicks told about the density view's cell the user clicked
     */
    public MatrixChart(Composite parent, Consumer<UseCase> clicks, Consumer<ScoreArea> cellClicks) {
        this.clicks = clicks;
        this.cellClicks = cellClicks;
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(Messages.Matrix_bubbleView);
        chart.getTitle().setForeground(MatrixColors.color(MatrixColors.INK));
        chart.getLegend().setVisible(false);
        chart.addListener(SWT.Resize, event -> fitTitle());
        chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.setBackgroundInPlotArea(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        axis(chart.getAxisSet().getXAxis(0), Messages.Matrix_feasibility);
        axis(chart.getAxisSet().getYAxis(0), Messages.Matrix_impact);
        FontData data = chart.getFont().getFontData()[0];
        boldFont = new Font(chart.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        chart.addDisposeListener(event -> {
            boldFont.dispose();
            disposeBackdrop();
        });
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent event) {
                paint(event.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        Control plot = plotControl();
        plot.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseDown(MouseEvent event) {
                if (event.button == 1 && isDensity()) {
                    DensityGrid.Cell cell = cellAt(event.x, event.y);
                    if (cell != null && cell.count() > 0) {
                        cellClicks.accept(cell.area());
                    }
                } else if (event.button == 1) {
                    BubbleLayout.Placed hit = layout == null ? null : layout.hit(event.x, event.y);
                    if (hit != null) {
                        clicks.accept(hit.spec().useCase());
                    }
                }
            }
        });
        plot.addMouseMoveListener(event -> hover(event.x, event.y));
        plot.addListener(SWT.MouseExit, event -> hover(-1, -1));
    }

    private static void axis(IAxis axis, String title) {
        Color ink = MatrixColors.color(MatrixColors.INK);
        axis.getTitle().setText(title);
        axis.getTitle().setForeground(ink);
        axis.getTick().setForeground(ink);
        axis.setRange(new Range(AXIS_MIN, AXIS_MAX));
        axis.getTick().setFormat(new DecimalFormat("0")); //$NON-NLS-1$
        axis.getGrid().setStyle(LineStyle.NONE);
    }

    /** @return the SWTChart chart */
    public Chart getChart() {
        return chart;
    }

    /** @return the plot area's control (where bubbles are drawn and clicked) */
    public Control plotControl() {
        return chart.getPlotArea().getControl();
    }

    /**
     * Shows a new set of bubbles.
     *
     * @param newSpecs the bubbles
     * @param impact the impact threshold
     * @param feasibility the feasibility threshold
     * @param newCurrency the portfolio's currency, for tool tips
     */
    public void setData(List<BubbleSpec> newSpecs, double impact, double feasibility, String newCurrency) {
        if (impact == impactThreshold && feasibility == feasibilityThreshold && sameBubbles(specs, newSpecs)) {
            specs = List.copyOf(newSpecs);
            currency = newCurrency;
            return;
        }
        specs = List.copyOf(newSpecs);
        dataVersion++;
        impactThreshold = impact;
        feasibilityThreshold = feasibility;
        currency = newCurrency;
        hovered = null;
        hoveredCell = null;
        density = specs.size() > DENSITY_THRESHOLD ? DensityGrid.of(specs, impact, feasibility) : null;
        fitTitle();
        invalidate();
    }

    /**
     * Shows the view's whole title when the chart is wide enough, else its first part (before
     * the colon: "Bubble view"), never a title cut at both ends; the whole title is the tooltip.
     */
    private void fitTitle() {
        String whole = density == null ? Messages.Matrix_bubbleView : NLS.bind(Messages.Matrix_densityView, DENSITY_THRESHOLD);
        String shown = whole;
        int colon = whole.indexOf(':');
        if (colon > 0 && chart.getSize().x > 0) {
            GC gc = new GC(chart);
            try {
                gc.setFont(chart.getTitle().getFont());
                if (gc.textExtent(whole).x > chart.getSize().x - 16) {
                    shown = whole.substring(0, colon).strip();
                }
            } finally {
                gc.dispose();
            }
        }
        if (!shown.equals(chart.getTitle().getText())) {
            chart.getTitle().setText(shown);
        }
        chart.setToolTipText(whole.equals(shown) ? null : whole);
    }

    /** @return whether the density view is shown (more than {@link #DENSITY_THRESHOLD} use cases) */
    public boolean isDensity() {
        return density != null;
    }

    /** @return the density view's cells, or {@code null} when bubbles are shown */
    public DensityGrid density() {
        return density;
    }

    /**
     * @param px a pixel's x in the plot
     * @param py a pixel's y in the plot
     * @return the density view's cell there, or {@code null}
     */
    public DensityGrid.Cell cellAt(int px, int py) {
        if (density == null) {
            return null;
        }
        double feasibility = chart.getAxisSet().getXAxis(0).getDataCoordinate(px);
        double impact = chart.getAxisSet().getYAxis(0).getDataCoordinate(py);
        if (feasibility < 0 || feasibility > 100 || impact < 0 || impact > 100) {
            return null;
        }
        return density.cellAt(feasibility, impact);
    }

    /**
     * @param cell a cell of the density view
     * @return its rectangle in the plot's pixels (x, y, width, height)
     */
    int[] bounds(DensityGrid.Cell cell) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        int left = x.getPixelCoordinate(cell.area().minFeasibility());
        int right = x.getPixelCoordinate(cell.area().maxFeasibility());
        int top = y.getPixelCoordinate(cell.area().maxImpact());
        int bottom = y.getPixelCoordinate(cell.area().minImpact());
        return new int[] { left, top, right - left, bottom - top };
    }

    /**
     * @param cell a cell of the density view
     * @return its description for a tool tip
     */
    String describe(DensityGrid.Cell cell) {
        return NLS.bind(Messages.Matrix_cell, new Object[] { cell.area().describe(), cell.count(),
                cell.quadrant().label() });
    }

    /**
     * @param useCases the use cases to show as selected
     */
    public void setSelection(List<UseCase> useCases) {
        selection = List.copyOf(useCases);
        invalidate();
    }

    /** @return the bubbles shown */
    public List<BubbleSpec> specs() {
        return specs;
    }

    /** @return the layout for the plot's current size */
    public BubbleLayout.Result layout() {
        Point size = plotControl().getSize();
        if (layout == null || !size.equals(layoutSize)) {
            GC gc = new GC(plotControl());
            try {
                computeLayout(gc, size);
            } finally {
                gc.dispose();
            }
        }
        return layout;
    }

    /**
     * @param useCase a use case
     * @return whether its bubble is ringed as selected
     */
    public boolean isShownSelected(UseCase useCase) {
        return selection.contains(useCase);
    }

    /** @return the impact threshold */
    double impactThreshold() {
        return impactThreshold;
    }

    /** @return the feasibility threshold */
    double feasibilityThreshold() {
        return feasibilityThreshold;
    }

    /**
     * @param spec a bubble
     * @return its description for a tool tip
     */
    String describe(BubbleSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(spec.rank() > 0 ? "#" + spec.rank() + ' ' + spec.name() : spec.name()); //$NON-NLS-1$
        lines.add(NLS.bind(Messages.Matrix_scores, new Object[] { ScoringTexts.score(spec.impact()),
                ScoringTexts.score(spec.feasibility()), ScoringTexts.score(spec.overall()) }));
        Quadrant quadrant = spec.score().quadrant();
        lines.add((quadrant == null ? "" : quadrant.label() + " \u00B7 ") + ScoringTexts.scope(spec.scope())); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add(Double.isNaN(spec.effect()) ? Messages.Matrix_noEffect
                : NLS.bind(Messages.Matrix_effect, ScoringTexts.money(spec.effect(), currency)));
        if (spec.isGated() || spec.isPartial()) {
            lines.add(ScoringTexts.standing(spec.score()));
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    /** @return whether two sets of bubbles draw the same (same use cases, scores, scopes and effects) */
    private static boolean sameBubbles(List<BubbleSpec> a, List<BubbleSpec> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            BubbleSpec x = a.get(i);
            BubbleSpec y = b.get(i);
            if (x.score() != y.score() || x.rank() != y.rank() || x.scope() != y.scope()
                    || Double.compare(x.effect(), y.effect()) != 0 || !x.name().equals(y.name())) {
                return false;
            }
        }
        return true;
    }

    private void invalidate() {
        layout = null;
        if (!chart.isDisposed()) {
            plotControl().redraw();
        }
    }

    private void computeLayout(GC gc, Point size) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        gc.setFont(chart.getFont());
        int textHeight = gc.getFontMetrics().getHeight();
        // The density view labels nothing: bubbles are kept for the selection's rings only.
        List<int[]> reserved = new ArrayList<>();
        gc.setFont(boldFont);
        for (Quadrant quadrant : Quadrant.values()) {
            reserved.add(MatrixPainter.nameBounds(gc, quadrantName(quadrant), quadrant,
                    x.getPixelCoordinate(feasibilityThreshold), y.getPixelCoordinate(impactThreshold), size));
        }
        gc.setFont(chart.getFont());
        layout = BubbleLayout.layout(specs, x::getPixelCoordinate, y::getPixelCoordinate, size.x, size.y,
                text -> gc.textExtent(text).x, textHeight, density == null ? LABELLED : 0,
                density == null ? selection : List.of(), reserved);
        layoutSize = size;
    }

    /**
     * @param quadrant a quadrant
     * @return its name as the plot writes it, with how many use cases fall in it
     */
    String quadrantName(Quadrant quadrant) {
        int count = 0;
        if (density != null) {
            count = density.total(quadrant);
        } else {
            for (BubbleSpec spec : specs) {
                if (Quadrant.of(spec.impact(), spec.feasibility(), impactThreshold, feasibilityThreshold) == quadrant) {
                    count++;
                }
            }
        }
        return NLS.bind(Messages.Matrix_quadrantTotal, quadrant.label(), java.text.NumberFormat.getIntegerInstance().format(count));
    }

    private void paint(GC gc) {
        Point size = plotControl().getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        if (layout == null || !size.equals(layoutSize)) {
            computeLayout(gc, size);
        }
        if (backdrop == null || backdropVersion != dataVersion || (size.x != backdrop.getBounds().width
                || size.y != backdrop.getBounds().height)) {
            paintBackdrop(size);
        }
        gc.drawImage(backdrop, 0, 0);
        gc.setAdvanced(true);
        gc.setTextAntialias(SWT.ON);
        gc.setAntialias(SWT.ON);
        MatrixPainter painter = new MatrixPainter(gc, chart, boldFont);
        painter.selection(layout.bubbles(), selection);
        painter.labels(layout.labels());
        if (hoveredCell != null) {
            painter.outline(bounds(hoveredCell));
        }
        if (hovered != null && layout.labels().stream().noneMatch(l -> l.spec() == hovered)) {
            BubbleLayout.Placed placed = layout.find(hovered.useCase());
            if (placed != null) {
                painter.hoverLabel(placed, size);
            }
        }
        if (specs.isEmpty()) {
            painter.emptyMessage(Messages.Matrix_empty, size);
        }
    }

    /** Paints what changes only with the layout (quadrants, bubbles) once, into an image. */
    private void paintBackdrop(Point size) {
        disposeBackdrop();
        backdrop = new Image(chart.getDisplay(), size.x, size.y);
        GC gc = new GC(backdrop);
        try {
            gc.setAdvanced(true);
            gc.setTextAntialias(SWT.ON);
            gc.setFont(chart.getFont());
            MatrixPainter painter = new MatrixPainter(gc, chart, boldFont);
            painter.quadrants(feasibilityThreshold, impactThreshold, size);
            if (density != null) {
                painter.density(density, this::bounds);
            } else {
                boolean few = specs.size() <= ANTIALIAS_LIMIT;
                gc.setAntialias(few ? SWT.ON : SWT.OFF);
                painter.bubbles(layout.bubbles(), few);
            }
            gc.setFont(boldFont);
            painter.quadrantNames(this::quadrantName, feasibilityThreshold, impactThreshold, size);
        } finally {
            gc.dispose();
        }
        backdropVersion = dataVersion;
    }

    private void disposeBackdrop() {
        if (backdrop != null) {
            backdrop.dispose();
            backdrop = null;
        }
    }

    private void hover(int px, int py) {
        if (density != null) {
            DensityGrid.Cell cell = px < 0 ? null : cellAt(px, py);
            if (!java.util.Objects.equals(cell, hoveredCell)) {
                hoveredCell = cell;
                plotControl().setToolTipText(cell == null ? null : describe(cell));
                plotControl().redraw();
            }
            return;
        }
        BubbleLayout.Placed hit = px < 0 || layout == null ? null : layout.hit(px, py);
        BubbleSpec spec = hit == null ? null : hit.spec();
        if (spec != hovered) {
            hovered = spec;
            plotControl().setToolTipText(spec == null ? null : describe(spec));
            plotControl().redraw();
        }
    }
}
