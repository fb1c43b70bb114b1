// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.model.Kpi;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.ReportGenerator;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.scoring.UseCaseScore;
import dev.cartograph.tests.support.SamplePortfolio;

/** Every use case of the sample gives exactly one page holding its name, KPI figures and scores. */
class OnePagerTest {

    private static final Portfolio SAMPLE = SamplePortfolio.build();
    private static final ScoringResult SCORING = Fixture.score(SAMPLE);

    static Stream<String> useCases() {
        return SAMPLE.getUseCases().stream().map(UseCase::getName);
    }

    @ParameterizedTest
    @MethodSource("useCases")
    void isOnePageWithItsNameKpisAndScores(String name) throws Exception {
        UseCase useCase = SAMPLE.getUseCases().stream().filter(u -> u.getName().equals(name)).findFirst().get();
        byte[] pdf = new ReportGenerator().render(Fixture.onePager(SCORING, useCase).build());
        assertEquals(1, Fixture.pages(pdf), name);
        String text = Fixture.text(pdf);
        assertTrue(text.contains(Fixture.oneLine(name)), () -> name + " not in " + text);
        NumberFormat two = NumberFormat.getNumberInstance(Locale.US);
        two.setMaximumFractionDigits(2);
        if (useCase.getBusinessCase() != null) {
            for (Kpi kpi : useCase.getBusinessCase().getKpis().stream().limit(4).toList()) {
                if (kpi.isSetTarget()) {
                    assertTrue(text.contains(two.format(kpi.getTarget())), () -> name + ": KPI target " + kpi.getTarget());
                }
            }
        }
        UseCaseScore score = SCORING.find(useCase).get();
        if (score.isScored()) {
            NumberFormat whole = NumberFormat.getNumberInstance(Locale.US);
            whole.setMaximumFractionDigits(0);
            assertTrue(text.contains("Overall " + whole.format(score.overall())) || text.contains(whole.format(score.overall())),
                    () -> name + ": overall " + score.overall());
            assertTrue(text.contains(score.quadrant().label(Locale.US)), name);
        }
    }

    @Test
    void theLongestTextsAUserMightTypeStayOnOnePageShortenedVisibly() throws Exception {
        Portfolio portfolio = SamplePortfolio.build();
        UseCase useCase = portfolio.getUseCases().get(0);
        String essay = "Claims handlers re-key every field of the form into the core system, twice. ".repeat(400);
        useCase.setName("A use case whose name is very long indeed, ".repeat(6));
        useCase.getBusinessCase().setProblem(essay);
        useCase.getBusinessCase().setProposedSolution(essay);
        useCase.getBusinessCase().setRisks(essay);
        useCase.getBusinessCase().setComplianceNotes(essay);
        useCase.getBusinessCase().setDependencies(essay);
        useCase.getBusinessCase().setDataNeeded(essay);
        for (int i = 0; i < 12; i++) {
            Kpi kpi = dev.cartograph.model.CartographFactory.eINSTANCE.createKpi();
            kpi.setName(essay.substring(0, 300));
            kpi.setUnit(essay.substring(0, 80));
            kpi.setBaseline(123456789.123);
            kpi.setTarget(987654321.987);
            kpi.setHorizonMonths(36);
            useCase.getBusinessCase().getKpis().add(kpi);
        }
        useCase.getScores().forEach(s -> s.setRationale(essay));
        ScoringResult scoring = Fixture.score(portfolio);
        byte[] pdf = new ReportGenerator().render(Fixture.onePager(scoring, useCase).build());
        assertEquals(1, Fixture.pages(pdf));
        String text = Fixture.text(pdf);
        assertTrue(text.contains("\u2026"), "an ellipsis shows the cut");
        assertTrue(text.contains("Shortened to fit one page"), text);
        assertTrue(text.contains("more in the portfolio file"), text);
    }

    @Test
    void letterPaperAlsoGivesOnePage() throws Exception {
        UseCase useCase = SCORING.ranking().get(0).useCase();
        byte[] pdf = new ReportGenerator()
                .render(Fixture.onePager(SCORING, useCase).paper(dev.cartograph.report.Paper.LETTER).build());
        assertEquals(1, Fixture.pages(pdf));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 1);
        }
    }

    @Test
    void fontsAreEmbeddedSoAccentsPrint() throws Exception {
        Portfolio portfolio = SamplePortfolio.build();
        UseCase useCase = portfolio.getUseCases().get(0);
        useCase.setName("R\u00e9sum\u00e9 des cr\u00e9ances \u2013 \u0141\u00f3d\u017a");
        byte[] pdf = new ReportGenerator().render(Fixture.onePager(Fixture.score(portfolio), useCase).build());
        assertTrue(Fixture.text(pdf).contains("R\u00e9sum\u00e9 des cr\u00e9ances \u2013 \u0141\u00f3d\u017a"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<Boolean> embedded = new java.util.ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                embedded.add(document.getPage(0).getResources().getFont(name).isEmbedded());
            }
            assertTrue(!embedded.isEmpty() && embedded.stream().allMatch(b -> b), embedded::toString);
        }
    }
}
