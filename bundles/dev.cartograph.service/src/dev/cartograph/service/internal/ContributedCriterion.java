// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import dev.cartograph.model.UseCase;
import dev.cartograph.scoring.Criterion;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;
import dev.cartograph.service.CriterionComputer;

/**
 * A criterion read from a {@code criterion} element. Its texts are localised by the extension
 * registry from the contributor's {@code plugin.properties}. Its computer, if any, is created
 * on the first computed value and called through {@link org.eclipse.core.runtime.SafeRunner}
 * (which logs its first exception);
 * what it throws reaches the engine, which reports it against the contributor, applies the
 * time budget and checks the value against the scale.
 */
public final class ContributedCriterion implements Criterion {

    /**
     * The definition read from the element.
     *
     * @param id the identifier
     * @param label the localised name
     * @param description the localised description, possibly empty
     * @param question the localised question, possibly empty
     * @param scale the scale and its rubric
     * @param side the side
     * @param direction the direction
     * @param defaultWeight the default weight
     * @param contributor the contributing bundle's name
     * @param enabledInNewPortfolios whether new portfolios turn it on
     */
    public record Definition(String id, String label, String description, String question, Scale scale, Side side,
            Direction direction, double defaultWeight, String contributor, boolean enabledInNewPortfolios) {
    }

    private final Definition definition;
    private final ExtensionInstance<CriterionComputer> computer;
    private final AtomicBoolean logged = new AtomicBoolean();
    private final Function<Locale, String> labels;

    /**
     * @param definition the definition
     * @param computer the computer, or {@code null} if the criterion is only assessed
     */
    ContributedCriterion(Definition definition, ExtensionInstance<CriterionComputer> computer) {
        this(definition, computer, locale -> definition.label());
    }

    /**
     * @param definition the definition
     * @param computer the computer, or {@code null} if the criterion is only assessed
     * @param labels the label in a given language (from the contributor's translations)
     */
    ContributedCriterion(Definition definition, ExtensionInstance<CriterionComputer> computer,
            Function<Locale, String> labels) {
        this.definition = definition;
        this.computer = computer;
        this.labels = labels;
    }

    @Override
    public String id() {
        return definition.id();
    }

    @Override
    public String label() {
        return definition.label();
    }

    @Override
    public String label(Locale locale) {
        String label = labels.apply(locale);
        return label == null || label.isBlank() ? definition.label() : label;
    }

    @Override
    public String description() {
        return definition.description();
    }

    @Override
    public String question() {
        return definition.question();
    }

    @Override
    public Scale scale() {
        return definition.scale();
    }

    @Override
    public Side side() {
        return definition.side();
    }

    @Override
    public Direction direction() {
        return definition.direction();
    }

    @Override
    public double defaultWeight() {
        return definition.defaultWeight();
    }

    @Override
    public boolean enabledInNewPortfolios() {
        return definition.enabledInNewPortfolios();
    }

    @Override
    public String contributor() {
        return definition.contributor();
    }

    @Override
    public boolean isComputed() {
        return computer != null;
    }

    @Override
    public OptionalDouble computeValue(UseCase useCase) {
        if (computer == null) {
            return OptionalDouble.empty();
        }
        CriterionComputer code = computer.get();
        OptionalDouble value = SafeCall.run(() -> code.computeValue(useCase), logged);
        return value == null ? OptionalDouble.empty() : value;
    }

    @Override
    public String toString() {
        return definition.id() + " (" + definition.contributor() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
