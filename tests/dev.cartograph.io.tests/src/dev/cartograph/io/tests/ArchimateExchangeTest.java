// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.cartograph.io.ArchimateExport;
import dev.cartograph.io.ArchimateImport;
import dev.cartograph.model.CustomerJourney;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.UseCase;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;

class ArchimateExchangeTest {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** xsd:ID is an NCName; this is its ASCII subset, which is all the export uses. */
    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    @TempDir
    Path folder;

    private static byte[] export(Portfolio portfolio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchimateExport.write(portfolio, out);
        return out.toByteArray();
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> all(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(ArchimateExport.NAMESPACE, name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private Portfolio sample() throws IOException {
        Path file = folder.resolve("sample.cartograph");
        SampleFile.write(file);
        return ModelPersistence.load(file);
    }

    @Test
    void theExportIsAnExchangeModelInTheArchimateNamespace() throws Exception {
        Portfolio portfolio = sample();
        Document document = parse(export(portfolio));
        Element root = document.getDocumentElement();
        assertEquals("model", root.getLocalName());
        assertEquals("http://www.opengroup.org/xsd/archimate/3.0/", root.getNamespaceURI());
        assertTrue(root.getAttributeNS(XSI, "schemaLocation").contains("archimate3_Model.xsd"));
        assertTrue(NCNAME.matcher(root.getAttribute("identifier")).matches());
        assertEquals(portfolio.getName(), all(document, "name").get(0).getTextContent());
    }

    @Test
    void identifiersAreValidUniqueAndEveryRelationshipJoinsElementsOfTheFile() throws Exception {
        Document document = parse(export(sample()));
        Set<String> ids = new HashSet<>();
        Set<String> elementIds = new HashSet<>();
        for (Element element : all(document, "element")) {
            String id = element.getAttribute("identifier");
            assertTrue(NCNAME.matcher(id).matches(), id);
            assertTrue(ids.add(id), "twice: " + id);
            elementIds.add(id);
            assertFalse(element.getAttributeNS(XSI, "type").isEmpty(), id);
        }
        List<Element> relationships = all(document, "relationship");
        assertFalse(relationships.isEmpty());
        for (Element relationship : relationships) {
            String id = relationship.getAttribute("identifier");
            assertTrue(NCNAME.matcher(id).matches(), id);
            assertTrue(ids.add(id), "twice: " + id);
            assertTrue(elementIds.contains(relationship.getAttribute("source")), id + " source");
            assertTrue(elementIds.contains(relationship.getAttribute("target")), id + " target");
        }
        Set<String> definitions = new HashSet<>();
        for (Element definition : all(document, "propertyDefinition")) {
            assertTrue(ids.add(definition.getAttribute("identifier")));
            definitions.add(definition.getAttribute("identifier"));
        }
        for (Element property : all(document, "property")) {
            assertTrue(definitions.contains(property.getAttribute("propertyDefinitionRef")));
        }
    }

    @Test
    void elementsAreOfTheMappedArchimateTypes() throws Exception {
        Portfolio portfolio = sample();
        Map<String, Integer> types = new HashMap<>();
        Map<String, String> typeOf = new HashMap<>();
        Document document = parse(export(portfolio));
        for (Element element : all(document, "element")) {
            types.merge(element.getAttributeNS(XSI, "type"), 1, Integer::sum);
            typeOf.put(element.getAttribute("identifier"), element.getAttributeNS(XSI, "type"));
        }
        int processes = 0;
        for (CustomerJourney journey : portfolio.getJourneys()) {
            processes += 1 + journey.getStages().size();
        }
        for (Workflow workflow : portfolio.getWorkflows()) {
            processes += 1 + workflow.getSteps().size();
        }
        assertEquals(processes, types.get("BusinessProcess"));
        assertEquals(portfolio.getUseCases().size() + portfolio.getInitiatives().size(), types.get("WorkPackage"));
        assertEquals(portfolio.getRoadmap().getWaves().size(), types.get("Plateau"));
        UseCase useCase = portfolio.getUseCases().get(0);
        assertEquals("WorkPackage", typeOf.get(ArchimateExport.identifier(useCase)));
        assertNotNull(types.get("Assessment"));
        assertNotNull(types.get("BusinessRole"));
        assertNotNull(types.get("Outcome"));
    }

    @Test
    void exportingTwiceGivesTheSameBytesAndIdentifiersComeFromTheElementsUuids() throws Exception {
        Portfolio portfolio = sample();
        byte[] first = export(portfolio);
        assertArrayEquals(first, export(ModelPersistence.load(folder.resolve("sample.cartograph"))));
        String text = new String(first, StandardCharsets.UTF_8);
        UseCase useCase = portfolio.getUseCases().get(0);
        assertTrue(text.contains("identifier=\"id-" + ModelPersistence.getId(useCase) + '"'));
    }

    @Test
    void theWorkflowsComeBackFromTheExport() throws Exception {
        Portfolio portfolio = sample();
        List<Workflow> imported = ArchimateImport.readWorkflows(new ByteArrayInputStream(export(portfolio)), "x.xml");
        Map<String, Workflow> byName = new HashMap<>();
        for (Workflow workflow : imported) {
            byName.put(workflow.getName(), workflow);
        }
        assertEquals(portfolio.getWorkflows().size() + portfolio.getJourneys().size(), imported.size());
        for (Workflow original : portfolio.getWorkflows()) {
            Workflow copy = byName.get(original.getName());
            assertNotNull(copy, original.getName());
            assertEquals(original.getSteps().stream().map(WorkflowStep::getName).toList(),
                    copy.getSteps().stream().map(WorkflowStep::getName).toList());
            for (int i = 0; i < original.getSteps().size(); i++) {
                assertEquals(original.getSteps().get(i).getSuccessors().stream().map(WorkflowStep::getName).toList(),
                        copy.getSteps().get(i).getSuccessors().stream().map(WorkflowStep::getName).toList());
            }
        }
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedWithTheFileAndLine() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE model [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\"><name>&x;</name></model>";
        ArchimateImport.FormatException e = assertThrows(ArchimateImport.FormatException.class,
                () -> ArchimateImport.readWorkflows(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                        "evil.xml"));
        assertTrue(e.getMessage().startsWith("evil.xml:2:"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAnExchangeModelIsNamedInTheMessage() {
        String xml = "<?xml version=\"1.0\"?>\n<html><body/></html>";
        ArchimateImport.FormatException e = assertThrows(ArchimateImport.FormatException.class,
                () -> ArchimateImport.readWorkflows(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                        "page.xml"));
        assertTrue(e.getMessage().startsWith("page.xml: not an ArchiMate exchange model"), e.getMessage());
        String broken = "<?xml version=\"1.0\"?>\n<model>\n<elements>\n</model>";
        e = assertThrows(ArchimateImport.FormatException.class, () -> ArchimateImport
                .readWorkflows(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "cut.xml"));
        assertTrue(e.getMessage().startsWith("cut.xml:4:"), e.getMessage());
    }
}
