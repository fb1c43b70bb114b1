// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

/**
 * An input file cannot be used. The message is the one line printed on the error stream, in the
 * form {@code file:line:column: problem} (line and column when known). Exit code 2.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param line the line to print, localised
     */
    public InputException(String line) {
        super(line);
    }
}
