// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.internal.DefinedCriterion;

/** Builds an immutable {@link Criterion} in code; see {@link Criterion#builder(String)}. */
public final class CriterionBuilder {

    private final String id;
    private String label;
    private String description = ""; //$NON-NLS-1$
    private String question = ""; //$NON-NLS-1$
    private Scale scale = Scale.of(1, 5);
    private Side side = Side.IMPACT;
    private Direction direction = Direction.BENEFIT;
    private double defaultWeight = 1.0;
    private String contributor = "dev.cartograph.scoring"; //$NON-NLS-1$
    private Function<UseCase, OptionalDouble> computer;

    CriterionBuilder(String id) {
        this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
        this.label = id;
    }

    /**
     * @param value the localised name
     * @return this builder
     */
    public CriterionBuilder label(String value) {
        this.label = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the localised description
     * @return this builder
     */
    public CriterionBuilder description(String value) {
        this.description = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the localised question
     * @return this builder
     */
    public CriterionBuilder question(String value) {
        this.question = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the scale
     * @return this builder
     */
    public CriterionBuilder scale(Scale value) {
        this.scale = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the side of the grid
     * @return this builder
     */
    public CriterionBuilder side(Side value) {
        this.side = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value benefit or cost
     * @return this builder
     */
    public CriterionBuilder direction(Direction value) {
        this.direction = Objects.requireNonNull(value);
        return this;
    }

    /**
     * @param value the default weight
     * @return this builder
     */
    public CriterionBuilder defaultWeight(double value) {
        this.defaultWeight = value;
        return this;
    }

    /**
     * @param value the contributor (a bundle id)
     * @return this builder
     */
    public CriterionBuilder contributor(String value) {
        this.contributor = Objects.requireNonNull(value);
        return this;
    }

    /**
     * Makes the criterion computed.
     *
     * @param value derives a value from a use case, see {@link Criterion#computeValue(UseCase)}
     * @return this builder
     */
    public CriterionBuilder computedBy(Function<UseCase, OptionalDouble> value) {
        this.computer = Objects.requireNonNull(value);
        return this;
    }

    /** @return the immutable criterion */
    public Criterion build() {
        return new DefinedCriterion(id, label, description, question, scale, side, direction,
                defaultWeight, contributor, computer);
    }
}
