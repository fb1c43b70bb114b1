// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.ui.editor.PortfolioEditor;
import dev.cartograph.ui.internal.CartographImages;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.ModelMasterDetails;

/**
 * The customer journeys: each journey's stages in order (from discovery to what happens after
 * the customer leaves), the touchpoints and frictions of each stage, and the evidence behind
 * each friction.
 */
public final class JourneysPage extends ElementTreePage {

    /** The page id. */
    public static final String ID = "dev.cartograph.ui.editor.journeys"; //$NON-NLS-1$

    /** @param editor the editor */
    public JourneysPage(PortfolioEditor editor) {
        super(editor, ID, Messages.JourneysPage_title, CartographImages.JOURNEY, Literals.PORTFOLIO__JOURNEYS,
                List.of(Literals.CUSTOMER_JOURNEY, Literals.JOURNEY_STAGE, Literals.TOUCHPOINT, Literals.FRICTION));
    }

    @Override
    String masterTitle() {
        return Messages.JourneysPage_master;
    }

    @Override
    String masterDescription() {
        return Messages.JourneysPage_masterDescription;
    }

    @Override
    void createButtons(Composite parent, FormToolkit toolkit) {
        ModelMasterDetails.button(parent, toolkit, Messages.JourneysPage_newJourney,
                () -> edits.add(editor().getPortfolio(), Literals.PORTFOLIO__JOURNEYS, getViewer()));
        ModelMasterDetails.button(parent, toolkit, Messages.JourneysPage_newStage, () -> {
            EObject journey = ModelEdits.selected(getViewer().getStructuredSelection(), Literals.CUSTOMER_JOURNEY);
            if (journey != null) {
                edits.add(journey, Literals.CUSTOMER_JOURNEY__STAGES, getViewer());
            }
        });
        ModelMasterDetails.button(parent, toolkit, Messages.JourneysPage_newTouchpoint, () -> addToStage(true));
        ModelMasterDetails.button(parent, toolkit, Messages.JourneysPage_newFriction, () -> addToStage(false));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_delete, () -> edits.delete(getViewer()));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_up, () -> edits.move(getViewer(), -1));
        ModelMasterDetails.button(parent, toolkit, Messages.Pages_down, () -> edits.move(getViewer(), 1));
    }

    private void addToStage(boolean touchpoint) {
        EObject stage = ModelEdits.selected(getViewer().getStructuredSelection(), Literals.JOURNEY_STAGE);
        if (stage != null) {
            edits.add(stage, touchpoint ? Literals.JOURNEY_STAGE__TOUCHPOINTS : Literals.JOURNEY_STAGE__FRICTIONS, getViewer());
        }
    }
}
