// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reuses SAX parsers across loads. Unlike EMF's pool, its parsers are not namespace aware: EMF's XMI handler
 * resolves prefixes itself, and a namespace-aware scanner costs a noticeable share of the load time of a large
 * file. A parser whose load failed is never handed out again.
 */
final class ParserPool extends XMLParserPoolImpl {

    @Override
    protected SAXParser makeParser(Map<String, Boolean> features, Map<String, ?> properties)
            throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setValidating(false);
        factory.setNamespaceAware(false);
        SAXParser parser = factory.newSAXParser();
        XMLReader reader = parser.getXMLReader();
        for (Map.Entry<String, Boolean> feature : features.entrySet()) {
            reader.setFeature(feature.getKey(), feature.getValue());
        }
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            reader.setProperty(property.getKey(), property.getValue());
        }
        return parser;
    }
}
