// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.widgets.Composite;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.ui.internal.Messages;
import dev.cartograph.ui.internal.forms.FieldFactory;

/**
 * The details forms of the elements of journeys and workflows: which fields, in which sections.
 * The use case and the wave have pages of their own ({@link UseCaseDetails}, {@link RoadmapPage}).
 */
final class Details {

    private Details() {
    }

    /**
     * @param eClass a kind of element
     * @return the builder of its details, or {@code null} when it has none
     */
    static BiConsumer<FieldFactory, Composite> of(EClass eClass) {
        return switch (eClass.getClassifierID()) {
        case CartographPackage.CUSTOMER_JOURNEY -> Details::journey;
        case CartographPackage.JOURNEY_STAGE -> Details::stage;
        case CartographPackage.TOUCHPOINT -> Details::touchpoint;
        case CartographPackage.FRICTION -> Details::friction;
        case CartographPackage.WORKFLOW -> Details::workflow;
        case CartographPackage.WORKFLOW_STEP -> Details::step;
        default -> null;
        };
    }

    static void journey(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_journey, Messages.Details_journeyDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.CUSTOMER_JOURNEY__PERSONA,
                Literals.NAMED_ELEMENT__DESCRIPTION);
    }

    static void stage(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_stage, Messages.Details_stageDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.JOURNEY_STAGE__KIND, Literals.NAMED_ELEMENT__DESCRIPTION);
        Composite anchored = fields.section(parent, Messages.Details_anchoredHere, Messages.Details_anchoredHereDescription);
        fields.references(anchored, Literals.JOURNEY_STAGE__USE_CASES);
    }

    static void touchpoint(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_touchpoint, Messages.Details_touchpointDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.TOUCHPOINT__CHANNEL, Literals.NAMED_ELEMENT__DESCRIPTION);
        fields.references(general, Literals.TOUCHPOINT__FRICTIONS);
    }

    static void friction(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_friction, Messages.Details_frictionDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.FRICTION__SEVERITY, Literals.FRICTION__FREQUENCY,
                Literals.FRICTION__DRIVES_CHURN, Literals.FRICTION__OUT_OF_SCOPE, Literals.NAMED_ELEMENT__DESCRIPTION);
        Composite links = fields.section(parent, Messages.Details_frictionLinks, Messages.Details_frictionLinksDescription);
        fields.references(links, Literals.FRICTION__TOUCHPOINTS);
        fields.references(links, Literals.FRICTION__ADDRESSED_BY);
        Composite evidence = fields.section(parent, Messages.Details_evidence, Messages.Details_evidenceDescription);
        fields.table(evidence, Literals.FRICTION__EVIDENCE, Literals.EVIDENCE__KIND, Literals.EVIDENCE__SOURCE,
                Literals.EVIDENCE__FIGURE, Literals.EVIDENCE__QUOTE, Literals.EVIDENCE__COLLECTED_ON, Literals.EVIDENCE__LINK);
    }

    static void workflow(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_workflow, Messages.Details_workflowDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.WORKFLOW__SCOPE, Literals.WORKFLOW__CATEGORY,
                Literals.WORKFLOW__OWNING_UNIT, Literals.WORKFLOW__UNIT, Literals.WORKFLOW__VOLUME, Literals.WORKFLOW__PERIOD,
                Literals.NAMED_ELEMENT__DESCRIPTION);
    }

    static void step(FieldFactory fields, Composite parent) {
        Composite general = fields.section(parent, Messages.Details_step, Messages.Details_stepDescription);
        fields.fields(general, Literals.NAMED_ELEMENT__NAME, Literals.WORKFLOW_STEP__ACTOR,
                Literals.WORKFLOW_STEP__MANUAL_EFFORT, Literals.WORKFLOW_STEP__VOLUME, Literals.WORKFLOW_STEP__ERROR_RATE,
                Literals.NAMED_ELEMENT__DESCRIPTION);
        Composite flow = fields.section(parent, Messages.Details_flow, Messages.Details_flowDescription);
        fields.references(flow, Literals.WORKFLOW_STEP__SUCCESSORS);
        fields.references(flow, Literals.WORKFLOW_STEP__PREDECESSORS);
        Composite anchored = fields.section(parent, Messages.Details_anchoredHere, Messages.Details_anchoredHereDescription);
        fields.references(anchored, Literals.WORKFLOW_STEP__USE_CASES);
    }
}
