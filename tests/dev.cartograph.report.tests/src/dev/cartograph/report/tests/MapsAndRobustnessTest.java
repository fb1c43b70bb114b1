// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.report.ReportGenerator;
import dev.cartograph.report.ReportRequest;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.scoring.sensitivity.RankRobustness;
import dev.cartograph.scoring.sensitivity.SensitivityAnalysis;
import dev.cartograph.scoring.sensitivity.SensitivityOptions;
import dev.cartograph.tests.support.SamplePortfolio;

/**
 * The maps in the reports (SVG in HTML, PNG in PDF, an excerpt around the use case on its
 * one-pager), the rank robustness on the one-pager, and the criteria's names in French.
 */
class MapsAndRobustnessTest {

    private static final Portfolio SAMPLE = SamplePortfolio.build();
    private static final ScoringResult SCORING = Fixture.score(SAMPLE);

    private static UseCase onJourney() {
        return SCORING.ranking().stream().map(UseCaseScore::useCase).filter(u -> !u.getStages().isEmpty())
                .findFirst().orElseThrow();
    }

    @Test
    void theHtmlReportShowsThePortfolioMapAndEveryJourneyMapAsSvg() throws Exception {
        String html = new String(new ReportGenerator().render(ReportRequest.builder(SCORING).useCases(List.of())
                .format(ReportFormat.HTML).locale(Locale.US).maps(Fixture.maps()).build()), "UTF-8");
        Document document = Jsoup.parse(html);
        List<String> maps = document.select("img.wide-img").eachAttr("src");
        assertEquals(1 + SAMPLE.getJourneys().size(), maps.size(), "the portfolio map and each journey map");
        for (String map : maps) {
            assertTrue(map.startsWith("data:image/svg+xml;base64,"), "SVG inline");
            String svg = new String(Base64.getDecoder().decode(map.substring(map.indexOf(',') + 1)), "UTF-8");
            assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), svg.substring(0, 40));
        }
        for (CustomerJourney journey : SAMPLE.getJourneys()) {
            assertTrue(document.text().contains(journey.getName()), "the journey's map is titled " + journey.getName());
        }
    }

    @Test
    void thePdfReportShowsTheMapsAsImages() throws Exception {
        ReportRequest request = ReportRequest.builder(SCORING).useCases(List.of()).format(ReportFormat.PDF)
                .locale(Locale.US).maps(Fixture.maps()).build();
        List<String> maps = Jsoup.parse(new ReportGenerator().xhtml(request)).select("img.wide-img").eachAttr("src");
        assertEquals(1 + SAMPLE.getJourneys().size(), maps.size());
        maps.forEach(map -> assertTrue(map.startsWith("data:image/png;base64,"), "PNG, which the PDF renderer draws"));
        byte[] pdf = new ReportGenerator().render(request);
        int images = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDResources resources = document.getPage(i).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        images++;
                    }
                }
            }
        }
        assertTrue(images >= maps.size(), images + " images in the PDF");
        screenshot(pdf, "report-summary", 1);
        screenshot(pdf, "report-maps", 3);
    }

    @Test
    void theOnePagerShowsAnExcerptOfTheMapAroundTheUseCase() throws Exception {
        UseCase useCase = onJourney();
        String xhtml = new ReportGenerator().xhtml(Fixture.onePager(SCORING, useCase).build());
        Element excerpt = Jsoup.parse(xhtml).selectFirst("img.map");
        assertNotNull(excerpt, "a map on the one-pager");
        BufferedImage part = png(excerpt.attr("src"));
        String whole = new ReportGenerator().xhtml(ReportRequest.builder(SCORING).useCases(List.of())
                .format(ReportFormat.PDF).locale(Locale.US).maps(Fixture.maps()).build());
        CustomerJourney journey = useCase.getStages().get(0).getJourney();
        int index = 1 + SAMPLE.getJourneys().indexOf(journey);
        BufferedImage full = png(Jsoup.parse(whole).select("img.wide-img").get(index).attr("src"));
        // The excerpt is drawn at 2 px per unit, the whole map at 1.5: compare in diagram units.
        double partWidth = part.getWidth() / 2.0;
        double fullWidth = full.getWidth() / 1.5;
        assertTrue(partWidth < fullWidth * 0.9, () -> "an excerpt, " + partWidth + " of " + fullWidth + " units wide");
        assertTrue(part.getHeight() / 2.0 <= full.getHeight() / 1.5 + 1, "no taller than the map");
    }

    @Test
    void theOnePagerSaysHowRobustTheRankIs() throws Exception {
        UseCase useCase = SCORING.ranking().get(0).useCase();
        String text = Fixture.text(new ReportGenerator().render(Fixture.onePager(SCORING, useCase).build()));
        RankRobustness robust = SensitivityAnalysis.analyse(SCORING, SensitivityOptions.defaults()).useCases().stream()
                .filter(r -> r.useCase().useCase() == useCase).findFirst().orElseThrow();
        assertTrue(text.contains("Rank robustness"), text);
        assertTrue(text.contains("by up to \u00b120% (1,000 samples)"), text);
        assertTrue(text.contains("it ranks #" + robust.minRank() + " to #" + robust.maxRank()),
                () -> "ranks " + robust.minRank() + " to " + robust.maxRank() + " in " + text);
        assertTrue(text.contains("ranked next, passes it if the weight of") || text.contains("lets the use case ranked next pass it"),
                text);
    }

    @Test
    void aFrenchOnePagerNamesTheCriteriaInFrench() throws Exception {
        UseCase useCase = SCORING.ranking().get(0).useCase();
        byte[] pdf = new ReportGenerator().render(Fixture.onePager(SCORING, useCase).locale(Locale.FRANCE).build());
        String text = Fixture.text(pdf);
        assertTrue(text.contains("Valeur strat\u00e9gique"), text);
        assertTrue(text.contains("Potentiel financier"), text);
        assertTrue(text.contains("Robustesse du rang"), text);
        assertTrue(!text.contains("Strategic business value"), "no English criterion name");
        screenshot(pdf, "report-onepager-fr", 0);
    }

    private static BufferedImage png(String dataUri) throws Exception {
        assertTrue(dataUri.startsWith("data:image/png;base64,"), dataUri.substring(0, 30));
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1))));
    }

    /** Renders the first page as PNG when {@code cartograph.screenshots} names a folder (the README's pictures). */
    static void screenshot(byte[] pdf, String name, int page) throws Exception {
        String folder = System.getProperty("cartograph.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (page >= document.getNumberOfPages()) {
                return;
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 110);
            Files.createDirectories(Path.of(folder));
            ImageIO.write(image, "png", Path.of(folder, name + ".png").toFile());
        }
    }
}
