// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

/**
 * An option a command accepts, written {@code --name value}, {@code --name=value} or, without
 * value, {@code --name}.
 *
 * @param name the name without the dashes
 * @param valueName the name of its value in the help (for example {@code K}), or {@code null}
 *        for an option without value
 * @param helpKey the message key of its one-line help
 */
public record OptionSpec(String name, String valueName, String helpKey) {

    /** The {@code --format} option that every command printing results accepts. */
    public static final OptionSpec FORMAT = new OptionSpec("format", "FORMAT", "Option_format"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /**
     * The {@code --partial} option of the commands that score: rank on partial scores whatever
     * the portfolio's configuration says.
     */
    public static final OptionSpec PARTIAL = new OptionSpec("partial", null, "Option_partial"); //$NON-NLS-1$ //$NON-NLS-2$

    /** @return whether the option takes a value */
    public boolean hasValue() {
        return valueName != null;
    }
}
