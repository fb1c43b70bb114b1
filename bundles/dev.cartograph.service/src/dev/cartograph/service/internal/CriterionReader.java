// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ElementReader.invalid;
import static dev.cartograph.service.internal.ExtensionSchema.*;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;

import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Scale;
import dev.cartograph.scoring.Side;
import dev.cartograph.service.CriterionComputer;

/** Reads and validates one {@code criterion} element. */
final class CriterionReader {

    private static final ElementReader ELEMENT = new ElementReader(Messages.Criterion_missingId,
            Messages.Criterion_badId, Messages.Criterion_missingAttribute);

    private CriterionReader() {
    }

    /**
     * @param element a {@code criterion} element
     * @param contributor the contributing bundle's name
     * @param report told once if the computer class cannot be used
     * @return the criterion
     * @throws InvalidContributionException if the element breaks the schema
     */
    static ContributedCriterion read(IConfigurationElement element, String contributor,
            ExtensionInstance.Report report) throws InvalidContributionException {
        String id = ELEMENT.id(element);
        String label = ELEMENT.required(element, id, LABEL);
        Side side = side(id, ELEMENT.required(element, id, SIDE));
        Direction direction = direction(id, Attributes.text(element, DIRECTION));
        double weight = number(element, id, DEFAULT_WEIGHT, DEFAULT_WEIGHT_VALUE);
        if (weight < 0) {
            throw invalid(id, Messages.Criterion_badWeight, Attributes.format(weight));
        }
        double min = number(element, id, MIN, DEFAULT_MIN);
        double max = number(element, id, MAX, DEFAULT_MAX);
        if (!(min < max)) {
            throw invalid(id, Messages.Criterion_badScale, Attributes.format(min), Attributes.format(max));
        }
        Scale scale = new Scale(min, max, rubric(element, id, min, max));
        ContributedCriterion.Definition definition = new ContributedCriterion.Definition(id, label,
                Attributes.text(element, DESCRIPTION), Attributes.text(element, QUESTION), scale, side, direction,
                weight, contributor, Boolean.parseBoolean(Attributes.text(element, ENABLED_IN_NEW_PORTFOLIOS)));
        return new ContributedCriterion(definition, computer(element, id, report), Translations.of(element, LABEL, label));
    }

    private static Side side(String id, String value) throws InvalidContributionException {
        return switch (value) {
            case IMPACT -> Side.IMPACT;
            case FEASIBILITY -> Side.FEASIBILITY;
            default -> throw invalid(id, Messages.Criterion_badSide, value);
        };
    }

    private static Direction direction(String id, String value) throws InvalidContributionException {
        return switch (value) {
            case "", BENEFIT -> Direction.BENEFIT; //$NON-NLS-1$
            case COST -> Direction.COST;
            default -> throw invalid(id, Messages.Criterion_badDirection, value);
        };
    }

    private static double number(IConfigurationElement element, String id, String attribute, double fallback)
            throws InvalidContributionException {
        String value = Attributes.text(element, attribute);
        if (value.isEmpty()) {
            return fallback;
        }
        double number = Attributes.parse(value);
        if (Double.isNaN(number)) {
            throw invalid(id, Messages.Criterion_badNumber, attribute, value);
        }
        return number;
    }

    /** One text per whole level from {@code min} to {@code max}, or none at all. */
    private static List<String> rubric(IConfigurationElement element, String id, double min, double max)
            throws InvalidContributionException {
        IConfigurationElement[] levels = element.getChildren(LEVEL);
        if (levels.length == 0) {
            return List.of();
        }
        Map<Integer, String> texts = new TreeMap<>();
        for (IConfigurationElement level : levels) {
            String raw = Attributes.text(level, VALUE);
            double value = Attributes.parse(raw);
            double index = value - min;
            if (Double.isNaN(value) || index != Math.rint(index) || value < min || value > max
                    || index > Integer.MAX_VALUE) {
                throw invalid(id, Messages.Level_badValue, raw, Attributes.format(min), Attributes.format(max));
            }
            String text = Attributes.text(level, RUBRIC);
            if (text.isEmpty()) {
                throw invalid(id, Messages.Level_missingText, raw);
            }
            if (texts.put((int) index, text) != null) {
                throw invalid(id, Messages.Level_duplicate, raw);
            }
        }
        if (texts.size() < Math.floor(max - min) + 1) {
            int missing = 0;
            while (texts.containsKey(missing)) {
                missing++;
            }
            throw invalid(id, Messages.Level_missing, Attributes.format(min + missing));
        }
        return List.copyOf(texts.values());
    }

    private static ExtensionInstance<CriterionComputer> computer(IConfigurationElement element, String id,
            ExtensionInstance.Report report) throws InvalidContributionException {
        if (element.getAttribute(COMPUTER) == null) {
            return null;
        }
        if (Attributes.text(element, COMPUTER).isEmpty()) {
            throw invalid(id, Messages.Criterion_emptyComputer);
        }
        return new ExtensionInstance<>(element, COMPUTER, CriterionComputer.class,
                new ExtensionInstance.Texts(id, Messages.Criterion_classNotCreated, Messages.Criterion_wrongClass),
                report);
    }
}
