// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.xml.sax.Locator;

import dev.cartograph.model.persistence.MigrationContext;
import dev.cartograph.model.persistence.ModelLoadException;
import dev.cartograph.model.persistence.ModelMigration;
import dev.cartograph.model.persistence.ModelMigrationRegistry;

/**
 * The state of one load of a Cartograph file: its limits, which namespace it was written in and which migrations
 * it needs, and what is needed to explain a failure.
 */
public final class LoadSession {

    private final URI uri;
    private final long maxFileSize;
    private final int maxElementDepth;
    private final ModelMigrationRegistry migrations;
    private final List<Resource.Diagnostic> warnings = new ArrayList<>();
    private final UnknownContentWarnings unknownContent = new UnknownContentWarnings();
    private LoadInputStream input;
    private int depth;
    private boolean rootStarted;
    private String namespace;
    private List<ModelMigration> chain = List.of();
    private int modelObjects;

    /**
     * @param uri the URI of the file
     * @param maxFileSize the largest number of bytes to read
     * @param maxElementDepth how deep elements may be nested
     * @param migrations where to find migrations for files of older namespaces
     */
    public LoadSession(URI uri, long maxFileSize, int maxElementDepth, ModelMigrationRegistry migrations) {
        this.uri = uri;
        this.maxFileSize = maxFileSize;
        this.maxElementDepth = maxElementDepth;
        this.migrations = migrations;
    }

    /**
     * @param in the stream of the file
     * @return the stream the parser must read
     */
    public InputStream wrap(InputStream in) {
        input = new LoadInputStream(in, maxFileSize);
        return input;
    }

    /** @return how deep elements may be nested */
    public int maxElementDepth() {
        return maxElementDepth;
    }

    /**
     * Called for each start tag.
     *
     * @param locator where the parser is
     * @throws LoadProblemException if the element is nested too deep
     */
    public void enterElement(Locator locator) throws LoadProblemException {
        rootStarted = true;
        if (++depth > maxElementDepth) {
            throw new LoadProblemException(Messages.format("LoadProblem_tooDeep", maxElementDepth), locator); //$NON-NLS-1$
        }
    }

    /** Called for each model element read. */
    public void modelObjectRead() {
        modelObjects++;
    }

    /** @return how many model elements were read */
    public int modelObjects() {
        return modelObjects;
    }

    /** Called for each end tag. */
    public void exitElement() {
        depth--;
    }

    /**
     * Checks the namespace of the first model element and decides how to read the file.
     *
     * @param elementNamespace the namespace URI of the element, empty if none
     * @param qualifiedName the element's name as written
     * @param locator where the parser is
     * @throws LoadProblemException if this version cannot read files of this namespace
     */
    public void checkModelNamespace(String elementNamespace, String qualifiedName, Locator locator)
            throws LoadProblemException {
        if (elementNamespace == null || elementNamespace.isEmpty()) {
            throw new LoadProblemException(Messages.format("LoadProblem_noNamespace", qualifiedName), locator); //$NON-NLS-1$
        }
        ModelNamespace version = ModelNamespace.parse(elementNamespace);
        Optional<List<ModelMigration>> steps = migrations.findChain(elementNamespace);
        if (steps.isPresent()) {
            namespace = elementNamespace;
            chain = steps.get();
            if (version != null && version.isNewerThan(ModelNamespace.CURRENT)) {
                warnings.add(new LoadWarning(uri, -1, -1, Messages.format("LoadWarning_newerMinor", //$NON-NLS-1$
                        version.version())));
            }
            return;
        }
        if (version == null) {
            throw new LoadProblemException(Messages.format("LoadProblem_notCartograph", elementNamespace), locator); //$NON-NLS-1$
        }
        String key = version.isNewerThan(ModelNamespace.CURRENT) ? "LoadProblem_newerVersion" //$NON-NLS-1$
                : "LoadProblem_olderVersion"; //$NON-NLS-1$
        throw new LoadProblemException(Messages.format(key, version.version(), ModelNamespace.CURRENT.version()),
                locator);
    }

    /** @return the namespace URI the file was written in, once its first model element has been read */
    public String namespace() {
        return namespace;
    }

    /**
     * Completes a load that parsed: runs the migrations the file needs, if any, then warns about what the model
     * does not know.
     *
     * @param resource the loaded resource
     * @throws ModelLoadException if a migration fails
     */
    public void complete(XMLResource resource) throws ModelLoadException {
        for (ModelMigration step : chain) {
            try {
                step.migrate(new MigrationContext(resource, step.getSourceNamespace()));
            } catch (RuntimeException e) {
                throw new ModelLoadException(uri, ModelLoadException.UNKNOWN_POSITION,
                        ModelLoadException.UNKNOWN_POSITION,
                        Messages.format("LoadProblem_migrationFailed", versionOf(step.getSourceNamespace()), //$NON-NLS-1$
                                String.valueOf(e.getMessage())),
                        e);
            }
        }
        if (!chain.isEmpty()) {
            warnings.add(new LoadWarning(uri, -1, -1, Messages.format("LoadWarning_upgraded", //$NON-NLS-1$
                    versionOf(namespace), ModelNamespace.CURRENT.version())));
        }
        warnings.addAll(unknownContent.warnings(uri, resource));
    }

    /**
     * Called for each attribute or element the model does not know, which is kept in the resource's extension map.
     *
     * @param owner the element it belongs to
     * @param name its name as written
     * @param element {@code true} for an element, {@code false} for an attribute
     * @param line where it is
     * @param column where it is
     */
    public void unknownContentRead(EObject owner, String name, boolean element, int line, int column) {
        unknownContent.add(owner, name, element, line, column);
    }

    /** @return what the user should know about the file once loaded */
    public List<Resource.Diagnostic> warnings() {
        return warnings;
    }

    /** @return {@code true} once the parser has seen a start tag */
    public boolean isRootStarted() {
        return rootStarted;
    }

    /** @return how many elements are open */
    public int depth() {
        return depth;
    }

    /** @return the stream the parser reads, {@code null} before {@link #wrap} */
    public LoadInputStream input() {
        return input;
    }

    private static String versionOf(String namespace) {
        ModelNamespace version = ModelNamespace.parse(namespace);
        return version == null ? namespace : version.version();
    }
}
