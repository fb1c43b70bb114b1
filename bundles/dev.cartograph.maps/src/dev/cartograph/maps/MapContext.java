// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.validation.ValidationReport;

/**
 * What a map is drawn from: the model element it is about (a journey, a workflow, the
 * portfolio), the portfolio, its live scoring (the editor's one shared scoring, or a scoring
 * computed by the command line), the layers switched on, and the language of every text.
 * Validation findings are asked for only by layers that show them, through a supplier, so that
 * a map without the validation layer never validates. Immutable; build one with
 * {@link #builder(EObject, ScoringResult)}.
 */
public final class MapContext {

    private final EObject element;
    private final ScoringResult scoring;
    private final Set<String> layers;
    private final Locale locale;
    private final Supplier<ValidationReport> validation;
    private final int aggregationThreshold;
    private volatile ValidationReport report;

    private MapContext(Builder builder) {
        element = builder.element;
        scoring = builder.scoring;
        layers = Set.copyOf(builder.layers);
        locale = builder.locale;
        validation = builder.validation;
        aggregationThreshold = builder.aggregationThreshold;
    }

    /**
     * @param element the model element the map is about
     * @param scoring the live scoring of its portfolio
     * @return a builder with no layer, the default locale, no validation and the default
     *         aggregation threshold
     */
    public static Builder builder(EObject element, ScoringResult scoring) {
        return new Builder(element, scoring);
    }

    /** @return the model element the map is about */
    public EObject element() {
        return element;
    }

    /** @return the portfolio */
    public Portfolio portfolio() {
        return scoring.portfolio();
    }

    /** @return the live scoring of the portfolio */
    public ScoringResult scoring() {
        return scoring;
    }

    /**
     * @param object a use case of the portfolio
     * @return its score, if it was scored
     */
    public Optional<UseCaseScore> score(EObject object) {
        return object instanceof UseCase useCase ? scoring.find(useCase) : Optional.empty();
    }

    /** @return the ids of the layers switched on */
    public Set<String> layers() {
        return layers;
    }

    /**
     * @param layerId a layer's id
     * @return whether it is switched on
     */
    public boolean isEnabled(String layerId) {
        return layers.contains(layerId);
    }

    /** @return the language of every text of the map */
    public Locale locale() {
        return locale;
    }

    /**
     * @return the validation findings of the portfolio, computed the first time they are asked
     *         for; empty if the caller gave no way to validate
     */
    public Optional<ValidationReport> validation() {
        if (validation == null) {
            return Optional.empty();
        }
        ValidationReport found = report;
        if (found == null) {
            synchronized (this) {
                if (report == null) {
                    report = validation.get();
                }
                found = report;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * @return above how many boxes a map that can aggregate (the portfolio map) shows its
     *         containers collapsed, with counts, instead of every box
     */
    public int aggregationThreshold() {
        return aggregationThreshold;
    }

    /** Builds a {@link MapContext}. */
    public static final class Builder {

        /** The default {@link MapContext#aggregationThreshold()}. */
        public static final int DEFAULT_AGGREGATION_THRESHOLD = 400;

        private final EObject element;
        private final ScoringResult scoring;
        private Set<String> layers = Set.of();
        private Locale locale = Locale.getDefault();
        private Supplier<ValidationReport> validation;
        private int aggregationThreshold = DEFAULT_AGGREGATION_THRESHOLD;

        private Builder(EObject element, ScoringResult scoring) {
            this.element = Objects.requireNonNull(element, "element"); //$NON-NLS-1$
            this.scoring = Objects.requireNonNull(scoring, "scoring"); //$NON-NLS-1$
        }

        /**
         * @param ids the ids of the layers switched on
         * @return this builder
         */
        public Builder layers(Set<String> ids) {
            layers = Objects.requireNonNull(ids);
            return this;
        }

        /**
         * @param value the language of every text
         * @return this builder
         */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value);
            return this;
        }

        /**
         * @param findings gives the portfolio's validation findings, called at most once
         * @return this builder
         */
        public Builder validation(Supplier<ValidationReport> findings) {
            validation = findings;
            return this;
        }

        /**
         * @param boxes above how many boxes a map aggregates (at least 1)
         * @return this builder
         */
        public Builder aggregationThreshold(int boxes) {
            if (boxes < 1) {
                throw new IllegalArgumentException("threshold " + boxes); //$NON-NLS-1$
            }
            aggregationThreshold = boxes;
            return this;
        }

        /** @return the context */
        public MapContext build() {
            return new MapContext(this);
        }
    }
}
