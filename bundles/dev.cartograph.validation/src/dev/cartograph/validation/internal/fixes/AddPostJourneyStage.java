// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.fixes;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.StageKind;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.internal.Messages;
import dev.cartograph.validation.internal.rules.Texts;

/** For a journey without a post-journey stage: adds one at its end, named in the default locale. */
public final class AddPostJourneyStage extends BuiltInFix {

    /** The fix. */
    public static final AddPostJourneyStage INSTANCE = new AddPostJourneyStage();

    private AddPostJourneyStage() {
    }

    @Override
    public String label(Finding finding, Locale locale) {
        return Messages.format(locale, "AddPostJourneyStage_label", //$NON-NLS-1$
                finding.element() instanceof CustomerJourney journey ? Texts.name(journey, locale) : ""); //$NON-NLS-1$
    }

    @Override
    public boolean isApplicable(Finding finding) {
        return finding.element() instanceof CustomerJourney;
    }

    @Override
    Command repair(EditingDomain domain, Finding finding) {
        CustomerJourney journey = (CustomerJourney) finding.element();
        for (JourneyStage stage : journey.getStages()) {
            if (stage.getKind() == StageKind.POST_JOURNEY) {
                return null;
            }
        }
        JourneyStage stage = CartographFactory.eINSTANCE.createJourneyStage();
        stage.setName(Messages.get("AddPostJourneyStage_stageName")); //$NON-NLS-1$
        stage.setKind(StageKind.POST_JOURNEY);
        return new AddCommand(domain, journey, CartographPackage.Literals.CUSTOMER_JOURNEY__STAGES, stage);
    }
}
