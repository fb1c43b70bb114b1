// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

/**
 * One step that upgrades files written in an older model namespace.
 * <p>
 * The namespace URI of a Cartograph file carries the model version ({@code https://cartograph.dev/model/1.0}).
 * Files of the current major version are read as they are; a file written in another namespace is read only if a
 * chain of registered migrations leads from its namespace to one this version reads. Such a file is loaded into the
 * current model as far as names still match: every attribute or element the current model does not know is kept
 * in the resource's {@link org.eclipse.emf.ecore.xmi.XMLResource#getEObjectToExtensionMap() extension map}. The
 * steps of the chain then run in order on the loaded resource, and typically move such kept values to where the
 * current model expects them (see {@link MigrationContext#renameAttribute}). Saving the resource writes the current
 * namespace.
 * <p>
 * Register steps in a {@link ModelMigrationRegistry}.
 */
public interface ModelMigration {

    /** @return the namespace URI of the files this step upgrades, for example {@code https://cartograph.dev/model/0.9} */
    String getSourceNamespace();

    /**
     * @return the namespace URI of the model this step produces: the current namespace, one of the same major
     *     version, or the source namespace of the next step
     */
    String getTargetNamespace();

    /**
     * Upgrades a just-loaded resource. Throwing a runtime exception fails the load with a message naming the file
     * and the exception's message.
     *
     * @param context the resource being loaded and helpers to reach what the current model did not recognise
     */
    void migrate(MigrationContext context);
}
