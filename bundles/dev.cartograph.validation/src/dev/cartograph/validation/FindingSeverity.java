// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.validation;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

import dev.cartograph.validation.internal.Messages;

/**
 * How serious a finding is. Declared from the most to the least serious, so that the natural
 * order of the constants is the order of a report.
 */
public enum FindingSeverity {

    /** The portfolio contradicts the method or is inconsistent: fix it before relying on it. */
    ERROR("error", Diagnostic.ERROR, "Severity_error"), //$NON-NLS-1$ //$NON-NLS-2$

    /** A gap the method asks to close, or a likely mistake. */
    WARNING("warning", Diagnostic.WARNING, "Severity_warning"), //$NON-NLS-1$ //$NON-NLS-2$

    /** Worth knowing; often normal early in a discovery programme. */
    INFO("info", Diagnostic.INFO, "Severity_info"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String id;
    private final int diagnosticSeverity;
    private final String key;

    FindingSeverity(String id, int diagnosticSeverity, String key) {
        this.id = id;
        this.diagnosticSeverity = diagnosticSeverity;
        this.key = key;
    }

    /** @return the stable lower-case name ({@code error}, {@code warning}, {@code info}) used on the command line */
    public String id() {
        return id;
    }

    /** @return the matching {@link Diagnostic} severity ({@code ERROR}, {@code WARNING}, {@code INFO}) */
    public int diagnosticSeverity() {
        return diagnosticSeverity;
    }

    /**
     * @param threshold another severity
     * @return whether this severity is as serious as {@code threshold} or more
     */
    public boolean isAtLeast(FindingSeverity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * @param locale the locale
     * @return the localised name
     */
    public String label(Locale locale) {
        return Messages.format(locale, key);
    }

    /**
     * Reads a severity written by a user or a contribution.
     *
     * @param text {@code error}, {@code warning} or {@code info}, in any case; surrounding blanks ignored
     * @return the severity, or empty if the text names none
     */
    public static Optional<FindingSeverity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (FindingSeverity severity : values()) {
            if (severity.id.equalsIgnoreCase(trimmed)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
