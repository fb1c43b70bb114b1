// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cartograph.model.Portfolio;
import dev.cartograph.tests.support.SampleFile;

/** {@code export}: writes the ArchiMate exchange file of the sample, the same each time, and says what is wrong. */
class ExportCommandTest {

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
    void theArchimateFileIsWrittenAndTheSameOnTheSecondExport() throws Exception {
        byte[] before = Files.readAllBytes(directory.resolve(FILE));
        Cli.Run run = cli.run("export", FILE, "--format", "archimate", "--out", "model.xml");
        assertEquals(0, run.exitCode(), run.err());
        byte[] written = Files.readAllBytes(directory.resolve("model.xml"));
        assertTrue(run.out().startsWith(FILE + " exported to model.xml (" + String.format("%,d", written.length)),
                run.out());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(written)).getDocumentElement();
        assertEquals("http://www.opengroup.org/xsd/archimate/3.0/", root.getNamespaceURI());
        assertTrue(root.getTextContent().contains(sample.getUseCases().get(0).getName()));
        assertEquals(0, cli.run("export", FILE, "--out", "model.xml").exitCode());
        assertArrayEquals(written, Files.readAllBytes(directory.resolve("model.xml")));
        assertArrayEquals(before, Files.readAllBytes(directory.resolve(FILE)), "the portfolio is not changed");
    }

    @Test
    void anUnknownFormatOrAMissingOutIsAUsageError() {
        Cli.Run run = cli.run("export", FILE, "--format", "visio", "--out", "x.vsdx");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'visio'; expected archimate"), run.err());
        run = cli.run("export", FILE);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("export needs --out PATH"), run.err());
        assertFalse(Files.exists(directory.resolve("x.vsdx")));
    }

    @Test
    void anOutputInAMissingFolderIsNamedAndNothingIsLeftBehind() throws IOException {
        Cli.Run run = cli.run("export", FILE, "--out", "missing/model.xml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing/model.xml"), run.err());
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "only the portfolio");
        }
    }
}
