// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import dev.cartograph.model.CartographFactory;
import dev.cartograph.model.Workflow;
import dev.cartograph.model.WorkflowStep;

/**
 * Reads the business processes of an ArchiMate Model Exchange File (3.0 or 3.1) as workflows: a process
 * that composes or aggregates other processes becomes a workflow whose steps are those processes, in the
 * order of the file; flow and triggering relationships between two steps of one workflow become successor
 * links; a process that is neither part of another nor has parts becomes a workflow without steps. The
 * documentation of a process becomes the description. Other elements are left out.
 * <p>
 * The parser refuses document type declarations (no external entities, no entity expansion).
 */
public final class ArchimateImport {

    private ArchimateImport() {
    }

    /** A file that is not an exchange file, with the line where it goes wrong when there is one. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param file an exchange file
     * @return the workflows it describes, in no resource, in the order of the file
     * @throws IOException if the file cannot be read
     * @throws FormatException if it is not well-formed XML or not an exchange model, with the file's name and
     *             the line in the message
     */
    public static List<Workflow> readWorkflows(Path file) throws IOException, FormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return readWorkflows(in, file.getFileName().toString());
        }
    }

    /**
     * @param in the file's bytes; not closed
     * @param name the file's name, for messages
     * @return the workflows it describes, in no resource, in the order of the file
     * @throws IOException if the stream cannot be read
     * @throws FormatException if it is not well-formed XML or not an exchange model
     */
    public static List<Workflow> readWorkflows(InputStream in, String name) throws IOException, FormatException {
        Document document = parse(in, name);
        Element root = document.getDocumentElement();
        if (!"model".equals(root.getLocalName()) || !ArchimateExport.NAMESPACE.equals(root.getNamespaceURI())) { //$NON-NLS-1$
            throw new FormatException(name + ": not an ArchiMate exchange model (root element {" //$NON-NLS-1$
                    + root.getNamespaceURI() + '}' + root.getLocalName() + ", expected {" + ArchimateExport.NAMESPACE //$NON-NLS-1$
                    + "}model)", null); //$NON-NLS-1$
        }
        Map<String, Element> processes = new LinkedHashMap<>();
        for (Element element : children(child(root, "elements"), "element")) { //$NON-NLS-1$ //$NON-NLS-2$
            if ("BusinessProcess".equals(type(element))) { //$NON-NLS-1$
                processes.put(element.getAttribute("identifier"), element); //$NON-NLS-1$
            }
        }
        Map<String, List<String>> parts = new LinkedHashMap<>();
        Set<String> contained = new LinkedHashSet<>();
        List<String[]> flows = new ArrayList<>();
        for (Element relationship : children(child(root, "relationships"), "relationship")) { //$NON-NLS-1$ //$NON-NLS-2$
            String source = relationship.getAttribute("source"); //$NON-NLS-1$
            String target = relationship.getAttribute("target"); //$NON-NLS-1$
            if (!processes.containsKey(source) || !processes.containsKey(target)) {
                continue;
            }
            switch (type(relationship)) {
            case "Composition", "Aggregation" -> { //$NON-NLS-1$ //$NON-NLS-2$
                if (contained.add(target)) {
                    parts.computeIfAbsent(source, s -> new ArrayList<>()).add(target);
                }
            }
            case "Flow", "Triggering" -> flows.add(new String[] { source, target }); //$NON-NLS-1$ //$NON-NLS-2$
            default -> {
                // other relationships between processes have no workflow counterpart
            }
            }
        }
        List<Workflow> workflows = new ArrayList<>();
        Map<String, WorkflowStep> steps = new LinkedHashMap<>();
        for (Map.Entry<String, Element> process : processes.entrySet()) {
            String id = process.getKey();
            if (contained.contains(id)) {
                continue; // a step of another process (its own parts, if any, are not imported)
            }
            Workflow workflow = CartographFactory.eINSTANCE.createWorkflow();
            named(process.getValue(), workflow);
            for (String partId : parts.getOrDefault(id, List.of())) {
                WorkflowStep step = CartographFactory.eINSTANCE.createWorkflowStep();
                named(processes.get(partId), step);
                workflow.getSteps().add(step);
                steps.put(partId, step);
            }
            workflows.add(workflow);
        }
        for (String[] flow : flows) {
            WorkflowStep source = steps.get(flow[0]);
            WorkflowStep target = steps.get(flow[1]);
            if (source != null && target != null && source.getWorkflow() == target.getWorkflow()
                    && !source.getSuccessors().contains(target)) {
                source.getSuccessors().add(target);
            }
        }
        return workflows;
    }

    private static Document parse(InputStream in, String name) throws IOException, FormatException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (SAXParseException e) {
            throw new FormatException(name + ':' + e.getLineNumber() + ": " + e.getMessage(), e); //$NON-NLS-1$
        } catch (SAXException | ParserConfigurationException e) {
            throw new FormatException(name + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static void named(Element process, dev.cartograph.model.NamedElement target) {
        Element name = child(process, "name"); //$NON-NLS-1$
        target.setName(name == null ? "" : name.getTextContent().strip()); //$NON-NLS-1$
        Element documentation = child(process, "documentation"); //$NON-NLS-1$
        if (documentation != null && !documentation.getTextContent().isBlank()) {
            target.setDescription(documentation.getTextContent().strip());
        }
    }

    private static String type(Element element) {
        String type = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"); //$NON-NLS-1$ //$NON-NLS-2$
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())
                    && ArchimateExport.NAMESPACE.equals(element.getNamespaceURI())) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
                    && ArchimateExport.NAMESPACE.equals(element.getNamespaceURI())) {
                result.add(element);
            }
        }
        return result;
    }
}
