// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;

/**
 * Derives a contributed criterion's value from the model. Named by the {@code computer}
 * attribute of a {@code criterion} element of the
 * {@value dev.cartograph.service.ScoringServices#CRITERIA_EXTENSION_POINT} extension point.
 * <p>
 * The class needs a public constructor without arguments; it is created the first time the
 * engine needs a computed value, not when the plug-in is read. It may implement
 * {@link org.eclipse.core.runtime.IExecutableExtension} to receive its {@code criterion}
 * element and the data after a colon in the attribute ({@code computer="my.Computer:data"}).
 * <p>
 * The engine asks for a value only when no assessor scored the use case on the criterion. It
 * calls this method on a worker thread, possibly from several engines at once, so an
 * implementation must be stateless or thread-safe, must only read the model, and should
 * answer quickly: a call that exceeds the engine's budget (250 ms by default) is abandoned
 * and the criterion is no longer computed by that engine. A call that throws, or returns a
 * value that is not a number or is outside the criterion's scale, costs only that use case's
 * value; it is reported to the user with the contributing bundle's name.
 */
@FunctionalInterface
public interface CriterionComputer {

    /**
     * @param useCase the use case, never {@code null}
     * @return a value on the criterion's scale, or empty when the model does not say
     */
    OptionalDouble computeValue(UseCase useCase);
}
