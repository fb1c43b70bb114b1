// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.tests.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.cartograph.model.Portfolio;
import dev.cartograph.model.persistence.CartographResource;
import dev.cartograph.model.persistence.CartographResourceFactory;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;

/**
 * Untrusted files are loaded safely, and a file that cannot be loaded gives a message naming the file, line and
 * column and saying what is wrong.
 */
@ExtendWith(EnglishLocale.class)
class HostileInputTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<cartograph:Portfolio xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:cartograph=\"https://cartograph.dev/model/1.0\" name=\"Claims\">\n";
    private static final String DOCTYPE_REFUSED = "the file contains a document type declaration (DOCTYPE), which"
            + " Cartograph models never contain; it is refused because such a declaration can make a program read"
            + " other files or exhaust its memory";

    @TempDir
    Path directory;

    /** Files that cannot be loaded, each with the whole message a user reads. */
    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                argumentSet("billion laughs are refused before any expansion", "billion-laughs.cartograph",
                        "billion-laughs.cartograph:2:10: " + DOCTYPE_REFUSED),
                argumentSet("malformed XML says where and what", "malformed.cartograph",
                        "malformed.cartograph:4:5: the file is damaged: it is not well-formed XML (The element type"
                                + " \"useCases\" must be terminated by the matching end-tag \"</useCases>\".)"),
                // The file ends after column 55 of line 4, inside name="Decl.
                argumentSet("a file cut in the middle of an attribute is truncated", "truncated.cartograph",
                        "truncated.cartograph:4:56: the file ends unexpectedly; it may have been truncated"),
                // Eight complete lines, then the end of the file at the start of line 9.
                argumentSet("a file cut between elements is truncated", "truncated-between-elements.cartograph",
                        "truncated-between-elements.cartograph:9:1: the file ends unexpectedly; it may have been"
                                + " truncated"),
                argumentSet("a file of another namespace is not a Cartograph model", "wrong-namespace.cartograph",
                        "wrong-namespace.cartograph:2:54: not a Cartograph model (namespace http://example.com/other)"),
                argumentSet("a file without namespace is not a Cartograph model", "no-namespace.cartograph",
                        "no-namespace.cartograph:2:27: not a Cartograph model (the root element Portfolio has no"
                                + " namespace)"),
                argumentSet("a file of a newer major version names both versions", "newer-version.cartograph",
                        "newer-version.cartograph:2:143: this file was written by a newer version of Cartograph"
                                + " (model 2.0); this version reads model 1.0"),
                argumentSet("a file of an older version without migration names both versions",
                        "older-version.cartograph",
                        "older-version.cartograph:2:143: this file was written by an older version of Cartograph"
                                + " (model 0.5) that this version cannot read; this version reads model 1.0"),
                argumentSet("text that is not XML is not a Cartograph model", "not-xml.cartograph",
                        "not-xml.cartograph:1:1: the file is not an XML document, so it cannot be a Cartograph"
                                + " model"),
                argumentSet("an empty file says so", "empty.cartograph", "empty.cartograph: the file is empty"),
                argumentSet("a dangling reference names the element and the missing id",
                        "dangling-reference.cartograph",
                        "dangling-reference.cartograph:4:79: dependsOn of UseCase 'Fraud triage' refers to _deleted,"
                                + " which is not in this file"),
                argumentSet("a file whose root is not a portfolio is not loaded as one", "not-a-portfolio.cartograph",
                        "not-a-portfolio.cartograph: the file does not contain a portfolio"));
    }

    @ParameterizedTest
    @MethodSource("refusedFiles")
    void aFileThatCannotBeLoadedSaysWhereAndWhy(String fixture, String message) {
        assertEquals(message, loadFailing(fixture).getMessage());
    }

    @Test
    void anExternalEntityIsNotReadAndTheFileIsRefused() {
        Fixtures.copy("secret.txt", directory);
        ModelLoadException problem = loadFailing("xxe-entity.cartograph");

        assertEquals("xxe-entity.cartograph:2:10: " + DOCTYPE_REFUSED, problem.getMessage());
        assertFalse(allMessages(problem).contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsNotReadAndTheFileIsRefused() {
        Fixtures.copy("secret.txt", directory);
        Fixtures.copy("evil.dtd", directory);
        ModelLoadException problem = loadFailing("xxe-external-dtd.cartograph");

        assertEquals("xxe-external-dtd.cartograph:2:10: " + DOCTYPE_REFUSED, problem.getMessage());
        assertFalse(allMessages(problem).contains("TOP-SECRET"));
    }

    @Test
    void anyDocumentTypeDeclarationIsRefused() {
        ModelLoadException problem = loadFailing("doctype.cartograph");
        assertEquals("doctype.cartograph:2:10: " + DOCTYPE_REFUSED, problem.getMessage());
        assertEquals("doctype.cartograph", problem.getFile());
        assertEquals(2, problem.getLine());
        assertEquals(10, problem.getColumn());
        assertEquals(DOCTYPE_REFUSED, problem.getProblem());
    }

    @Test
    void aSchemaLocationIsNeverOpened() throws IOException {
        // EMF would open both locations as files, looking for packages, and add them to the resource set.
        URI first = Fixtures.uri(Files.move(Fixtures.copy("portfolio.cartograph", directory),
                directory.resolve("first.cartograph")));
        URI second = Fixtures.uri(Fixtures.copy("portfolio.cartograph", directory));
        Path file = write("schema-locations.cartograph", HEADER + ROOT.replace("xmlns:xmi=",
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"" + first
                        + "\" xsi:schemaLocation=\"urn:other " + second + "\" xmlns:xmi=")
                + "  <useCases name=\"Intake\">\n"
                + "    <businessCase xmlns:other=\"urn:other\" xsi:type=\"other:Thing\"/>\n"
                + "  </useCases>\n</cartograph:Portfolio>\n");
        ResourceSet resourceSet = ModelPersistence.createResourceSet();

        Resource resource = ModelPersistence.load(resourceSet, Fixtures.uri(file));

        assertEquals(List.of(resource), resourceSet.getResources());
        assertEquals("Claims", ((Portfolio) resource.getContents().get(0)).getName());
    }

    @Test
    void deeplyNestedElementsAreRefused() throws IOException {
        Path file = write("deep.cartograph", HEADER + ROOT + "<x>".repeat(100) + "</x>".repeat(100)
                + "\n</cartograph:Portfolio>\n");
        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
        // The root is level 1, so the 64th <x> (columns 190 to 192 of line 3) is the 65th level.
        assertEquals("deep.cartograph:3:193: elements are nested more than 64 levels deep, which never happens in"
                + " a Cartograph model; the file is refused", problem.getMessage());
    }

    @Test
    void theNestingLimitCanBeSetAndAllowsTheModelsOwnDepth() throws IOException {
        // portfolio > journeys > stages > frictions > evidence: 5 levels.
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        assertEquals(1, loadWith(file, CartographResource.OPTION_MAX_ELEMENT_DEPTH, 5).getContents().size());

        ModelLoadException problem = assertThrows(ModelLoadException.class,
                () -> loadWith(file, CartographResource.OPTION_MAX_ELEMENT_DEPTH, 4));
        assertEquals("portfolio.cartograph:6:113: elements are nested more than 4 levels deep, which never happens"
                + " in a Cartograph model; the file is refused", problem.getMessage());
    }

    @Test
    void aNestingLimitAboveTheJdkDefaultOfOneHundredIsHonoured() throws IOException {
        Path deep = write("deep.cartograph", HEADER + ROOT + "<x>".repeat(140) + "</x>".repeat(140)
                + "\n</cartograph:Portfolio>\n");
        assertEquals(1, loadWith(deep, CartographResource.OPTION_MAX_ELEMENT_DEPTH, 150).getContents().size());

        Path deeper = write("deeper.cartograph", HEADER + ROOT + "<x>".repeat(160) + "</x>".repeat(160)
                + "\n</cartograph:Portfolio>\n");
        ModelLoadException problem = assertThrows(ModelLoadException.class,
                () -> loadWith(deeper, CartographResource.OPTION_MAX_ELEMENT_DEPTH, 150));
        // The 150th <x> is level 151 and ends at column 450.
        assertEquals("deeper.cartograph:3:451: elements are nested more than 150 levels deep, which never happens"
                + " in a Cartograph model; the file is refused", problem.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
        Path file = Fixtures.copy("portfolio.cartograph", directory);
        ModelLoadException problem = assertThrows(ModelLoadException.class,
                () -> loadWith(file, CartographResource.OPTION_MAX_FILE_SIZE, 1000));
        assertEquals("portfolio.cartograph: the file is 1,106 bytes, more than the 1,000 bytes Cartograph reads;"
                + " it is refused so that the application does not run out of memory", problem.getMessage());
        assertEquals(ModelLoadException.UNKNOWN_POSITION, problem.getLine());
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedWhileItIsRead() {
        Resource resource = new CartographResourceFactory().createResource(URI.createURI("upload.cartograph"));
        byte[] content = (HEADER + ROOT.replace("name=\"Claims\"", "description=\"" + "x".repeat(2 << 20) + '"')
                + "</cartograph:Portfolio>\n").getBytes(StandardCharsets.UTF_8);

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> resource.load(
                new ByteArrayInputStream(content), Map.of(CartographResource.OPTION_MAX_FILE_SIZE, 3 << 19)));
        // 3 << 19 bytes = 1.5 MB, read before the 2 MB description ends.
        assertEquals("upload.cartograph: the file is larger than the 1.5 MB Cartograph reads; it is refused so"
                + " that the application does not run out of memory", problem.getMessage());
    }

    @Test
    void binaryContentIsNotACartographModel() throws IOException {
        Path file = directory.resolve("picture.cartograph");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
        assertEquals("picture.cartograph:1:1: the file is not an XML document, so it cannot be a Cartograph model",
                problem.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() throws IOException {
        // "Caf" then the ISO-8859-1 byte of é: not UTF-8, as the declaration says.
        Path file = directory.resolve("latin1.cartograph");
        String root = ROOT.replace("Claims", "Caf");
        byte[] start = (HEADER + root.substring(0, root.indexOf("Caf") + 3)).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 4];
        System.arraycopy(start, 0, bytes, 0, start.length);
        System.arraycopy(new byte[] {(byte) 0xE9, '"', '/', '>'}, 0, bytes, start.length, 4);
        Files.write(file, bytes);

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
        // "Caf" takes columns 134 to 136 of line 2; the byte of é is column 137.
        assertEquals("latin1.cartograph:2:137: the file is damaged: it contains bytes"
                + " that are not valid text in its encoding", problem.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = directory.resolve("missing.cartograph");
        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
        assertEquals("missing.cartograph: the file does not exist", problem.getMessage());
    }

    @Test
    void invalidValuesNameTheAttributeTheElementAndWhatIsExpected() {
        ModelLoadException problem = loadFailing("invalid-values.cartograph");

        assertEquals("invalid-values.cartograph:3:36: 'high' is not a valid value for impactThreshold of"
                + " ScoringConfiguration; expected a number, for example 12.5", problem.getMessage());
        assertEquals(List.of(
                "invalid-values.cartograph:5:41: 'lunch' is not a valid value for kind of JourneyStage 'Declare';"
                        + " expected one of: discovery, onboarding, engagement, support, retention, postJourney",
                "invalid-values.cartograph:7:58: '31/03/2026' is not a valid value for collectedOn of Evidence;"
                        + " expected a date written year-month-day, for example 2026-03-31"),
                List.of(problem.getSuppressed()).stream().map(Throwable::getMessage).toList());
    }

    @Test
    void aFailedLoadLeavesNoResourceInTheSetAndListsItsProblemsAsErrors() {
        Path file = Fixtures.copy("invalid-values.cartograph", directory);
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        Resource resource = new CartographResourceFactory().createResource(Fixtures.uri(file));
        resourceSet.getResources().add(resource);

        ModelLoadException problem = assertThrows(ModelLoadException.class, () -> resource.load(null));

        assertEquals(3, resource.getErrors().size());
        assertEquals(problem, resource.getErrors().get(0));
        assertEquals(5, resource.getErrors().get(1).getLine());

        ResourceSet other = ModelPersistence.createResourceSet();
        assertThrows(ModelLoadException.class, () -> ModelPersistence.load(other, Fixtures.uri(file)));
        assertEquals(List.of(), other.getResources());
    }

    private ModelLoadException loadFailing(String fixture) {
        Path file = Fixtures.copy(fixture, directory);
        return assertThrows(ModelLoadException.class, () -> ModelPersistence.load(file));
    }

    private static Resource loadWith(Path file, String option, Object value) throws ModelLoadException {
        ResourceSet resourceSet = ModelPersistence.createResourceSet();
        resourceSet.getLoadOptions().put(option, value);
        return ModelPersistence.load(resourceSet, Fixtures.uri(file));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }

    private static String allMessages(Throwable problem) {
        List<String> messages = new ArrayList<>();
        collect(problem, messages);
        return String.join("\n", messages);
    }

    private static void collect(Throwable throwable, List<String> messages) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
            for (Throwable suppressed : cause.getSuppressed()) {
                collect(suppressed, messages);
            }
        }
    }
}
