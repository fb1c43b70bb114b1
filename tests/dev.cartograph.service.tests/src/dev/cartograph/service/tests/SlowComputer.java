// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.tests;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;
import dev.cartograph.service.CriterionComputer;

/**
 * A contributed computer that takes a minute (far beyond any budget) unless interrupted, as
 * the engine does when it abandons the call.
 */
public final class SlowComputer implements CriterionComputer {

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalDouble.of(3);
    }
}
