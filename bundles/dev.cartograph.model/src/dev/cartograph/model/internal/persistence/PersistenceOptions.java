// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** The load and save options of Cartograph resources: safe parsing, fast loading, stable output. */
public final class PersistenceOptions {

    /** The JDK's limit on element nesting; set above the session's own limit, which reports the problem. */
    private static final String JDK_MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth"; //$NON-NLS-1$

    /** No DTD at all: this rules out external entities (XXE) and entity expansion (billion laughs). */
    private static final Map<String, Boolean> PARSER_FEATURES = Map.of(
            "http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE, //$NON-NLS-1$
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

    /** Parsers are reused across loads; a pool never hands out a parser whose load failed. */
    private static final XMLParserPool PARSER_POOL = new ParserPool();

    private PersistenceOptions() {
    }

    /**
     * Fills the default load options of a resource.
     *
     * @param options the resource's default load options
     */
    public static void initLoadOptions(Map<Object, Object> options) {
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        // The map is not thread-safe: one per resource, and a resource loads on one thread at a time.
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
    }

    /**
     * Fills the default save options of a resource.
     *
     * @param options the resource's default save options
     */
    public static void initSaveOptions(Map<Object, Object> options) {
        options.put(XMLResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        options.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    }

    /**
     * Returns the options of one load: the given ones with the parser's security settings, which callers cannot
     * turn off.
     *
     * @param options the merged load options
     * @param maxElementDepth how deep elements may be nested
     * @return a new map
     */
    public static Map<Object, Object> secure(Map<?, ?> options, int maxElementDepth) {
        Map<Object, Object> secured = options == null ? new HashMap<>() : new HashMap<>(options);
        Map<Object, Object> features = new HashMap<>();
        if (secured.get(XMLResource.OPTION_PARSER_FEATURES) instanceof Map<?, ?> given) {
            features.putAll(given);
        }
        features.putAll(PARSER_FEATURES);
        secured.put(XMLResource.OPTION_PARSER_FEATURES, features);

        Map<Object, Object> properties = new HashMap<>();
        if (secured.get(XMLResource.OPTION_PARSER_PROPERTIES) instanceof Map<?, ?> given) {
            properties.putAll(given);
        }
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
        properties.put(JDK_MAX_ELEMENT_DEPTH, Integer.toString(maxElementDepth + 1));
        secured.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        secured.put(XMLResource.OPTION_RESOLVE_ENTITIES, Boolean.FALSE);
        // The pool's parsers are not namespace aware; EMF's handler then resolves prefixes itself.
        secured.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.TRUE);
        secured.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        return secured;
    }
}
