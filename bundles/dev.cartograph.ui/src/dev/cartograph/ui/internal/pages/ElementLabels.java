// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.pages;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

import dev.cartograph.model.CartographPackage.Literals;
import dev.cartograph.model.Friction;
import dev.cartograph.model.JourneyStage;
import dev.cartograph.model.Touchpoint;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.ui.viewers.ItemProviderLabelProvider;
import dev.cartograph.ui.viewers.Labels;

/**
 * Labels of the journey and workflow trees: the element's label, then, in grey, what tells it
 * apart at a glance (a stage's kind, a touchpoint's channel, a friction's severity, a
 * workflow's scope, a step's actor).
 */
final class ElementLabels implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {

    private final ILabelProvider labels;

    private ElementLabels(AdapterFactory adapterFactory) {
        this.labels = new ItemProviderLabelProvider(adapterFactory);
    }

    static DelegatingStyledCellLabelProvider create(AdapterFactory adapterFactory) {
        return new DelegatingStyledCellLabelProvider(new ElementLabels(adapterFactory));
    }

    @Override
    public StyledString getStyledText(Object element) {
        StyledString text = new StyledString(labels.getText(element));
        String detail = detail(element);
        if (detail != null && !detail.isEmpty()) {
            text.append("  " + detail, StyledString.DECORATIONS_STYLER); //$NON-NLS-1$
        }
        return text;
    }

    private static String detail(Object element) {
        if (element instanceof JourneyStage stage) {
            return Labels.literal(Literals.STAGE_KIND, stage.getKind());
        }
        if (element instanceof Touchpoint touchpoint) {
            return Labels.literal(Literals.CHANNEL, touchpoint.getChannel());
        }
        if (element instanceof Friction friction) {
            return Labels.literal(Literals.SEVERITY, friction.getSeverity());
        }
        if (element instanceof Workflow workflow) {
            return Labels.literal(Literals.SCOPE, workflow.getScope());
        }
        return element instanceof WorkflowStep step ? step.getActor() : null;
    }

    @Override
    public Image getImage(Object element) {
        return labels.getImage(element);
    }

    @Override
    public void dispose() {
        labels.dispose();
    }

    @Override
    public boolean isLabelProperty(Object element, String property) {
        return true;
    }

    @Override
    public void addListener(org.eclipse.jface.viewers.ILabelProviderListener listener) {
        // Labels change with the model; the viewer is refreshed by its content provider.
    }

    @Override
    public void removeListener(org.eclipse.jface.viewers.ILabelProviderListener listener) {
        // See addListener.
    }
}
