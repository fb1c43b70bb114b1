// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

import dev.cartograph.model.internal.persistence.AtomicFileWriter;

/**
 * The conflicts of a merge, kept beside the merged file as {@code NAME.cartograph.conflicts}, so that the metamodel
 * needs nothing for them. The format, namespace {@value #NAMESPACE}:
 *
 * <pre>
 * &lt;conflicts xmlns="urn:dev.cartograph:conflicts:1"&gt;
 *   &lt;conflict kind="BOTH_CHANGED" element="_id" class="Score" feature="value"&gt;
 *     &lt;base&gt;&lt;item&gt;3&lt;/item&gt;&lt;/base&gt;
 *     &lt;ours&gt;&lt;item&gt;4&lt;/item&gt;&lt;/ours&gt;
 *     &lt;theirs&gt;&lt;item&gt;5&lt;/item&gt;&lt;/theirs&gt;
 *   &lt;/conflict&gt;
 * &lt;/conflicts&gt;
 * </pre>
 *
 * A side whose value is unset (or whose element is deleted) is absent; a single value is one {@code item}, a list one
 * {@code item} per element (attribute {@code list="true"} on the side); {@code feature} is absent for a deletion
 * against a change. The file is written atomically and removed when no conflict is left.
 */
public final class ConflictRecord {

    /** The XML namespace of the format. */
    public static final String NAMESPACE = "urn:dev.cartograph:conflicts:1"; //$NON-NLS-1$

    /** What is appended to the model file's name. */
    public static final String SUFFIX = ".conflicts"; //$NON-NLS-1$

    private static final String[] SIDES = { "base", "ours", "theirs" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private ConflictRecord() {
    }

    /**
     * @param model a model file
     * @return the file that records its conflicts
     */
    public static Path fileFor(Path model) {
        return model.resolveSibling(model.getFileName() + SUFFIX);
    }

    /**
     * Writes the conflicts of a model, or removes the record if there are none.
     *
     * @param model the model file
     * @param conflicts its conflicts
     * @throws IOException if the record cannot be written or removed
     */
    public static void write(Path model, List<Conflict> conflicts) throws IOException {
        Path file = fileFor(model);
        if (conflicts.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFileWriter.write(file, UnaryOperator.identity(), out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out,
                        StandardCharsets.UTF_8.name());
                xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0"); //$NON-NLS-1$
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeStartElement("conflicts"); //$NON-NLS-1$
                xml.writeDefaultNamespace(NAMESPACE);
                for (Conflict conflict : conflicts) {
                    writeConflict(xml, conflict);
                }
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeEndElement();
                xml.writeCharacters("\n"); //$NON-NLS-1$
                xml.writeEndDocument();
                xml.close();
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        });
    }

    private static void writeConflict(XMLStreamWriter xml, Conflict conflict) throws XMLStreamException {
        xml.writeCharacters("\n  "); //$NON-NLS-1$
        xml.writeStartElement("conflict"); //$NON-NLS-1$
        xml.writeAttribute("kind", conflict.kind().name()); //$NON-NLS-1$
        xml.writeAttribute("element", conflict.elementId()); //$NON-NLS-1$
        xml.writeAttribute("class", conflict.className()); //$NON-NLS-1$
        if (conflict.feature() != null) {
            xml.writeAttribute("feature", conflict.feature()); //$NON-NLS-1$
        }
        Object[] values = { conflict.base(), conflict.ours(), conflict.theirs() };
        for (int i = 0; i < SIDES.length; i++) {
            if (values[i] == null) {
                continue;
            }
            xml.writeCharacters("\n    "); //$NON-NLS-1$
            xml.writeStartElement(SIDES[i]);
            if (values[i] instanceof List<?>) {
                xml.writeAttribute("list", "true"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (String item : ModelDiff.asList(values[i])) {
                xml.writeStartElement("item"); //$NON-NLS-1$
                xml.writeCharacters(item);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  "); //$NON-NLS-1$
        xml.writeEndElement();
    }

    /**
     * @param model a model file
     * @return the conflicts recorded for it, empty if there is no record
     * @throws IOException if the record cannot be read or is not in the format
     */
    public static List<Conflict> read(Path model) throws IOException {
        Path file = fileFor(model);
        List<Conflict> conflicts = new ArrayList<>();
        if (!Files.exists(file)) {
            return conflicts;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "conflict".equals(xml.getLocalName())) { //$NON-NLS-1$
                    conflicts.add(readConflict(xml));
                }
            }
        } catch (XMLStreamException | IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
        return conflicts;
    }

    private static Conflict readConflict(XMLStreamReader xml) throws XMLStreamException {
        Conflict.Kind kind = Conflict.Kind.valueOf(xml.getAttributeValue(XMLConstants.NULL_NS_URI, "kind")); //$NON-NLS-1$
        String element = xml.getAttributeValue(XMLConstants.NULL_NS_URI, "element"); //$NON-NLS-1$
        String className = xml.getAttributeValue(XMLConstants.NULL_NS_URI, "class"); //$NON-NLS-1$
        String feature = xml.getAttributeValue(XMLConstants.NULL_NS_URI, "feature"); //$NON-NLS-1$
        Object[] values = new Object[SIDES.length];
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            int side = List.of(SIDES).indexOf(xml.getLocalName());
            boolean list = "true".equals(xml.getAttributeValue(XMLConstants.NULL_NS_URI, "list")); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> items = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                items.add(xml.getElementText());
            }
            if (side < 0) {
                throw new XMLStreamException("unexpected element " + xml.getLocalName(), xml.getLocation()); //$NON-NLS-1$
            }
            values[side] = list ? List.copyOf(items) : items.isEmpty() ? null : items.get(0);
        }
        return new Conflict(kind, element, className, feature, values[0], values[1], values[2]);
    }
}
