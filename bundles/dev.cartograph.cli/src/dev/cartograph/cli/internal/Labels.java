// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.cli.internal.output.Label;
import dev.cartograph.model.Scope;
import dev.cartograph.model.UseCaseStatus;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.scoring.Direction;
import dev.cartograph.scoring.Quadrant;
import dev.cartograph.scoring.ScoreFlag;
import dev.cartograph.scoring.Side;
import dev.cartograph.scoring.Standing;
import dev.cartograph.scoring.roadmap.PlanTier;

/**
 * The values of the scoring core and of the model as {@link Label}s: a stable id for machines
 * (the model's literal for model enums, {@code kebab-case} for the scoring core's) and the
 * localised text for people.
 */
public final class Labels {

    private final Locale locale;

    /**
     * @param locale the language of the texts
     */
    public Labels(Locale locale) {
        this.locale = locale;
    }

    /**
     * @param standing a standing
     * @return its label
     */
    public Label standing(Standing standing) {
        return new Label(Label.idOf(standing), standing.label(locale));
    }

    /**
     * @param quadrant a quadrant, may be {@code null} (not scored)
     * @return its label, or {@code null}
     */
    public Label quadrant(Quadrant quadrant) {
        return quadrant == null ? null : new Label(Label.idOf(quadrant), quadrant.label(locale));
    }

    /**
     * @param side a side
     * @return its label
     */
    public Label side(Side side) {
        return new Label(Label.idOf(side), side.label(locale));
    }

    /**
     * @param direction a direction
     * @return its label
     */
    public Label direction(Direction direction) {
        return new Label(Label.idOf(direction), direction.label(locale));
    }

    /**
     * @param tier a plan tier
     * @return its label
     */
    public Label tier(PlanTier tier) {
        return new Label(Label.idOf(tier), tier.label(locale));
    }

    /**
     * @param scope a scope
     * @return its label, with the model's literal as id
     */
    public Label scope(Scope scope) {
        return new Label(scope.getLiteral(), Messages.get(locale, "Scope_" + scope.getLiteral())); //$NON-NLS-1$
    }

    /**
     * @param status a status
     * @return its label, with the model's literal as id
     */
    public Label status(UseCaseStatus status) {
        return new Label(status.getLiteral(), Messages.get(locale, "Status_" + status.getLiteral())); //$NON-NLS-1$
    }

    /**
     * @param flags score flags
     * @return their ids separated by spaces and their texts separated by commas; {@code null} if none
     */
    public Label flags(Set<ScoreFlag> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        return new Label(flags.stream().sorted().map(Label::idOf).collect(Collectors.joining(" ")), //$NON-NLS-1$
                flags.stream().sorted().map(f -> f.label(locale)).collect(Collectors.joining(", "))); //$NON-NLS-1$
    }

    /**
     * @param element an element of a loaded model
     * @return its id in the file
     */
    public static String id(EObject element) {
        return ModelPersistence.getId(element);
    }
}
