// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation.internal.rules;

import dev.cartograph.model.Workflow;
import dev.cartograph.validation.BuiltInRules;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationContext;

/** Practice 3: a workflow whose steps are not mapped yet, so no use case can be anchored on it. */
public final class WorkflowWithoutSteps extends BuiltInRule {

    /** Creates the rule. */
    public WorkflowWithoutSteps() {
        super(BuiltInRules.WORKFLOW_NO_STEPS, FindingSeverity.INFO);
    }

    @Override
    public void check(ValidationContext context) {
        for (Workflow workflow : context.portfolio().getWorkflows()) {
            if (workflow.getSteps().isEmpty()) {
                context.report(workflow, message(context, "message", Texts.name(workflow, context.locale()))); //$NON-NLS-1$
            }
        }
    }
}
