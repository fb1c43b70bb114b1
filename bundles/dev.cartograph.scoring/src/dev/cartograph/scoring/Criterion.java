// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring;

import java.util.OptionalDouble;

import dev.cartograph.model.UseCase;

/**
 * A dimension of the assessment grid. Scores in the model name a criterion by its {@link #id()}.
 * Criteria are contributed by plug-ins (through the {@code .service} bundle's extension point)
 * or built in code with {@link #builder(String)}, and collected in a {@link CriterionRegistry}.
 * <p>
 * Texts are already localised by the contributor. Implementations must return the same values
 * on every call of the descriptive methods; only {@link #computeValue(UseCase)} may depend on
 * the model. The scoring engine survives a {@code computeValue} that throws, returns a value
 * that is not a number or is outside the {@link #scale()}, or takes too long: the failure is
 * reported with the {@link #contributor()} and the other criteria still score.
 */
public interface Criterion {

    /** @return the stable identifier, as written in {@code Score.criterionId} */
    String id();

    /** @return the short localised name */
    String label();

    /**
     * The name in another language than the running platform's, for documents made for a reader
     * of that language (a French report from an English workbench). A contributed criterion
     * gives its translation from its bundle's {@code plugin_xx.properties}.
     *
     * @param locale the reader's language
     * @return the short name in that language, else {@link #label()}
     */
    default String label(java.util.Locale locale) {
        return label();
    }

    /** @return the localised description, possibly empty */
    String description();

    /** @return the localised question an assessor answers, possibly empty */
    String question();

    /** @return the scale of the values, with its rubric */
    Scale scale();

    /** @return the side of the grid this criterion contributes to */
    Side side();

    /** @return whether higher values are better or worse */
    Direction direction();

    /** @return the weight used when the portfolio does not set one; finite and not negative */
    double defaultWeight();

    /**
     * @return whether a new portfolio turns the criterion on. A contributed criterion is off in
     *         new portfolios unless its contribution says otherwise (the eight criteria of the
     *         method say so); it is always offered on the Criteria page. A criterion built in
     *         code is on.
     */
    default boolean enabledInNewPortfolios() {
        return true;
    }

    /** @return who contributed the criterion (a bundle id), named when it fails */
    String contributor();

    /**
     * Tells whether this criterion can derive a value from the model. Only then does the
     * engine call {@link #computeValue(UseCase)}.
     *
     * @return {@code false} by default
     */
    default boolean isComputed() {
        return false;
    }

    /**
     * Derives a value from the model, used only when no assessor scored the use case on this
     * criterion (for example a financial potential computed from business-case figures). It
     * may be called on a worker thread while the calling thread waits; it must only read the
     * model.
     *
     * @param useCase the use case
     * @return a value on this criterion's scale, or empty when the model does not say
     */
    default OptionalDouble computeValue(UseCase useCase) {
        return OptionalDouble.empty();
    }

    /**
     * Starts building a criterion in code.
     *
     * @param id the criterion's identifier
     * @return a builder with defaults: label = id, empty texts, scale 1-5, impact side,
     *         benefit direction, default weight 1, contributor {@code dev.cartograph.scoring}
     */
    static CriterionBuilder builder(String id) {
        return new CriterionBuilder(id);
    }
}
