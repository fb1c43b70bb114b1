// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.ReportException;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.report.ReportGenerator;
import dev.cartograph.report.ReportRequest;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.tests.support.SamplePortfolio;

/** The whole portfolio report: sections, order, bookmarks, HTML, French, templates and safety. */
class PortfolioReportTest {

    @TempDir
    Path folder;

    private static ReportRequest.Builder html(ScoringResult scoring) {
        return ReportRequest.builder(scoring).format(ReportFormat.HTML).locale(Locale.US);
    }

    @Test
    void pdfHasTheSummaryThenOnePagePerUseCaseThenTheAppendixWithBookmarks() throws Exception {
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        byte[] pdf = new ReportGenerator().render(ReportRequest.builder(scoring).locale(Locale.US).maps(Fixture.maps()).build());
        int useCases = scoring.portfolio().getUseCases().size();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= useCases + 4, () -> "cover, summary, roadmap, cases, appendix: " + pages + " pages for " + useCases);
            var outline = document.getDocumentCatalog().getDocumentOutline();
            int bookmarks = 0;
            for (var item = outline.getFirstChild(); item != null; item = item.getNextSibling()) {
                bookmarks++;
            }
            assertEquals(useCases + 2, bookmarks);
        }
        String text = Fixture.text(pdf);
        for (String section : List.of("Executive summary", "Top ten", "How the five practices are followed",
                "Assessment grid", "Unranked use cases")) {
            assertTrue(text.toLowerCase(Locale.ROOT).contains(section.toLowerCase(Locale.ROOT)), section);
        }
    }

    @Test
    void htmlIsOneFileWithTheSectionsAndOnePagersInRankOrder() throws Exception {
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        String html = new String(new ReportGenerator().render(html(scoring).maps(Fixture.maps()).build()), StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        assertTrue(document.getElementById("summary") != null);
        assertTrue(document.getElementById("appendix") != null);
        List<String> names = document.select("div.onepager > h1").eachText();
        List<String> expected = dev.cartograph.report.RankOrder.of(scoring).stream().map(UseCase::getName).toList();
        assertEquals(expected.size(), names.size());
        assertEquals(expected.get(0), names.get(0));
        for (Element image : document.select("img")) {
            assertTrue(image.attr("src").startsWith("data:image/svg+xml;base64,"), image.attr("src"));
        }
        assertFalse(document.select("img").isEmpty(), "the maps are inline");
        for (Element link : document.select("table a")) {
            assertTrue(document.getElementById(link.attr("href").substring(1)) != null, link.attr("href"));
        }
    }

    @Test
    void hostileNamesAreShownAsText() throws Exception {
        Portfolio portfolio = SamplePortfolio.build();
        UseCase useCase = portfolio.getUseCases().get(0);
        useCase.setName("<script>alert('x')</script></html> & \u0001 <img src=\"file:///etc/passwd\">");
        useCase.getBusinessCase().setProblem("<a href=\"https://evil.example/\">click</a>");
        ScoringResult scoring = Fixture.score(portfolio);
        String html = new String(new ReportGenerator().render(html(scoring).onePager(useCase).build()), StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        assertTrue(document.select("script").isEmpty());
        assertTrue(document.select("a[href^=https]").isEmpty());
        assertTrue(document.select("img[src^=file]").isEmpty());
        assertTrue(document.select("div.onepager > h1").text().startsWith("<script>alert('x')</script></html> &"));
        byte[] pdf = new ReportGenerator().render(Fixture.onePager(scoring, useCase).build());
        assertEquals(1, Fixture.pages(pdf));
    }

    @Test
    void frenchReportSpeaksFrenchWithFrenchNumbers() throws Exception {
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        String html = new String(new ReportGenerator().render(html(scoring).locale(Locale.FRANCE).build()), StandardCharsets.UTF_8);
        Document document = Jsoup.parse(html);
        assertEquals("fr", document.select("html").attr("lang"));
        String text = document.text();
        assertTrue(text.contains("Synth\u00e8se"));
        assertTrue(text.contains("Le probl\u00e8me et qui le subit"));
        assertTrue(text.contains("Effet net annuel"));
        assertTrue(text.matches("(?s).*\\d\u202f?\\d{3}\u00a0\u20ac.*") || text.matches("(?s).*\\d[\u00a0\u202f]\\d{3}.*\u20ac.*"),
                "euros written the French way");
    }

    @Test
    void aBrokenTemplateNamesItsFileAndLineAndLeavesTheOutputAlone() throws Exception {
        Path templates = Files.createDirectory(folder.resolve("templates"));
        Files.writeString(templates.resolve("summary.ftlh"), "<#macro summary s>\n<p>${s.title}</p>\n<#if>\n</#macro>\n"
                + "<#macro appendix a></#macro>\n");
        Path out = folder.resolve("report.html");
        Files.writeString(out, "previous report");
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        ReportException failure = assertThrows(ReportException.class, () -> new ReportGenerator()
                .write(html(scoring).templateFolder(templates).build(), out, (d, t) -> true));
        assertTrue(failure.getMessage().contains(templates.resolve("summary.ftlh").toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("line 3"), failure.getMessage());
        assertEquals("previous report", Files.readString(out));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file left");
        }
    }

    @Test
    void aTemplateFolderReplacesTheDefaultsItOverrides() throws Exception {
        Path templates = Files.createDirectory(folder.resolve("own"));
        Files.writeString(templates.resolve("summary.ftlh"), "<#macro summary s><div id=\"summary\"><h1>Our own cover: ${s.title}</h1></div></#macro>"
                + "<#macro appendix a><div id=\"appendix\"></div></#macro>");
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        String html = new String(new ReportGenerator().render(html(scoring).templateFolder(templates).build()), StandardCharsets.UTF_8);
        assertTrue(Jsoup.parse(html).text().contains("Our own cover: Kestrel Mutual AI discovery programme"));
    }

    @Test
    void aTemplatePointingAtAFileOrTheNetworkIsRefused() throws Exception {
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        for (String reference : List.of("<img src=\"file:///etc/passwd\"/>", "<img src=\"https://example.com/logo.png\"/>",
                "<style>@import url(http://example.com/x.css);</style>", "<div style=\"background: url('/etc/passwd')\"></div>")) {
            Path templates = Files.createDirectories(folder.resolve("t" + Math.abs(reference.hashCode())));
            Files.writeString(templates.resolve("summary.ftlh"), "<#macro summary s><div id=\"summary\">" + reference
                    + "</div></#macro><#macro appendix a></#macro>");
            for (ReportFormat format : ReportFormat.values()) {
                ReportException failure = assertThrows(ReportException.class, () -> new ReportGenerator()
                        .render(html(scoring).format(format).templateFolder(templates).build()), reference);
                assertTrue(failure.getMessage().contains("refused"), failure.getMessage());
            }
        }
    }

    @Test
    void aTemplateCannotReachFilesOutsideItsFolder() throws Exception {
        Path templates = Files.createDirectory(folder.resolve("escape"));
        Files.writeString(folder.resolve("secret.ftlh"), "SECRET");
        Files.writeString(templates.resolve("summary.ftlh"), "<#include \"../secret.ftlh\"><#macro summary s></#macro><#macro appendix a></#macro>");
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        ReportException failure = assertThrows(ReportException.class,
                () -> new ReportGenerator().render(html(scoring).templateFolder(templates).build()));
        assertTrue(failure.getMessage().contains("summary.ftlh"), failure.getMessage());
    }

    @Test
    void stoppingLeavesNoFile() throws Exception {
        ScoringResult scoring = Fixture.score(SamplePortfolio.build());
        Path out = folder.resolve("stopped.pdf");
        assertFalse(new ReportGenerator().write(ReportRequest.builder(scoring).build(), out, (done, total) -> done < 2));
        assertFalse(Files.exists(out));
    }
}
