// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli;

/** The exit codes of the command line, stable for scripts and CI. */
public final class ExitCodes {

    /** The command did its work; for {@code validate}, no finding at or above {@code --fail-on}. */
    public static final int OK = 0;

    /** {@code validate} only: at least one finding at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;

    /** {@code diff} only: the two versions differ. */
    public static final int DIFFERENT = 1;

    /** {@code merge} and the git merge driver only: the merge has conflicts (the merged file holds ours). */
    public static final int CONFLICTS = 1;

    /** A file could not be read, or the command line is wrong (unknown command or option, bad value). */
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
