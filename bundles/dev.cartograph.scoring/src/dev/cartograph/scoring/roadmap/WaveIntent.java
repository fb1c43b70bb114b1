// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.roadmap;

import java.util.EnumSet;
import java.util.Set;

import dev.cartograph.model.QuadrantKind;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;
import dev.cartograph.model.WorkflowCategory;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.UseCaseScore;

/**
 * What a wave is for, as its intent says: the scopes, workflow categories and quadrants of the
 * use cases it takes. An empty list allows any; a wave without intent takes every use case.
 *
 * @param scopes the scopes allowed, empty for any
 * @param categories the workflow categories allowed, empty for any; a use case matches through
 *        the workflows of the steps it is anchored on
 * @param quadrants the quadrants allowed, empty for any
 */
public record WaveIntent(Set<Scope> scopes, Set<WorkflowCategory> categories, Set<QuadrantKind> quadrants) {

    /** A wave that takes every use case. */
    public static final WaveIntent ANY = new WaveIntent(Set.of(), Set.of(), Set.of());

    /** Copies the sets. */
    public WaveIntent {
        scopes = Set.copyOf(scopes);
        categories = Set.copyOf(categories);
        quadrants = Set.copyOf(quadrants);
    }

    /**
     * @param wave a wave of the model, or {@code null}
     * @return its intent
     */
    public static WaveIntent of(Wave wave) {
        if (wave == null) {
            return ANY;
        }
        return new WaveIntent(copy(wave.getIntendedScopes(), Scope.class),
                copy(wave.getIntendedCategories(), WorkflowCategory.class),
                copy(wave.getIntendedQuadrants(), QuadrantKind.class));
    }

    private static <E extends Enum<E>> Set<E> copy(java.util.Collection<E> values, Class<E> type) {
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    /** @return whether it takes any use case */
    public boolean isAny() {
        return scopes.isEmpty() && categories.isEmpty() && quadrants.isEmpty();
    }

    /**
     * @param score a scored use case
     * @return whether the wave's intent takes it
     */
    public boolean accepts(UseCaseScore score) {
        if (!scopes.isEmpty() && !scopes.contains(score.scope() == null ? Scope.INTERNAL : score.scope())) {
            return false;
        }
        if (!quadrants.isEmpty() && (score.quadrant() == null || !quadrants.contains(kind(score.quadrant())))) {
            return false;
        }
        return categories.isEmpty() || inCategory(score.useCase());
    }

    private boolean inCategory(UseCase useCase) {
        for (WorkflowStep step : useCase.getSteps()) {
            if (step.eContainer() instanceof dev.cartograph.model.Workflow workflow
                    && categories.contains(workflow.getCategory())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param quadrant a quadrant of the scoring
     * @return the model's name for it
     */
    public static QuadrantKind kind(Quadrant quadrant) {
        return switch (quadrant) {
            case QUICK_WIN -> QuadrantKind.QUICK_WIN;
            case STRATEGIC_BET -> QuadrantKind.STRATEGIC_BET;
            case FILL_IN -> QuadrantKind.FILL_IN;
            case DROP -> QuadrantKind.DROP;
        };
    }
}
