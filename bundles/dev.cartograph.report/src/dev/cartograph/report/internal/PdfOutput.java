// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import dev.cartograph.report.ReportException;

/**
 * Turns the report's XHTML into PDF with openhtmltopdf: DejaVu Sans embedded (subset) so that
 * accents and other scripts print, bookmarks and internal links kept, and every external
 * resource refused (no network, no file).
 */
public final class PdfOutput {

    /** The family the style sheets name. */
    public static final String FONT_FAMILY = "DejaVu Sans"; //$NON-NLS-1$
    private static final String[] PROTOCOLS = { "file", "http", "https", "jar", "ftp", "bundleresource", "bundleentry" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

    static {
        XRLog.setLoggingEnabled(false);
        quietCommonsLogging();
    }

    private PdfOutput() {
    }

    /**
     * PDFBox logs through commons-logging, which would route to log4j-api when that is installed
     * (POI brings it): in the workbench its provider lookup can wait forever for a provider
     * that never comes, and on the command line it prints warnings about fonts a report never
     * uses. Unless the product is told otherwise, commons-logging keeps PDFBox quiet: its own
     * factory with the no-op log. Failures still reach the user as exceptions.
     */
    private static void quietCommonsLogging() {
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) { //$NON-NLS-1$
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl"); //$NON-NLS-1$ //$NON-NLS-2$
            if (System.getProperty("org.apache.commons.logging.Log") == null) { //$NON-NLS-1$
                System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /**
     * @param xhtml a well-formed XHTML document that references nothing outside itself
     * @param title the document title of the PDF
     * @param labels for the messages
     * @return the PDF
     * @throws ReportException if the renderer fails or the document asks for an external resource
     */
    public static byte[] render(String xhtml, String title, Labels labels) throws ReportException {
        List<String> refused = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            font(builder, "/fonts/DejaVuSans.ttf", 400, FontStyle.NORMAL); //$NON-NLS-1$
            font(builder, "/fonts/DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL); //$NON-NLS-1$
            font(builder, "/fonts/DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC); //$NON-NLS-1$
            builder.useExternalResourceAccessControl((uri, type) -> {
                if (uri != null && ResourceGuard.isInside(uri)) {
                    return true;
                }
                refused.add(String.valueOf(uri));
                return false;
            }, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useProtocolsStreamImplementation(uri -> {
                refused.add(uri);
                return new RefusedStream();
            }, PROTOCOLS);
            builder.withProducer("Cartograph"); //$NON-NLS-1$
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new ReportException(MessageFormat.format(labels.get("error_pdf"), Text.clean(String.valueOf(e.getMessage()))), e); //$NON-NLS-1$
        }
        if (!refused.isEmpty()) {
            throw new ReportException(MessageFormat.format(labels.get("error_refused"), Text.of(refused.get(0), 120).text()), null); //$NON-NLS-1$
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String resource, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream stream = PdfOutput.class.getResourceAsStream(resource);
            if (stream == null) {
                throw new IllegalStateException("missing font " + resource); //$NON-NLS-1$
            }
            return stream;
        }, FONT_FAMILY, weight, style, true);
    }

    /** What a refused URI reads: nothing. */
    private static final class RefusedStream implements FSStream {
        @Override
        public InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    }
}
