// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.diagram;

import java.util.Locale;

/**
 * A colour, as red, green and blue from 0 to 255.
 *
 * @param red red
 * @param green green
 * @param blue blue
 */
public record Rgb(int red, int green, int blue) {

    /** Black. */
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    /** White. */
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    /** Checks the components. */
    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour out of range: " + red + "," + green + "," + blue); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * @param rgb a colour as {@code 0xRRGGBB}
     * @return the colour
     */
    public static Rgb of(int rgb) {
        return new Rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** @return the colour as {@code #rrggbb} */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue); //$NON-NLS-1$
    }

    /**
     * @param other another colour
     * @param share how much of the other colour, from 0 (this one) to 1 (the other)
     * @return the mix of the two
     */
    public Rgb mix(Rgb other, double share) {
        double s = Math.max(0, Math.min(1, share));
        return new Rgb((int) Math.round(red + (other.red - red) * s), (int) Math.round(green + (other.green - green) * s),
                (int) Math.round(blue + (other.blue - blue) * s));
    }

    /** @return the relative luminance (WCAG), from 0 (black) to 1 (white) */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int component) {
        double c = component / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** @return black or white, whichever reads better on this colour */
    public Rgb readableText() {
        return luminance() > 0.4 ? BLACK : WHITE;
    }
}
