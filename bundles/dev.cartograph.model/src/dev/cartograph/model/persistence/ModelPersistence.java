// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import dev.cartograph.model.CartographPackage;
import dev.cartograph.model.Portfolio;
import dev.cartograph.model.internal.persistence.AtomicFileWriter;
import dev.cartograph.model.internal.persistence.Messages;

/**
 * Loads and saves Cartograph models, with or without OSGi. See {@link CartographResource} for what the files look
 * like and the guarantees of loading and saving.
 */
public final class ModelPersistence {

    private ModelPersistence() {
    }

    /**
     * Creates a resource set that reads and writes {@code .cartograph} files and knows the Cartograph package,
     * also outside OSGi.
     *
     * @return a new resource set
     */
    public static ResourceSet createResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(CartographResource.FILE_EXTENSION, new CartographResourceFactory());
        resourceSet.getPackageRegistry().put(CartographPackage.eNS_URI, CartographPackage.eINSTANCE);
        return resourceSet;
    }

    /**
     * Loads the portfolio of a file into a new resource set. What the user should know about the file is in the
     * {@link Resource#getWarnings() warnings} of the portfolio's resource.
     *
     * @param file the file to load
     * @return the portfolio, the only root of its resource
     * @throws ModelLoadException if the file cannot be loaded or holds no portfolio
     */
    public static Portfolio load(Path file) throws ModelLoadException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = load(createResourceSet(), uri);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Portfolio portfolio)) {
            throw new ModelLoadException(uri, ModelLoadException.UNKNOWN_POSITION,
                    ModelLoadException.UNKNOWN_POSITION, Messages.format("LoadProblem_noPortfolio"), null); //$NON-NLS-1$
        }
        return portfolio;
    }

    /**
     * Loads a Cartograph file into a resource set. A resource of the set with this URI that is loaded already,
     * without errors, is returned as it is; one whose load failed is loaded again. Otherwise the file is loaded
     * into a new {@link CartographResource}, whatever its extension. A resource that fails to load is removed from
     * the set. What the user should know about a file that loaded is in the resource's
     * {@link Resource#getWarnings() warnings}.
     *
     * @param resourceSet the resource set; its load options apply
     * @param uri the URI of the file
     * @return the loaded resource
     * @throws ModelLoadException if the file cannot be loaded
     */
    public static Resource load(ResourceSet resourceSet, URI uri) throws ModelLoadException {
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = new CartographResourceFactory().createResource(uri);
            resourceSet.getResources().add(resource);
        } else if (resource.isLoaded() && resource.getErrors().isEmpty()) {
            return resource;
        } else if (resource.isLoaded()) {
            resource.unload();
        }
        try {
            resource.load(resourceSet.getLoadOptions());
            return resource;
        } catch (ModelLoadException e) {
            resourceSet.getResources().remove(resource);
            throw e;
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw new ModelLoadException(uri, ModelLoadException.UNKNOWN_POSITION,
                    ModelLoadException.UNKNOWN_POSITION,
                    Messages.format("LoadProblem_unreadable", String.valueOf(e.getMessage())), e); //$NON-NLS-1$
        }
    }

    /**
     * Saves a resource with its default options. To a {@code file:} URI the save is atomic (see
     * {@link CartographResource#save(java.util.Map)}), also for a resource that is not a Cartograph resource.
     *
     * @param resource the resource to save, a {@link CartographResource} or any other resource
     * @throws IOException if the resource cannot be saved; a file is then unchanged
     */
    public static void save(Resource resource) throws IOException {
        URI normalized = resource.getResourceSet() == null ? resource.getURI()
                : resource.getResourceSet().getURIConverter().normalize(resource.getURI());
        if (resource instanceof CartographResource || !normalized.isFile()) {
            resource.save(null);
        } else {
            AtomicFileWriter.write(Path.of(normalized.toFileString()), UnaryOperator.identity(),
                    out -> resource.save(out, null));
        }
    }

    /**
     * Saves a portfolio to a file, atomically. A portfolio in no resource is put into a new
     * {@link CartographResource} for the file; a portfolio in a Cartograph resource is saved with that resource,
     * whose URI becomes the file's ("save as").
     *
     * @param portfolio the portfolio to save
     * @param file the file to write
     * @throws IOException if the file cannot be written; it is then unchanged
     * @throws IllegalArgumentException if the portfolio is in a resource that is not a Cartograph resource
     */
    public static void save(Portfolio portfolio, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = portfolio.eResource();
        if (resource == null) {
            resource = new CartographResourceFactory().createResource(uri);
            createResourceSet().getResources().add(resource);
            resource.getContents().add(portfolio);
        } else if (resource instanceof CartographResource) {
            resource.setURI(uri);
        } else {
            throw new IllegalArgumentException("The portfolio is in a resource that is not a Cartograph resource: " //$NON-NLS-1$
                    + resource.getURI());
        }
        save(resource);
    }

    /**
     * @param object an element of a Cartograph model
     * @return the element's UUID, or {@code null} if it is in no Cartograph resource
     */
    public static String getId(EObject object) {
        return object.eResource() instanceof CartographResource resource ? resource.getID(object) : null;
    }
}
