// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.NamedElement;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.Texts;

/**
 * For a use case anchored nowhere that addresses a friction: attaches it to the journey stage
 * or workflow step where its first such friction occurs.
 */
public final class AnchorWhereFrictionOccurs extends BuiltInFix {

    /** The fix. */
    public static final AnchorWhereFrictionOccurs INSTANCE = new AnchorWhereFrictionOccurs();

    private AnchorWhereFrictionOccurs() {
    }

    @Override
    public String label(Finding finding, Locale locale) {
        Friction friction = locatedFriction(finding.element());
        if (friction == null) {
            return Messages.format(locale, "AnchorWhereFrictionOccurs_generic"); //$NON-NLS-1$
        }
        return Messages.format(locale, "AnchorWhereFrictionOccurs_label", //$NON-NLS-1$
                Texts.name((UseCase) finding.element(), locale),
                Texts.name((NamedElement) friction.eContainer(), locale), Texts.name(friction, locale));
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof UseCase useCase && useCase.getSteps().isEmpty()
                && useCase.getStages().isEmpty() && locatedFriction(useCase) != null;
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        UseCase useCase = (UseCase) finding.element();
        EObject place = locatedFriction(useCase).eContainer();
        if (place instanceof JourneyStage stage) {
            return new AddCommand(domain, useCase, CartographPackage.Literals.USE_CASE__STAGES, stage);
        }
        return new AddCommand(domain, useCase, CartographPackage.Literals.USE_CASE__STEPS, place);
    }

    private static Friction locatedFriction(EObject element) {
        if (element instanceof UseCase useCase) {
            for (Friction friction : useCase.getFrictions()) {
                if (friction.eContainer() instanceof JourneyStage || friction.eContainer() instanceof WorkflowStep) {
                    return friction;
                }
            }
        }
        return null;
    }
}
