// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.cartograph.model.internal.persistence.ModelNamespace;

/**
 * The {@link ModelMigration migrations} known to a Cartograph installation, at most one per source namespace.
 * <p>
 * {@link #getDefault()} is the registry loads use unless the load option
 * {@link CartographResource#OPTION_MIGRATIONS} names another one. Model version 1.0 is the first version, so
 * Cartograph itself registers no migration yet. Instances are thread-safe.
 */
public final class ModelMigrationRegistry {

    private static final ModelMigrationRegistry DEFAULT = new ModelMigrationRegistry();

    private final Map<String, ModelMigration> bySource = new HashMap<>();

    /** Creates an empty registry, for example to pass with {@link CartographResource#OPTION_MIGRATIONS}. */
    public ModelMigrationRegistry() {
        // Nothing registered.
    }

    /** @return the registry loads use by default */
    public static ModelMigrationRegistry getDefault() {
        return DEFAULT;
    }

    /**
     * Adds a migration.
     *
     * @param migration the migration to add
     * @throws IllegalArgumentException if a migration from the same source namespace is registered, or the source
     *     namespace is one this version reads without migration
     */
    public synchronized void register(ModelMigration migration) {
        String source = Objects.requireNonNull(migration.getSourceNamespace(), "source namespace"); //$NON-NLS-1$
        Objects.requireNonNull(migration.getTargetNamespace(), "target namespace"); //$NON-NLS-1$
        if (ModelNamespace.isReadable(source)) {
            throw new IllegalArgumentException("Files of " + source + " are read without migration"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (bySource.containsKey(source)) {
            throw new IllegalArgumentException("A migration from " + source + " is already registered"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        bySource.put(source, migration);
    }

    /**
     * Removes a migration.
     *
     * @param migration the migration to remove
     * @return {@code true} if it was registered
     */
    public synchronized boolean unregister(ModelMigration migration) {
        return bySource.remove(migration.getSourceNamespace(), migration);
    }

    /**
     * Finds the steps that bring a file written in the given namespace to a model this version reads.
     *
     * @param namespace the namespace URI of a file's root element
     * @return the steps in the order they apply, empty if the namespace is read without migration; or
     *     {@link Optional#empty()} if no chain of registered migrations leads from it to a readable namespace
     */
    public synchronized Optional<List<ModelMigration>> findChain(String namespace) {
        List<ModelMigration> chain = new ArrayList<>();
        String current = namespace;
        while (!ModelNamespace.isReadable(current)) {
            ModelMigration step = bySource.get(current);
            if (step == null || chain.contains(step)) {
                return Optional.empty();
            }
            chain.add(step);
            current = step.getTargetNamespace();
        }
        return Optional.of(List.copyOf(chain));
    }
}
