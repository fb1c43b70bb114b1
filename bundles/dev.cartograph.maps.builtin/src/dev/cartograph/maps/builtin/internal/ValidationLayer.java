// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Band;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.DiagramElement;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.validation.Finding;
import dev.cartograph.validation.FindingSeverity;
import dev.cartograph.validation.ValidationReport;

/**
 * Validation: every element with findings (the Problems view's markers) gets a badge with their
 * number and the letter of the worst severity ({@code E 2}, {@code W 1}, {@code I 1}), and the
 * messages in its tooltip. Without a way to validate in the context, it draws nothing.
 */
public final class ValidationLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        ValidationReport report = context.validation().orElse(null);
        if (report == null) {
            return;
        }
        Words words = new Words(context.locale());
        for (DiagramElement element : diagram.elements()) {
            if (!(element.semantic() instanceof EObject object)) {
                continue;
            }
            List<Finding> findings = report.findingsFor(object);
            if (findings.isEmpty()) {
                continue;
            }
            FindingSeverity worst = FindingSeverity.INFO;
            StringJoiner messages = new StringJoiner("\n"); //$NON-NLS-1$
            for (Finding finding : findings) {
                if (finding.severity().compareTo(worst) < 0) {
                    worst = finding.severity();
                }
                messages.add(words.text("Validation_line", words.text("Severity_" + finding.severity().name()), //$NON-NLS-1$ //$NON-NLS-2$
                        finding.message()));
            }
            String text = words.text("Validation_badge", words.text("Severity_short_" + worst.name()), findings.size()); //$NON-NLS-1$ //$NON-NLS-2$
            if (element instanceof Band) {
                decorations.tooltip(element, messages.toString());
            } else {
                decorations.badge(element, new Badge(BuiltinMaps.VALIDATION, text, style(worst), BadgePosition.TOP_RIGHT,
                        messages.toString()));
            }
        }
        for (FindingSeverity severity : List.of(FindingSeverity.ERROR, FindingSeverity.WARNING, FindingSeverity.INFO)) {
            decorations.legend(new LegendItem(style(severity), words.text("Severity_short_" + severity.name()), //$NON-NLS-1$
                    words.text("Legend_findings", words.text("Severity_" + severity.name())))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Style style(FindingSeverity severity) {
        return switch (severity) {
        case ERROR -> Look.badge(Look.VERMILLION).withShape(NodeShape.DIAMOND);
        case WARNING -> Look.badge(Look.ORANGE);
        case INFO -> Look.badge(Rgb.WHITE);
        };
    }
}
