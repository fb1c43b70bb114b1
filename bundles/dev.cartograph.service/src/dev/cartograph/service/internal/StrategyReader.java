// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ElementReader.invalid;
import static dev.cartograph.service.internal.ExtensionSchema.CLASS;
import static dev.cartograph.service.internal.ExtensionSchema.LABEL;
import static dev.cartograph.service.internal.ExtensionSchema.LINEAR;

import org.eclipse.core.runtime.IConfigurationElement;

import dev.cartograph.scoring.LinearScoringStrategy;
import dev.cartograph.scoring.ScoringStrategy;

/** Reads and validates one {@code strategy} element. */
final class StrategyReader {

    private static final ElementReader ELEMENT = new ElementReader(Messages.Strategy_missingId,
            Messages.Strategy_badId, Messages.Strategy_missingAttribute);

    private StrategyReader() {
    }

    /**
     * @param element a {@code strategy} element
     * @param contributor the contributing bundle's name
     * @param report told once if the class cannot be used
     * @return the strategy
     * @throws InvalidContributionException if the element breaks the schema
     */
    static ContributedStrategy read(IConfigurationElement element, String contributor,
            ExtensionInstance.Report report) throws InvalidContributionException {
        String id = ELEMENT.id(element);
        String label = ELEMENT.required(element, id, LABEL);
        ELEMENT.required(element, id, CLASS);
        boolean linear = linear(id, Attributes.text(element, LINEAR));
        Class<? extends ScoringStrategy> type = linear ? LinearScoringStrategy.class : ScoringStrategy.class;
        ExtensionInstance<ScoringStrategy> code = new ExtensionInstance<>(element, CLASS, type,
                new ExtensionInstance.Texts(id, Messages.Strategy_classNotCreated, Messages.Strategy_wrongClass),
                report);
        return ContributedStrategy.of(id, label, contributor, code, linear);
    }

    private static boolean linear(String id, String value) throws InvalidContributionException {
        return switch (value) {
            case "", "false" -> false; //$NON-NLS-1$ //$NON-NLS-2$
            case "true" -> true; //$NON-NLS-1$
            default -> throw invalid(id, Messages.Strategy_badLinear, value);
        };
    }
}
