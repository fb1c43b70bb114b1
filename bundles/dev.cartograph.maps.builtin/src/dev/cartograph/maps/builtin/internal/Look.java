// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.maps.builtin.internal;

import dev.cartograph.diagram.FillPattern;
import dev.cartograph.diagram.LinePattern;
import dev.cartograph.diagram.NodeShape;
import dev.cartograph.diagram.Rgb;
import dev.cartograph.diagram.Style;
import dev.cartograph.model.Severity;
import dev.cartograph.scoring.Quadrant;

/**
 * The colours and styles of the built-in maps. Categories take the Okabe-Ito palette, which
 * people with any common colour-vision deficiency can tell apart; ordered quantities (severity,
 * heat) take one hue from light to dark, so that they read by lightness alone, and in grey.
 * Nothing is said by colour only: every coloured mark also has a text, a shape or a pattern.
 */
public final class Look {

    /** Okabe-Ito bluish green. */
    public static final Rgb GREEN = Rgb.of(0x009E73);
    /** Okabe-Ito blue. */
    public static final Rgb BLUE = Rgb.of(0x0072B2);
    /** Okabe-Ito yellow. */
    public static final Rgb YELLOW = Rgb.of(0xF0E442);
    /** Okabe-Ito vermillion. */
    public static final Rgb VERMILLION = Rgb.of(0xD55E00);
    /** Okabe-Ito orange. */
    public static final Rgb ORANGE = Rgb.of(0xE69F00);
    /** Okabe-Ito sky blue. */
    public static final Rgb SKY = Rgb.of(0x56B4E9);
    /** Okabe-Ito reddish purple. */
    public static final Rgb PURPLE = Rgb.of(0xCC79A7);
    /** Text and outlines. */
    public static final Rgb INK = Rgb.of(0x1f2937);
    /** Secondary outlines. */
    public static final Rgb GREY = Rgb.of(0x6b7280);
    /** Faint fills (bands, unscored use cases). */
    public static final Rgb PALE = Rgb.of(0xf3f4f6);

    /** The light end of every heat scale. */
    private static final Rgb HEAT_LOW = Rgb.of(0xfff7ec);
    /** The dark end of every heat scale (a dark red-purple). */
    private static final Rgb HEAT_HIGH = Rgb.of(0x7f0000);

    /** Severity from low to critical: one hue, lighter to darker (ColorBrewer YlOrBr). */
    private static final Rgb[] SEVERITY = { Rgb.of(0xfff7bc), Rgb.of(0xfec44f), Rgb.of(0xec7014), Rgb.of(0x993404) };

    private Look() {
    }

    /**
     * @param severity a friction's severity
     * @return its fill
     */
    public static Rgb severity(Severity severity) {
        return SEVERITY[severity.getValue()];
    }

    /**
     * @param share from 0 (cold) to 1 (hot)
     * @return the heat colour
     */
    public static Rgb heat(double share) {
        return HEAT_LOW.mix(HEAT_HIGH, Double.isNaN(share) ? 0 : share);
    }

    /**
     * @param quadrant a quadrant
     * @return its fill
     */
    public static Rgb quadrant(Quadrant quadrant) {
        return switch (quadrant) {
        case QUICK_WIN -> GREEN;
        case STRATEGIC_BET -> SKY;
        case FILL_IN -> YELLOW;
        case DROP -> PALE;
        };
    }

    /**
     * @param quadrant a quadrant
     * @return the pattern that tells it apart without colour (none for quick wins)
     */
    public static FillPattern quadrantPattern(Quadrant quadrant) {
        return switch (quadrant) {
        case QUICK_WIN -> FillPattern.NONE;
        case STRATEGIC_BET -> FillPattern.DOTS;
        case FILL_IN -> FillPattern.HATCH;
        case DROP -> FillPattern.CROSSHATCH;
        };
    }

    /**
     * @param fill a fill colour
     * @return a style filled with it, its text readable on it
     */
    public static Style filled(Style base, Rgb fill) {
        return base.withFill(fill).withTextColor(fill.readableText());
    }

    /** @return the style of a badge: a small pill with dark text on a light fill */
    public static Style badge(Rgb fill) {
        return Style.DEFAULT.withShape(NodeShape.PILL).withFill(fill).withStroke(INK).withTextColor(fill.readableText())
                .withFontSize(9).withBold(true);
    }

    /** @return the style of a band header and its background */
    public static Style band() {
        return Style.DEFAULT.withShape(NodeShape.RECTANGLE).withFill(PALE).withStroke(Rgb.of(0xd1d5db))
                .withFontSize(13).withBold(true);
    }

    /** @return the style of something missing that should be there (dashed, hatched) */
    public static Style gap() {
        return Style.DEFAULT.withFill(Rgb.WHITE).withStroke(VERMILLION).withStrokeWidth(2).withLine(LinePattern.DASHED)
                .withPattern(FillPattern.HATCH).withItalic(true).withTextColor(INK);
    }
}
