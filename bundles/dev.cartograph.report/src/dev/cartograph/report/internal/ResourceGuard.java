// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.text.MessageFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cartograph.report.ReportException;

/**
 * Refuses a rendered report that would make its reader (the PDF renderer, or a browser opening the
 * HTML) fetch anything: every {@code src} and {@code href} must be a {@code data:} URI or a link
 * inside the document, and so must every {@code url(...)} of a style sheet. Model texts cannot
 * trip it (they are escaped, so their quotes are entities); a template can, and gets a clear refusal.
 */
public final class ResourceGuard {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:src|href|xlink:href|srcset|poster|data)\\s*=\\s*([\"'])(.*?)\\1", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=\\s*([\"'])(.*?)\\1", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern URL = Pattern.compile("(?:url\\(|@import)\\s*[\"']?([^\"')\\s;]*)", //$NON-NLS-1$
            Pattern.CASE_INSENSITIVE);

    private ResourceGuard() {
    }

    /**
     * @param xhtml the rendered report
     * @param labels for the message
     * @throws ReportException naming the first reference that is refused
     */
    public static void check(String xhtml, Labels labels) throws ReportException {
        Matcher attribute = ATTRIBUTE.matcher(xhtml);
        while (attribute.find()) {
            refuseUnlessInside(attribute.group(2), labels);
        }
        for (Pattern css : new Pattern[] { STYLE, STYLE_ATTRIBUTE }) {
            Matcher style = css.matcher(xhtml);
            while (style.find()) {
                Matcher url = URL.matcher(style.group(css == STYLE ? 1 : 2));
                while (url.find()) {
                    refuseUnlessInside(url.group(1), labels);
                }
            }
        }
    }

    /**
     * @param uri a reference
     * @return whether it stays inside the document
     */
    public static boolean isInside(String uri) {
        String value = uri.strip().toLowerCase(java.util.Locale.ROOT);
        return value.startsWith("#") || value.startsWith("data:"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void refuseUnlessInside(String uri, Labels labels) throws ReportException {
        if (!isInside(uri)) {
            throw new ReportException(MessageFormat.format(labels.get("error_refused"), Text.of(uri, 120).text()), null); //$NON-NLS-1$
        }
    }
}
