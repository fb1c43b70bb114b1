// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dev.cartograph.maps.MapKind;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.internal.persistence.AtomicFileWriter;
import dev.cartograph.report.internal.Labels;
import dev.cartograph.report.internal.MapImages;
import dev.cartograph.report.internal.Numbers;
import dev.cartograph.report.internal.OnePagerModel;
import dev.cartograph.report.internal.PdfOutput;
import dev.cartograph.report.internal.ResourceGuard;
import dev.cartograph.report.internal.Robustness;
import dev.cartograph.report.internal.SummaryModel;
import dev.cartograph.report.internal.Templates;
import dev.cartograph.report.internal.Text;

/**
 * Makes reports: the one-pager of a use case, or the portfolio report (cover, executive summary,
 * one-pagers in the requested order, appendix), as PDF or self-contained HTML, from the default
 * templates or an organisation's template folder. Headless and stateless; safe to call from a job.
 */
public final class ReportGenerator {

    /** The largest report made, in bytes; a larger one is refused rather than written. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int MARGIN_MM = 10;
    private static final int PAGE_SLACK_MM = 2;

    /**
     * Called before each one-pager, once the templates are done (with {@code done == total}) and,
     * for PDF, once more when the pages are laid out; returning {@code false} stops the report
     * (nothing is written).
     */
    @FunctionalInterface
    public interface Progress {

        /**
         * @param done the one-pagers done so far
         * @param total the one-pagers to do
         * @return whether to go on
         */
        boolean worked(int done, int total);
    }

    /**
     * @param request what to report
     * @return the report's bytes
     * @throws ReportException if a template is broken, refers outside the document, or the PDF fails
     */
    public byte[] render(ReportRequest request) throws ReportException {
        return render(request, (done, total) -> true);
    }

    /**
     * @param request what to report
     * @param progress told of each one-pager; may stop the report
     * @return the report's bytes, or {@code null} if progress stopped it
     * @throws ReportException if a template is broken, refers outside the document, or the PDF fails
     */
    public byte[] render(ReportRequest request, Progress progress) throws ReportException {
        Labels labels = new Labels(request.locale());
        String xhtml = xhtml(request, labels, progress);
        if (xhtml == null) {
            return null;
        }
        ResourceGuard.check(xhtml, labels);
        if (xhtml.length() > MAX_BYTES) {
            throw new ReportException(MessageFormat.format(labels.get("error_tooLarge"), MAX_BYTES / (1024 * 1024)), null); //$NON-NLS-1$
        }
        if (request.format() == ReportFormat.HTML) {
            return xhtml.getBytes(StandardCharsets.UTF_8);
        }
        byte[] pdf = PdfOutput.render(xhtml, title(request.scoring().portfolio(), labels), labels);
        int total = request.useCases().size();
        return progress.worked(total, total) ? pdf : null;
    }

    /**
     * Makes the report and replaces the file atomically: on any failure the file is left as it was.
     *
     * @param request what to report
     * @param target the file to write
     * @param progress told of each one-pager; may stop the report
     * @return whether the file was written ({@code false} if progress stopped it)
     * @throws ReportException if the report cannot be made or written
     */
    public boolean write(ReportRequest request, Path target, Progress progress) throws ReportException {
        byte[] bytes = render(request, progress);
        if (bytes == null) {
            return false;
        }
        try {
            AtomicFileWriter.write(target, UnaryOperator.identity(), out -> out.write(bytes));
        } catch (IOException e) {
            throw new ReportException(MessageFormat.format(new Labels(request.locale()).get("error_write"), target, //$NON-NLS-1$
                    Text.clean(String.valueOf(e.getMessage()))), e);
        }
        return true;
    }

    /**
     * @param request what to report
     * @return the XHTML the templates make, before PDF
     * @throws ReportException if a template is broken
     */
    public String xhtml(ReportRequest request) throws ReportException {
        return xhtml(request, new Labels(request.locale()), (done, total) -> true);
    }

    private static String xhtml(ReportRequest request, Labels labels, Progress progress) throws ReportException {
        Templates templates = new Templates(request.templateFolder(), labels);
        Portfolio portfolio = request.scoring().portfolio();
        Numbers numbers = new Numbers(request.locale(), portfolio.getCurrency());
        MapImages maps = new MapImages(request.maps(), request.scoring(), request.locale(),
                request.format() == ReportFormat.HTML);
        OnePagerModel pages = new OnePagerModel(labels, numbers);
        Robustness robustness = new Robustness(request.scoring(),
                request.useCases().isEmpty() ? null : request.sensitivity(), labels, numbers);
        Map<UseCase, String> anchors = new LinkedHashMap<>();
        for (UseCase useCase : request.useCases()) {
            anchors.put(useCase, "uc-" + (anchors.size() + 1)); //$NON-NLS-1$
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        int total = anchors.size();
        for (Map.Entry<UseCase, String> entry : anchors.entrySet()) {
            if (!progress.worked(cases.size(), total)) {
                return null;
            }
            cases.add(pages.build(entry.getKey(), request.scoring(), entry.getValue(), maps.excerpt(entry.getKey()),
                    robustness.of(entry.getKey())));
        }
        Map<String, Object> report = new HashMap<>();
        report.put("title", title(portfolio, labels)); //$NON-NLS-1$
        report.put("lang", request.locale().getLanguage().isEmpty() ? "en" : request.locale().getLanguage()); //$NON-NLS-1$ //$NON-NLS-2$
        report.put("paper", request.paper().cssSize()); //$NON-NLS-1$
        report.put("cases", cases); //$NON-NLS-1$
        if (request.summary()) {
            SummaryModel summary = new SummaryModel(labels, numbers);
            report.put("summary", summary.summary(portfolio, request.scoring(), anchors, wideMaps(maps, portfolio), //$NON-NLS-1$
                    request.validation() == null ? null : request.validation().get(), request.today()));
            report.put("appendix", summary.appendix(request.scoring())); //$NON-NLS-1$
        }
        Map<String, Object> model = new HashMap<>();
        model.put("r", report); //$NON-NLS-1$
        model.put("t", labels.all()); //$NON-NLS-1$
        model.put("margin", String.valueOf(MARGIN_MM)); //$NON-NLS-1$
        model.put("pageHeight", String.valueOf(request.paper().heightMm() - 2 * MARGIN_MM - PAGE_SLACK_MM)); //$NON-NLS-1$
        String xhtml = templates.render(model);
        return progress.worked(total, total) ? xhtml : null;
    }

    private static List<Map<String, String>> wideMaps(MapImages maps, Portfolio portfolio) {
        List<Map<String, String>> list = new ArrayList<>();
        maps.wide(MapKind.PORTFOLIO, portfolio).ifPresent(image -> list.add(Map.of("title", //$NON-NLS-1$
                Text.clean(portfolio.getName()), "image", image))); //$NON-NLS-1$
        for (CustomerJourney journey : portfolio.getJourneys()) {
            maps.wide(MapKind.JOURNEY, journey).ifPresent(image -> list.add(Map.of("title", //$NON-NLS-1$
                    Text.clean(journey.getName()), "image", image))); //$NON-NLS-1$
        }
        return list;
    }

    private static String title(Portfolio portfolio, Labels labels) {
        String name = Text.clean(portfolio.getName());
        return name.isEmpty() ? labels.get("title") : name; //$NON-NLS-1$
    }
}
