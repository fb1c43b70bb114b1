// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/** A contributed computer that returns 7 for a criterion on the default 1-5 scale. */
public final class OutOfScaleComputer implements CriterionComputer {

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return OptionalDouble.of(7);
    }
}
