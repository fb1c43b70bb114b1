// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import dev.cartograph.compare.ModelSnapshot;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelPersistence;
import dev.cartograph.tests.support.SampleFile;

/** Versions of the sample portfolio, each loaded from the same file into its own resource set, to edit and compare. */
final class Versions {

    private final Path file;

    Versions(Path directory) throws IOException {
        file = directory.resolve("base.cartograph");
        SampleFile.write(file);
        Resource sample = load();
        Mutations.completeWithEveryClass(sample);
        Mutations.completeWithSiblings(sample);
        ModelPersistence.save(sample);
    }

    /** A fresh copy of the sample, loaded from the file. */
    Resource load() throws ModelLoadException {
        return ModelPersistence.load(ModelPersistence.createResourceSet(), URI.createFileURI(file.toString()));
    }

    Path file() {
        return file;
    }

    static ModelSnapshot snapshot(Resource resource) {
        return ModelSnapshot.of(resource);
    }

    static EObject element(Resource resource, String id) {
        return resource.getEObject(id);
    }

    /** Saves a resource to a file and loads it again, as a user's next session would. */
    static Resource saveAndReload(Resource resource, Path target) throws IOException {
        Files.deleteIfExists(target);
        resource.setURI(URI.createFileURI(target.toString()));
        ModelPersistence.save(resource);
        return ModelPersistence.load(ModelPersistence.createResourceSet(), URI.createFileURI(target.toString()));
    }
}
