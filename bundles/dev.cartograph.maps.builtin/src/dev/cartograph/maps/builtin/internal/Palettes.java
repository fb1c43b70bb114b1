// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import static dev.cartograph.model.CartographPackage.Literals.CUSTOMER_JOURNEY;
import static dev.cartograph.model.CartographPackage.Literals.CUSTOMER_JOURNEY__STAGES;
import static dev.cartograph.model.CartographPackage.Literals.EVIDENCE;
import static dev.cartograph.model.CartographPackage.Literals.FRICTION;
import static dev.cartograph.model.CartographPackage.Literals.FRICTION__ADDRESSED_BY;
import static dev.cartograph.model.CartographPackage.Literals.FRICTION__EVIDENCE;
import static dev.cartograph.model.CartographPackage.Literals.JOURNEY_STAGE;
import static dev.cartograph.model.CartographPackage.Literals.JOURNEY_STAGE__FRICTIONS;
import static dev.cartograph.model.CartographPackage.Literals.JOURNEY_STAGE__TOUCHPOINTS;
import static dev.cartograph.model.CartographPackage.Literals.JOURNEY_STAGE__USE_CASES;
import static dev.cartograph.model.CartographPackage.Literals.PORTFOLIO;
import static dev.cartograph.model.CartographPackage.Literals.PORTFOLIO__JOURNEYS;
import static dev.cartograph.model.CartographPackage.Literals.PORTFOLIO__USE_CASES;
import static dev.cartograph.model.CartographPackage.Literals.PORTFOLIO__WORKFLOWS;
import static dev.cartograph.model.CartographPackage.Literals.TOUCHPOINT;
import static dev.cartograph.model.CartographPackage.Literals.USE_CASE;
import static dev.cartograph.model.CartographPackage.Literals.USE_CASE__FRICTIONS;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW_STEP;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW_STEP__FRICTIONS;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW_STEP__SUCCESSORS;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW_STEP__USE_CASES;
import static dev.cartograph.model.CartographPackage.Literals.WORKFLOW__STEPS;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import dev.cartograph.maps.PaletteTool;
import dev.cartograph.maps.PaletteTool.Kind;

/**
 * The palettes of the built-in maps. A use case tool creates the use case in the portfolio's use
 * cases and anchors it on the element it is used on, through the reference named (the opposite
 * of the use case's steps, stages or frictions).
 */
final class Palettes {

    private Palettes() {
    }

    static List<PaletteTool> journey(Words words) {
        return List.of(tool(words, "journey.stage", Kind.ELEMENT, JOURNEY_STAGE, CUSTOMER_JOURNEY, CUSTOMER_JOURNEY__STAGES), //$NON-NLS-1$
                tool(words, "journey.touchpoint", Kind.ELEMENT, TOUCHPOINT, JOURNEY_STAGE, JOURNEY_STAGE__TOUCHPOINTS), //$NON-NLS-1$
                tool(words, "journey.friction", Kind.ELEMENT, FRICTION, JOURNEY_STAGE, JOURNEY_STAGE__FRICTIONS), //$NON-NLS-1$
                tool(words, "friction.evidence", Kind.ELEMENT, EVIDENCE, FRICTION, FRICTION__EVIDENCE), //$NON-NLS-1$
                tool(words, "stage.useCase", Kind.ELEMENT, USE_CASE, JOURNEY_STAGE, JOURNEY_STAGE__USE_CASES), //$NON-NLS-1$
                tool(words, "friction.useCase", Kind.ELEMENT, USE_CASE, FRICTION, FRICTION__ADDRESSED_BY), //$NON-NLS-1$
                tool(words, "useCase.addresses", Kind.LINK, FRICTION, USE_CASE, USE_CASE__FRICTIONS)); //$NON-NLS-1$
    }

    static List<PaletteTool> workflow(Words words) {
        return List.of(tool(words, "workflow.step", Kind.ELEMENT, WORKFLOW_STEP, WORKFLOW, WORKFLOW__STEPS), //$NON-NLS-1$
                tool(words, "step.successor", Kind.LINK, WORKFLOW_STEP, WORKFLOW_STEP, WORKFLOW_STEP__SUCCESSORS), //$NON-NLS-1$
                tool(words, "step.friction", Kind.ELEMENT, FRICTION, WORKFLOW_STEP, WORKFLOW_STEP__FRICTIONS), //$NON-NLS-1$
                tool(words, "friction.evidence", Kind.ELEMENT, EVIDENCE, FRICTION, FRICTION__EVIDENCE), //$NON-NLS-1$
                tool(words, "step.useCase", Kind.ELEMENT, USE_CASE, WORKFLOW_STEP, WORKFLOW_STEP__USE_CASES), //$NON-NLS-1$
                tool(words, "friction.useCase", Kind.ELEMENT, USE_CASE, FRICTION, FRICTION__ADDRESSED_BY)); //$NON-NLS-1$
    }

    static List<PaletteTool> portfolio(Words words) {
        return List.of(tool(words, "portfolio.workflow", Kind.ELEMENT, WORKFLOW, PORTFOLIO, PORTFOLIO__WORKFLOWS), //$NON-NLS-1$
                tool(words, "portfolio.journey", Kind.ELEMENT, CUSTOMER_JOURNEY, PORTFOLIO, PORTFOLIO__JOURNEYS), //$NON-NLS-1$
                tool(words, "portfolio.useCase", Kind.ELEMENT, USE_CASE, PORTFOLIO, PORTFOLIO__USE_CASES), //$NON-NLS-1$
                tool(words, "step.useCase", Kind.ELEMENT, USE_CASE, WORKFLOW_STEP, WORKFLOW_STEP__USE_CASES), //$NON-NLS-1$
                tool(words, "stage.useCase", Kind.ELEMENT, USE_CASE, JOURNEY_STAGE, JOURNEY_STAGE__USE_CASES)); //$NON-NLS-1$
    }

    /** The label's key is {@code Tool_<id>}, the description's {@code Tool_<id>_description}. */
    private static PaletteTool tool(Words words, String id, Kind kind, EClass creates, EClass target,
            EReference feature) {
        String key = "Tool_" + id.replace('.', '_'); //$NON-NLS-1$
        return new PaletteTool(id, words.text(key), words.text(key + "_description"), kind, creates, target, feature); //$NON-NLS-1$
    }
}
