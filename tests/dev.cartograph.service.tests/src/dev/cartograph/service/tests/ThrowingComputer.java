// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/** A contributed computer that throws on every use case. */
public final class ThrowingComputer implements CriterionComputer {

    static final String MESSAGE = "figures unavailable";

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        throw new IllegalStateException(MESSAGE);
    }
}
