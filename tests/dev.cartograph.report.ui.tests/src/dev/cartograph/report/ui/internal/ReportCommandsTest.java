// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Kpi;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.ui.ReportUi;
import dev.cartograph.ui.editor.PortfolioEditor;

/** The report commands on the sample, driven as a user would: select, run, fill in the dialog, read the file. */
class ReportCommandsTest {

    private static final String RANKING_VIEW = "dev.cartograph.scoring.ui.rankingView";

    @TempDir
    Path folder;

    private String project;
    private PortfolioEditor editor;

    @BeforeEach
    void openTheSample(TestInfo test) throws Exception {
        ReportWorkbench.reset();
        project = "report-" + test.getTestMethod().orElseThrow().getName();
        editor = ReportWorkbench.openSample(project);
        assertNotNull(editor.getPortfolio(), "the sample was read");
    }

    @AfterEach
    void close() throws CoreException {
        ReportWorkbench.page().closeAllEditors(false);
        ReportWorkbench.settle();
        ResourcesPlugin.getWorkspace().getRoot().getProject(project)
                .delete(IResource.ALWAYS_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
    }

    @Test
    void theBusinessCaseOfTheUseCaseSelectedInTheRankingIsWrittenAsOnePdfPage() throws Exception {
        UseCase useCase = editor.getPortfolio().getUseCases().stream()
                .filter(u -> u.getBusinessCase() != null && !u.getBusinessCase().getKpis().isEmpty()
                        && u.getBusinessCase().getKpis().get(0).isSetTarget())
                .findFirst().orElseThrow();
        IViewPart ranking = ReportWorkbench.page().showView(RANKING_VIEW);
        ranking.getSite().getSelectionProvider().setSelection(new StructuredSelection(useCase));
        ReportWorkbench.settle();
        Path pdf = folder.resolve("business case.pdf");
        AtomicReference<String> proposed = new AtomicReference<>();
        ReportWorkbench.whenReportDialog(dialog -> {
            proposed.set(dialog.output().getText());
            ReportWorkbench.select(dialog.format(), 0);
            ReportWorkbench.select(dialog.language(), 0);
            ReportWorkbench.type(dialog.output(), pdf.toString());
        });
        AtomicReference<String> done = ReportWorkbench.whenOutcome();
        ReportWorkbench.run(ReportUi.EXPORT_BUSINESS_CASE_COMMAND_ID);
        ReportWorkbench.awaitReports();
        assertTrue(ReportWorkbench.waitFor(() -> done.get() != null, ReportWorkbench.PATIENCE),
                "the user is told what came of the report");
        assertTrue(done.get().startsWith(Messages.ReportOutcome_doneTitle), done.get());
        assertTrue(done.get().contains(pdf.toString()), done.get());
        Path sampleFolder = editor.getFile().getLocation().toFile().toPath().getParent();
        assertEquals(sampleFolder.resolve(ReportLauncher.fileName(useCase.getName(), "x") + ".pdf").toString(),
                proposed.get(), "the file proposed is in the portfolio's folder, named after the use case");

        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertEquals(1, document.getNumberOfPages(), "one page");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(useCase.getName()), "the use case's name: " + text);
            Kpi kpi = useCase.getBusinessCase().getKpis().get(0);
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMaximumFractionDigits(2);
            assertTrue(text.contains(kpi.getName()), "the KPI " + kpi.getName() + ": " + text);
            assertTrue(text.contains(format.format(kpi.getTarget())), "its target " + format.format(kpi.getTarget()));
        }
    }

    @Test
    void thePortfolioReportDialogWritesTheChosenFormat() throws Exception {
        Path html = folder.resolve("steering committee.html");
        AtomicReference<Boolean> summaryOffered = new AtomicReference<>();
        ReportWorkbench.whenReportDialog(dialog -> {
            summaryOffered.set(dialog.summary() != null && dialog.onePagers() != null && dialog.template() != null);
            ReportWorkbench.select(dialog.format(), 1);
            ReportWorkbench.select(dialog.language(), 1);
            ReportWorkbench.type(dialog.template(), "");
            ReportWorkbench.check(dialog.summary(), true);
            ReportWorkbench.check(dialog.onePagers(), false);
            ReportWorkbench.type(dialog.output(), html.toString());
        });
        AtomicReference<String> done = ReportWorkbench.whenOutcome();
        ReportWorkbench.run(ReportUi.GENERATE_REPORT_COMMAND_ID);
        ReportWorkbench.awaitReports();
        assertTrue(ReportWorkbench.waitFor(() -> done.get() != null, ReportWorkbench.PATIENCE),
                "the user is told what came of the report");
        assertTrue(done.get().startsWith(Messages.ReportOutcome_doneTitle), done.get());
        assertEquals(Boolean.TRUE, summaryOffered.get(), "the portfolio report offers templates and sections");
        String written = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(written.contains("<html"), "an HTML file");
        assertTrue(written.contains("lang=\"fr\""), "in French, as chosen");
        assertTrue(written.contains(escaped(editor.getPortfolio().getName())), "the portfolio's name");
        assertFalse(written.contains("class=\"onepager\""), "no one-pager, as chosen");
    }

    @Test
    void aBrokenTemplateIsAnErrorDialogAndNothingIsWritten() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("summary.ftlh"), "<#-- ours -->\n<#macro summary s>\n<p>${s.nope</p>\n</#macro>\n");
        Path pdf = folder.resolve("report.pdf");
        Files.writeString(pdf, "the previous report");
        ReportWorkbench.whenReportDialog(dialog -> {
            ReportWorkbench.select(dialog.format(), 0);
            ReportWorkbench.select(dialog.language(), 0);
            ReportWorkbench.type(dialog.template(), templates.toString());
            ReportWorkbench.check(dialog.summary(), true);
            ReportWorkbench.type(dialog.output(), pdf.toString());
        });
        AtomicReference<String> error = ReportWorkbench.whenOutcome();
        ReportWorkbench.run(ReportUi.GENERATE_REPORT_COMMAND_ID);
        ReportWorkbench.awaitReports();
        assertTrue(ReportWorkbench.waitFor(() -> error.get() != null, ReportWorkbench.PATIENCE),
                "the user is told what came of the report");
        assertTrue(error.get().startsWith(Messages.ReportOutcome_failedTitle), error.get());
        assertTrue(error.get().contains("summary.ftlh"), "the template's file is named: " + error.get());
        assertTrue(error.get().contains("line 3"), "and its line: " + error.get());
        assertEquals("the previous report", Files.readString(pdf), "the file there is left as it was");
        assertFalse(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().isDisposed(),
                "the workbench stays up");
        assertNotNull(editor.getPortfolio(), "and the editor with it");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
