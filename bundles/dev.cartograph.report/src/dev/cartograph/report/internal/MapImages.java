// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Bounds;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.render.PaintState;
import dev.cartograph.diagram.render.PngWriter;
import dev.cartograph.diagram.render.SvgWriter;
import dev.cartograph.diagram.text.TextMetrics;
import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;

/**
 * The maps a report shows, drawn headless with the installed maps and their default layers, as
 * data URIs (the report stays one self-contained file): SVG in HTML (sharp at any zoom), PNG in
 * PDF. A one-pager gets an excerpt: the part of its journey or workflow map around the use case,
 * the use case drawn selected. A map that cannot be drawn is left out: a report without a
 * picture is better than no report.
 */
public final class MapImages {

    private static final double EXCERPT_SCALE = 2;
    private static final double WIDE_SCALE = 1.5;
    /** The least size of an excerpt, in diagram units: wide and short, as the page's map slot is. */
    private static final double EXCERPT_WIDTH = 620;
    private static final double EXCERPT_HEIGHT = 230;
    private static final double EXCERPT_MARGIN = 40;

    private final MapRenderer renderer;
    private final ScoringResult scoring;
    private final Locale locale;
    private final boolean svg;

    /**
     * @param renderer the installed maps, or {@code null} for no maps at all
     * @param scoring the scored portfolio
     * @param locale the language of the labels
     * @param svg whether to give SVG (for HTML) rather than PNG (for PDF)
     */
    public MapImages(MapRenderer renderer, ScoringResult scoring, Locale locale, boolean svg) {
        this.renderer = renderer;
        this.scoring = scoring;
        this.locale = locale;
        this.svg = svg;
    }

    /**
     * @param useCase a use case
     * @return the excerpt of the map of the journey or workflow it is anchored on (its first
     *         anchor) around it, or {@code null}
     */
    public String excerpt(UseCase useCase) {
        EObject subject = null;
        MapKind kind = null;
        if (!useCase.getStages().isEmpty() && useCase.getStages().get(0).getJourney() != null) {
            subject = useCase.getStages().get(0).getJourney();
            kind = MapKind.JOURNEY;
        } else if (!useCase.getSteps().isEmpty() && useCase.getSteps().get(0).getWorkflow() != null) {
            subject = useCase.getSteps().get(0).getWorkflow();
            kind = MapKind.WORKFLOW;
        }
        if (subject == null) {
            return null;
        }
        return built(kind, subject).map(map -> crop(map.diagram(), useCase)).orElse(null);
    }

    /**
     * @param kind the kind of map
     * @param subject the portfolio, journey or workflow
     * @return the whole map as a data URI
     */
    public Optional<String> wide(MapKind kind, EObject subject) {
        return built(kind, subject).map(map -> image(map.diagram(), PaintState.NONE, WIDE_SCALE));
    }

    private Optional<BuiltMap> built(MapKind kind, EObject subject) {
        if (renderer == null) {
            return Optional.empty();
        }
        Optional<MapDescription> map = renderer.maps().mapFor(kind, subject);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapContext context = MapContext.builder(subject, scoring).layers(renderer.layers().defaults(kind))
                .locale(locale).build();
        return renderer.render(map.get(), context);
    }

    /** The window of the diagram around the use case's boxes, kept inside the diagram. */
    private String crop(Diagram diagram, UseCase useCase) {
        List<DiagramElement> shown = diagram.elementsFor(useCase);
        Bounds all = diagram.bounds();
        if (shown.isEmpty()) {
            return image(diagram, PaintState.NONE, EXCERPT_SCALE);
        }
        Bounds around = null;
        Set<String> ids = new LinkedHashSet<>();
        for (DiagramElement element : shown) {
            ids.add(element.id());
            around = around == null ? element.bounds() : around.union(element.bounds());
        }
        around = around.expand(EXCERPT_MARGIN);
        double width = Math.min(all.width(), Math.max(EXCERPT_WIDTH, around.width()));
        double height = Math.min(all.height(), Math.max(EXCERPT_HEIGHT, around.height()));
        double x = clamp(around.center().x() - width / 2, all.x(), all.right() - width);
        double y = clamp(around.center().y() - height / 2, all.y(), all.bottom() - height);
        diagram.setBounds(new Bounds(x, y, width, height));
        try {
            return image(diagram, new PaintState(ids, Set.of(), null, false), EXCERPT_SCALE);
        } finally {
            diagram.setBounds(all);
        }
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, Math.max(low, high)));
    }

    private String image(Diagram diagram, PaintState state, double scale) {
        if (svg) {
            String text = SvgWriter.svg(diagram, state, TextMetrics.standard());
            return "data:image/svg+xml;base64," //$NON-NLS-1$
                    + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(PngWriter.image(diagram, scale, state), "png", png)) { //$NON-NLS-1$
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()); //$NON-NLS-1$
    }
}
