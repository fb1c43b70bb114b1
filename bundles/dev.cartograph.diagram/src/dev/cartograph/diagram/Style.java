// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

/**
 * How an element is drawn: immutable; change it with the {@code with...} methods.
 *
 * @param shape the outline's shape
 * @param fill the fill colour, or {@code null} for none
 * @param stroke the outline colour, or {@code null} for none
 * @param strokeWidth the outline's width
 * @param line how the outline is stroked
 * @param pattern a pattern over the fill, in {@code stroke}'s colour (or the text colour)
 * @param textColor the colour of the label and details
 * @param fontSize the label's font size, in diagram units
 * @param bold whether the label is bold
 * @param italic whether the label is italic
 */
public record Style(NodeShape shape, Rgb fill, Rgb stroke, double strokeWidth, LinePattern line, FillPattern pattern,
        Rgb textColor, double fontSize, boolean bold, boolean italic) {

    /** The default: a white rounded box with a grey outline and 12-unit dark text. */
    public static final Style DEFAULT = new Style(NodeShape.ROUNDED, Rgb.WHITE, Rgb.of(0x6b7280), 1, LinePattern.SOLID,
            FillPattern.NONE, Rgb.of(0x1f2937), 12, false, false);

    /** @param value the shape @return this style with it */
    public Style withShape(NodeShape value) {
        return new Style(value, fill, stroke, strokeWidth, line, pattern, textColor, fontSize, bold, italic);
    }

    /** @param value the fill colour, or {@code null} @return this style with it */
    public Style withFill(Rgb value) {
        return new Style(shape, value, stroke, strokeWidth, line, pattern, textColor, fontSize, bold, italic);
    }

    /** @param value the outline colour, or {@code null} @return this style with it */
    public Style withStroke(Rgb value) {
        return new Style(shape, fill, value, strokeWidth, line, pattern, textColor, fontSize, bold, italic);
    }

    /** @param value the outline width @return this style with it */
    public Style withStrokeWidth(double value) {
        return new Style(shape, fill, stroke, value, line, pattern, textColor, fontSize, bold, italic);
    }

    /** @param value the line pattern @return this style with it */
    public Style withLine(LinePattern value) {
        return new Style(shape, fill, stroke, strokeWidth, value, pattern, textColor, fontSize, bold, italic);
    }

    /** @param value the fill pattern @return this style with it */
    public Style withPattern(FillPattern value) {
        return new Style(shape, fill, stroke, strokeWidth, line, value, textColor, fontSize, bold, italic);
    }

    /** @param value the text colour @return this style with it */
    public Style withTextColor(Rgb value) {
        return new Style(shape, fill, stroke, strokeWidth, line, pattern, value, fontSize, bold, italic);
    }

    /** @param value the font size @return this style with it */
    public Style withFontSize(double value) {
        return new Style(shape, fill, stroke, strokeWidth, line, pattern, textColor, value, bold, italic);
    }

    /** @param value whether bold @return this style with it */
    public Style withBold(boolean value) {
        return new Style(shape, fill, stroke, strokeWidth, line, pattern, textColor, fontSize, value, italic);
    }

    /** @param value whether italic @return this style with it */
    public Style withItalic(boolean value) {
        return new Style(shape, fill, stroke, strokeWidth, line, pattern, textColor, fontSize, bold, value);
    }
}
