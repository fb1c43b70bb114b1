// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.service.internal;

import static dev.cartograph.service.internal.ExtensionSchema.ID;
import static dev.cartograph.service.internal.ExtensionSchema.ID_PATTERN;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The steps every contribution reader takes the same way, with the texts of its kind of
 * contribution: the id must be present and well formed, a required attribute present, and a
 * breach of the schema names the contribution.
 */
final class ElementReader {

    private final String missingId;
    private final String badId;
    private final String missingAttribute;

    /**
     * @param missingId the text when the id is missing (no argument)
     * @param badId the text when the id is malformed ({0} the id)
     * @param missingAttribute the text when a required attribute is missing ({0} the id, {1} the attribute)
     */
    ElementReader(String missingId, String badId, String missingAttribute) {
        this.missingId = missingId;
        this.badId = badId;
        this.missingAttribute = missingAttribute;
    }

    /**
     * @param element a contribution's element
     * @return its id
     * @throws InvalidContributionException if it has none or a malformed one
     */
    String id(IConfigurationElement element) throws InvalidContributionException {
        String id = Attributes.text(element, ID);
        if (id.isEmpty()) {
            throw new InvalidContributionException("", Messages.format(missingId)); //$NON-NLS-1$
        }
        if (!ID_PATTERN.matcher(id).matches()) {
            throw invalid(id, badId);
        }
        return id;
    }

    /**
     * @param element a contribution's element
     * @param id the contribution's id
     * @param attribute a required attribute
     * @return its value
     * @throws InvalidContributionException if it is missing or blank
     */
    String required(IConfigurationElement element, String id, String attribute) throws InvalidContributionException {
        String value = Attributes.text(element, attribute);
        if (value.isEmpty()) {
            throw invalid(id, missingAttribute, attribute);
        }
        return value;
    }

    /**
     * @param id the contribution's id, the pattern's first argument
     * @param pattern one of the {@link Messages} fields
     * @param arguments the pattern's other arguments
     * @return the exception naming the contribution
     */
    static InvalidContributionException invalid(String id, String pattern, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = id;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new InvalidContributionException(id, Messages.format(pattern, all));
    }
}
