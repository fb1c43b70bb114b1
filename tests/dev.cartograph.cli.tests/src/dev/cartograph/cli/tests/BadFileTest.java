// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file that cannot be used (missing, a directory, malformed, truncated, hostile, of another
 * version, not a portfolio) gives exactly one line on the error stream, {@code file:line:column:
 * problem} with the file as the user wrote it, nothing on the output, and exit code 2; never a
 * stack trace. Every command that reads a file behaves the same.
 */
class BadFileTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<cartograph:Portfolio xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:cartograph=\"https://cartograph.dev/model/1.0\" name=\"Claims\">\n";
    private static final String SECRET = "TOP-SECRET-42";

    @TempDir
    Path directory;

    private Cli cli;

    @BeforeEach
    void writeFiles() throws IOException {
        write("secret.txt", SECRET);
        write("malformed.cartograph", HEADER + ROOT + "  <useCases name=\"A\">\n  </journeys>\n</cartograph:Portfolio>\n");
        write("truncated.cartograph", HEADER + ROOT + "  <useCases name=\"A\"");
        write("xxe.cartograph", HEADER + "<!DOCTYPE p [<!ENTITY x SYSTEM \"secret.txt\">]>\n" + ROOT.replace(">\n", ">")
                + "&x;</cartograph:Portfolio>\n");
        write("laughs.cartograph", HEADER + "<!DOCTYPE p [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                + ROOT.replace(">\n", ">") + "&b;</cartograph:Portfolio>\n");
        write("newer.cartograph", HEADER + ROOT.replace("model/1.0", "model/2.0") + "</cartograph:Portfolio>\n");
        write("use-case.cartograph", HEADER + "<cartograph:UseCase xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:cartograph=\"https://cartograph.dev/model/1.0\" name=\"Lonely\"/>\n");
        write("empty.cartograph", "");
        write("text.cartograph", "Just some notes about claims.\n");
        write("bad-value.cartograph", HEADER + ROOT + "  <useCases name=\"A\" scope=\"galactic\"/>\n</cartograph:Portfolio>\n");
        Files.write(directory.resolve("binary.cartograph"), new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80 });
        Files.createDirectory(directory.resolve("folder.cartograph"));
        Files.createDirectory(directory.resolve("sub"));
        write("sub/truncated.cartograph", HEADER + ROOT);
        cli = Cli.withDefaults(directory);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badFiles() {
        String doctype = "the file contains a document type declaration (DOCTYPE), which Cartograph models never "
                + "contain; it is refused because such a declaration can make a program read other files or exhaust "
                + "its memory";
        return Stream.of(Arguments.of("missing.cartograph", "missing.cartograph: the file does not exist"),
                Arguments.of("folder.cartograph", "folder.cartograph: is a directory, not a portfolio file"),
                Arguments.of("xxe.cartograph", "xxe.cartograph:2:10: " + doctype),
                Arguments.of("laughs.cartograph", "laughs.cartograph:2:10: " + doctype),
                Arguments.of("empty.cartograph", "empty.cartograph: the file is empty"),
                Arguments.of("text.cartograph",
                        "text.cartograph:1:1: the file is not an XML document, so it cannot be a Cartograph model"),
                Arguments.of("newer.cartograph", "newer.cartograph:2:"),
                Arguments.of("use-case.cartograph", "use-case.cartograph: the file does not contain a portfolio"),
                Arguments.of("malformed.cartograph", "malformed.cartograph:4:"),
                Arguments.of("truncated.cartograph", "truncated.cartograph:"),
                Arguments.of("sub/truncated.cartograph", "sub/truncated.cartograph:"),
                Arguments.of("bad-value.cartograph", "bad-value.cartograph:3:"),
                Arguments.of("binary.cartograph", "binary.cartograph:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void everyCommandPrintsOneLineAndExitsWith2(String file, String expected) {
        for (List<String> args : List.of(List.of("score", file), List.of("rank", file, "--format", "json"),
                List.of("sensitivity", file), List.of("roadmap", file, "--format", "csv"), List.of("criteria", file),
                List.of("validate", file))) {
            Cli.Run run = cli.run(args.toArray(String[]::new));

            assertEquals(2, run.exitCode(), args.toString());
            List<String> lines = run.errLines();
            assertEquals(1, lines.size(), args + ": " + run.err());
            String line = lines.get(0);
            assertTrue(line.startsWith(expected), args + ": " + line);
            assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains(SECRET), line);
            if (!args.get(0).equals("validate")) {
                assertEquals("", run.out(), args.toString());
            }
        }
    }

    @Test
    void theLineGivesTheLineAndColumnOfTheProblem() {
        String line = cli.run("score", "malformed.cartograph").errLines().get(0);

        assertTrue(line.matches("malformed\\.cartograph:4:\\d+: the file is damaged: it is not well-formed XML \\(.+\\)"),
                line);
    }

    @Test
    void anAbsoluteNameIsShownAsWritten() {
        String absolute = directory.resolve("empty.cartograph").toString();

        assertEquals(List.of(absolute + ": the file is empty"), cli.run("rank", absolute).errLines());
    }
}
