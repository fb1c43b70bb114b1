// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.overview;

/**
 * One measure of how far a practice of the method is followed: how many of the elements it
 * counts meet it.
 *
 * @param label what is measured, in words (for example "journeys that follow the customer after
 *        they leave")
 * @param met how many elements meet it
 * @param total how many elements it counts
 */
public record Measure(String label, int met, int total) {

    /** @return the share met, between 0 and 1; 0 when nothing is counted */
    public double ratio() {
        return total == 0 ? 0 : (double) met / total;
    }

    /** @return the share met, as a whole percentage */
    public int percent() {
        return (int) Math.round(ratio() * 100);
    }
}
