// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.cartograph.model.CartographPackage;

/**
 * A Cartograph model namespace URI, {@code https://cartograph.dev/model/<major>.<minor>}, and the version it
 * carries. Versions with the same major number are compatible: minor versions only add to the model, so a file of
 * another minor version is read as it is, and what this version does not know is kept. A change of major version
 * needs a {@link dev.cartograph.model.persistence.ModelMigration migration}.
 *
 * @param uri the namespace URI
 * @param major the major version
 * @param minor the minor version
 */
public record ModelNamespace(String uri, int major, int minor) {

    private static final Pattern VERSIONED = Pattern.compile("https://cartograph\\.dev/model/(\\d{1,4})\\.(\\d{1,4})"); //$NON-NLS-1$

    /** The namespace this version of Cartograph writes. */
    public static final ModelNamespace CURRENT = parse(CartographPackage.eNS_URI);

    /**
     * Parses a namespace URI.
     *
     * @param uri a namespace URI, may be {@code null}
     * @return the namespace, or {@code null} if the URI is not a versioned Cartograph model namespace
     */
    public static ModelNamespace parse(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher matcher = VERSIONED.matcher(uri);
        if (!matcher.matches()) {
            return null;
        }
        return new ModelNamespace(uri, Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /**
     * Tells whether this version of Cartograph reads files written in a namespace without migrating them.
     *
     * @param uri a namespace URI, may be {@code null}
     * @return {@code true} for the current namespace and every namespace of the same major version
     */
    public static boolean isReadable(String uri) {
        ModelNamespace namespace = parse(uri);
        return namespace != null && namespace.major == CURRENT.major;
    }

    /** @return the version as users see it, for example {@code 1.0} */
    public String version() {
        return major + "." + minor; //$NON-NLS-1$
    }

    /**
     * @param other another namespace
     * @return {@code true} if this namespace's version is after the other's
     */
    public boolean isNewerThan(ModelNamespace other) {
        return major != other.major ? major > other.major : minor > other.minor;
    }
}
