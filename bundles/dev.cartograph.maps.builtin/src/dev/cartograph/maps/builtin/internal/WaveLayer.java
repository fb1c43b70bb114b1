// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.diagram.Badge;
import dev.cartograph.diagram.BadgePosition;
import dev.cartograph.diagram.Diagram;
import dev.cartograph.diagram.LegendItem;
import dev.cartograph.diagram.Node;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.maps.Decorations;
import dev.cartograph.maps.LayerDecorator;
import dev.cartograph.maps.MapContext;
import dev.cartograph.maps.builtin.BuiltinMaps;
import dev.cartograph.model.Roadmap;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Wave;

/**
 * Wave: every use case planned in a roadmap wave gets a badge with the wave's number in the
 * roadmap ({@code W1}), its name and dates in the tooltip; an unplanned one gets none.
 */
public final class WaveLayer implements LayerDecorator {

    @Override
    public void decorate(Diagram diagram, MapContext context, Decorations decorations) {
        Words words = new Words(context.locale());
        Roadmap roadmap = context.portfolio().getRoadmap();
        for (Node node : diagram.allNodes()) {
            if (node.semantic() instanceof UseCase useCase && useCase.getWave() != null) {
                Wave wave = useCase.getWave();
                int number = roadmap == null ? 0 : roadmap.getWaves().indexOf(wave) + 1;
                String text = words.text("Wave_badge", number); //$NON-NLS-1$
                String tooltip = words.text("Wave_tooltip", words.name(wave), String.valueOf(wave.getStart()), //$NON-NLS-1$
                        String.valueOf(wave.getEnd()));
                decorations.badge(node, new Badge(BuiltinMaps.WAVE, text, Look.badge(Rgb.WHITE),
                        BadgePosition.BOTTOM_LEFT, tooltip));
                decorations.tooltip(node, tooltip);
            }
        }
        decorations.legend(new LegendItem(Look.badge(Rgb.WHITE), words.text("Wave_badge", 1), //$NON-NLS-1$
                words.text("Legend_wave"))); //$NON-NLS-1$
    }
}
