// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal;

/** The command line is wrong: an unknown command or option, a missing or bad value. Exit code 2. */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, localised, without the program's name
     */
    public UsageException(String message) {
        super(message);
    }
}
