// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ExtensionSchema.CLASS;
import static dev.cartograph.service.internal.ExtensionSchema.ID;
import static dev.cartograph.service.internal.ExtensionSchema.ID_PATTERN;
import static dev.cartograph.service.internal.ExtensionSchema.LABEL;
import static dev.cartograph.service.internal.ExtensionSchema.LINEAR;


import org.eclipse.core.runtime.IConfigurationElement;

import dev.cartograph.scoring.LinearScoringStrategy;
import dev.cartograph.scoring.ScoringStrategy;

/** Reads and validates one {@code strategy} element. */
final class StrategyReader {

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
        String id = Attributes.text(element, ID);
        if (id.isEmpty()) {
            throw new InvalidContributionException("", Messages.format(Messages.Strategy_missingId)); //$NON-NLS-1$
        }
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new InvalidContributionException(id, Messages.format(Messages.Strategy_badId, id));
        }
        String label = required(element, id, LABEL);
        required(element, id, CLASS);
        boolean linear = linear(id, Attributes.text(element, LINEAR));
        Class<? extends ScoringStrategy> type = linear ? LinearScoringStrategy.class : ScoringStrategy.class;
        ExtensionInstance<ScoringStrategy> code = new ExtensionInstance<>(element, CLASS, type,
                new ExtensionInstance.Texts(id, Messages.Strategy_classNotCreated, Messages.Strategy_wrongClass),
                report);
        return ContributedStrategy.of(id, label, contributor, code, linear);
    }

    private static String required(IConfigurationElement element, String id, String attribute)
            throws InvalidContributionException {
        String value = Attributes.text(element, attribute);
        if (value.isEmpty()) {
            throw new InvalidContributionException(id, Messages.format(Messages.Strategy_missingAttribute, id, attribute));
        }
        return value;
    }

    private static boolean linear(String id, String value) throws InvalidContributionException {
        return switch (value) {
            case "", "false" -> false; //$NON-NLS-1$ //$NON-NLS-2$
            case "true" -> true; //$NON-NLS-1$
            default -> throw new InvalidContributionException(id, Messages.format(Messages.Strategy_badLinear, id, value));
        };
    }
}
