// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/** A contributed computer that returns NaN. */
public final class NotANumberComputer implements CriterionComputer {

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return OptionalDouble.of(Double.NaN);
    }
}
