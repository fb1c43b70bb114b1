// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal;

import java.util.OptionalDouble;
import java.util.function.Function;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;

/**
 * A criterion built in code by {@link dev.cartograph.scoring.CriterionBuilder}.
 *
 * @param id the identifier
 * @param label the name
 * @param description the description
 * @param question the assessor's question
 * @param scale the scale
 * @param side the side
 * @param direction the direction
 * @param defaultWeight the default weight
 * @param contributor the contributor
 * @param computer the value computer, or {@code null} when not computed
 */
public record DefinedCriterion(String id, String label, String description, String question,
        Scale scale, Side side, Direction direction, double defaultWeight, String contributor,
        Function<UseCase, OptionalDouble> computer) implements Criterion {

    @Override
    public boolean isComputed() {
        return computer != null;
    }

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return computer == null ? OptionalDouble.empty() : computer.apply(useCase);
    }

    @Override
    public String toString() {
        return id;
    }
}
