// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

/** A report could not be made; the message says why in the user's language, naming the template file and line where one is at fault. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, for the user
     * @param cause the underlying failure, or {@code null}
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
