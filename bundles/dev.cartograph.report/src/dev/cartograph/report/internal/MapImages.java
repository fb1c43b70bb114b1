// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.maps.BuiltMap;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.MapDescription;
import dev.cartograph.maps.MapKind;
import dev.cartograph.maps.MapRenderer;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;

/**
 * The maps a report shows, drawn headless with the installed maps and their default layers, as
 * PNG data URIs (the report stays one self-contained file). A map that cannot be drawn is left
 * out: a report without a picture is better than no report.
 */
public final class MapImages {

    private static final double EXCERPT_SCALE = 1.5;
    private static final double WIDE_SCALE = 1.5;

    private final MapRenderer renderer;
    private final ScoringResult scoring;
    private final Locale locale;

    /**
     * @param renderer the installed maps, or {@code null} for no maps at all
     * @param scoring the scored portfolio
     * @param locale the language of the labels
     */
    public MapImages(MapRenderer renderer, ScoringResult scoring, Locale locale) {
        this.renderer = renderer;
        this.scoring = scoring;
        this.locale = locale;
    }

    /**
     * @param useCase a use case
     * @return the map of the journey or workflow it is anchored on (its first anchor), or {@code null}
     */
    public String excerpt(UseCase useCase) {
        if (!useCase.getStages().isEmpty() && useCase.getStages().get(0).getJourney() != null) {
            return image(MapKind.JOURNEY, useCase.getStages().get(0).getJourney(), EXCERPT_SCALE).orElse(null);
        }
        if (!useCase.getSteps().isEmpty() && useCase.getSteps().get(0).getWorkflow() != null) {
            return image(MapKind.WORKFLOW, useCase.getSteps().get(0).getWorkflow(), EXCERPT_SCALE).orElse(null);
        }
        return null;
    }

    /**
     * @param kind the kind of map
     * @param subject the portfolio, journey or workflow
     * @return the map as a PNG data URI
     */
    public Optional<String> wide(MapKind kind, EObject subject) {
        return image(kind, subject, WIDE_SCALE);
    }

    private Optional<String> image(MapKind kind, EObject subject, double scale) {
        if (renderer == null) {
            return Optional.empty();
        }
        Optional<MapDescription> map = renderer.maps().mapFor(kind, subject);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        MapContext context = MapContext.builder(subject, scoring).layers(renderer.layers().defaults(kind))
                .locale(locale).build();
        Optional<BuiltMap> built = renderer.render(map.get(), context);
        if (built.isEmpty()) {
            return Optional.empty();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            MapRenderer.writePng(built.get(), scale, png);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray())); //$NON-NLS-1$
    }
}
