// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import dev.cartograph.report.ReportException;

/**
 * The report templates: those of a template folder first (an organisation's own), then the
 * defaults shipped in this bundle ({@code templates/default}). FreeMarker escapes every value as
 * XHTML; templates cannot create Java objects nor reach files outside their folder.
 */
public final class Templates {

    /** The entry template every template set provides (or inherits from the defaults). */
    public static final String MAIN = "report.ftlh"; //$NON-NLS-1$
    private static final String DEFAULTS = "/templates/default"; //$NON-NLS-1$

    private final Configuration configuration;
    private final String origin;
    private final Labels labels;

    /**
     * @param folder a template folder, or {@code null} for the defaults only
     * @param labels for the messages
     * @throws ReportException if the folder cannot be read
     */
    public Templates(Path folder, Labels labels) throws ReportException {
        this.labels = labels;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8"); //$NON-NLS-1$
        configuration.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLocalizedLookup(false);
        configuration.setLocale(labels.locale());
        TemplateLoader defaults = new ClassTemplateLoader(Templates.class, DEFAULTS);
        if (folder == null) {
            configuration.setTemplateLoader(defaults);
            origin = ""; //$NON-NLS-1$
        } else {
            if (!Files.isDirectory(folder)) {
                throw new ReportException(MessageFormat.format(labels.get("error_noTemplateFolder"), folder), null); //$NON-NLS-1$
            }
            try {
                configuration.setTemplateLoader(
                        new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(folder.toFile()), defaults }));
            } catch (IOException e) {
                throw new ReportException(MessageFormat.format(labels.get("error_noTemplateFolder"), folder), e); //$NON-NLS-1$
            }
            origin = folder.toString();
        }
    }

    /**
     * @param model the data model ({@code r}, {@code t} and layout values)
     * @return the XHTML document
     * @throws ReportException naming the template file and line when a template is broken
     */
    public String render(Map<String, Object> model) throws ReportException {
        try {
            Template template = configuration.getTemplate(MAIN, Locale.ROOT);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw broken(e.getTemplateName(), e.getLineNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ParseException parse) {
                    throw broken(parse.getTemplateName(), parse.getLineNumber(), parse.getEditorMessage(), e);
                }
            }
            throw broken(e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new ReportException(MessageFormat.format(labels.get("error_templateUnreadable"), where(MAIN), //$NON-NLS-1$
                    String.valueOf(e.getMessage())), e);
        }
    }

    private ReportException broken(String name, int line, String problem, Exception cause) {
        return new ReportException(MessageFormat.format(labels.get("error_brokenTemplate"), where(name), //$NON-NLS-1$
                String.valueOf(line), Text.clean(problem)), cause);
    }

    private String where(String name) {
        String file = name == null ? MAIN : name;
        return origin.isEmpty() || !Files.isRegularFile(Path.of(origin).resolve(file)) ? "templates/default/" + file //$NON-NLS-1$
                : Path.of(origin).resolve(file).toString();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip(); //$NON-NLS-1$
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
