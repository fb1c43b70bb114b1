// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.scoring.internal.text;

/** Turns a throwable from contributed code into a short text for the user. */
public final class Failures {

    private Failures() {
    }

    /**
     * @param throwable what contributed code threw
     * @return its simple class name, followed by its message if it has one
     */
    public static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String type = throwable.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message; //$NON-NLS-1$
    }
}
