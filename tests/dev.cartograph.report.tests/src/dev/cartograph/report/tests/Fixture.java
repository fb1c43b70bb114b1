// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.report.tests;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.RegistryFactory;

import dev.cartograph.maps.MapRenderer;
import dev.cartograph.maps.Maps;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.report.ReportFormat;
import dev.cartograph.report.ReportRequest;
import dev.cartograph.scoring.ScoringEngine;
import dev.cartograph.scoring.ScoringResult;
import dev.cartograph.service.ScoringServices;

/** The platform's criteria and maps, and helpers to read a PDF back. */
final class Fixture {

    private static ScoringEngine engine;
    private static MapRenderer maps;

    private Fixture() {
    }

    static synchronized ScoringEngine engine() {
        if (engine == null) {
            engine = ScoringServices.getDefault().createEngine();
        }
        return engine;
    }

    static synchronized MapRenderer maps() {
        if (maps == null) {
            maps = Maps.open(RegistryFactory.getRegistry()).renderer();
        }
        return maps;
    }

    static ScoringResult score(Portfolio portfolio) {
        return engine().score(portfolio);
    }

    /** @return a request for the one-pager of a use case, in English, PDF, with maps */
    static ReportRequest.Builder onePager(ScoringResult scoring, UseCase useCase) {
        return ReportRequest.builder(scoring).onePager(useCase).format(ReportFormat.PDF).locale(Locale.US).maps(maps());
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** @return the text of the PDF, every run of white space made one space */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
