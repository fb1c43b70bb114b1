// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.tests.support.SampleFile;

/** {@code report}: writes the one-pager or the portfolio report headless, atomically, and says clearly what is wrong. */
class ReportCommandTest {

    private static final String FILE = "kestrel-mutual.cartograph";

    @TempDir
    Path directory;

    private Portfolio sample;
    private Cli cli;

    @BeforeEach
    void writeSample() throws IOException {
        sample = SampleFile.write(directory.resolve(FILE));
        cli = Cli.withDefaults(directory);
    }

    @Test
    void writesTheOnePagerOfAUseCaseNamedByName() throws IOException {
        String name = sample.getUseCases().get(0).getName();
        Cli.Run run = cli.run("report", FILE, "--use-case", name, "--out", "case.pdf");
        assertEquals(0, run.exitCode(), run.err());
        byte[] pdf = Files.readAllBytes(directory.resolve("case.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(run.out().contains("case.pdf"), run.out());
    }

    @Test
    void writesTheWholeReportAsHtml() throws IOException {
        Cli.Run run = cli.run("report", FILE, "--format", "html", "--lang", "fr", "--out", "report.html");
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(directory.resolve("report.html"));
        assertTrue(html.contains("Synth\u00e8se"));
        assertTrue(html.contains(sample.getUseCases().get(0).getName().replace("&", "&amp;")));
    }

    @Test
    void anUnknownUseCaseOrFormatIsRefusedAndNothingIsWritten() {
        Cli.Run unknown = cli.run("report", FILE, "--use-case", "No such case", "--out", "x.pdf");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("No such case"), unknown.err());
        Cli.Run format = cli.run("report", FILE, "--format", "docx", "--out", "x.docx");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("pdf|html"), format.err());
        Cli.Run noOut = cli.run("report", FILE);
        assertEquals(2, noOut.exitCode());
        assertFalse(Files.exists(directory.resolve("x.pdf")));
    }
}
