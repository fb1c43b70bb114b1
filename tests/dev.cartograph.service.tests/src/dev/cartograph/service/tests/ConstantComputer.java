// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/** A contributed computer that answers 4 for every use case (used by the dynamic contribution). */
public final class ConstantComputer implements CriterionComputer {

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return OptionalDouble.of(4);
    }
}
