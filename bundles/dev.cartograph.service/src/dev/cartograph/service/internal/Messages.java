// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the scoring services (messages.properties, messages_fr.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.cartograph.service.internal.messages"; //$NON-NLS-1$

    public static String Contribution_unexpectedElement;
    public static String Criterion_missingId;
    public static String Criterion_badId;
    public static String Criterion_missingAttribute;
    public static String Criterion_badSide;
    public static String Criterion_badDirection;
    public static String Criterion_badNumber;
    public static String Criterion_badWeight;
    public static String Criterion_badScale;
    public static String Criterion_emptyComputer;
    public static String Criterion_classNotCreated;
    public static String Criterion_wrongClass;
    public static String Level_badValue;
    public static String Level_duplicate;
    public static String Level_missing;
    public static String Level_missingText;
    public static String Strategy_missingId;
    public static String Strategy_badId;
    public static String Strategy_missingAttribute;
    public static String Strategy_badLinear;
    public static String Strategy_classNotCreated;
    public static String Strategy_wrongClass;
    public static String Rule_missingId;
    public static String Rule_badId;
    public static String Rule_missingAttribute;
    public static String Rule_badSeverity;
    public static String Rule_classNotCreated;
    public static String Rule_wrongClass;
    public static String QuickFix_missingAttribute;
    public static String QuickFix_classNotCreated;
    public static String QuickFix_wrongClass;
    public static String QuickFix_failed;
    public static String Services_noRegistry;
    public static String Services_noRegistryForRules;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * Binds a pattern, turning {@code ''} into an apostrophe even without arguments.
     *
     * @param pattern one of the fields
     * @param arguments the values of its placeholders
     * @return the text
     */
    public static String format(String pattern, Object... arguments) {
        return NLS.bind(pattern, arguments);
    }
}
