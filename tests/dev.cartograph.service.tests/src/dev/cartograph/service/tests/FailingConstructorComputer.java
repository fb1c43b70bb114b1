// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/** A contributed computer whose constructor throws. */
public final class FailingConstructorComputer implements CriterionComputer {

    static final String MESSAGE = "no licence key";

    /** Always fails. */
    public FailingConstructorComputer() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        return OptionalDouble.of(1);
    }
}
