// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.tests.support;

/** The people who score use cases in the sample programme. */
@SuppressWarnings("nls")
final class Assessors {

    /** The enterprise architect who runs every scoring workshop. */
    static final String NOVAK = "A. Novak (EA)";
    static final String DE_VRIES = "P. de Vries (Claims)";
    static final String OBRIEN = "S. O'Brien (Finance)";
    static final String JANSSENS = "M. Janssens (Compliance)";
    static final String MOREAU = "L. Moreau (CX)";
    static final String BYRNE = "T. Byrne (Data)";

    private Assessors() {
    }
}
