// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import dev.cartograph.model.internal.persistence.AtomicFileWriter;
import dev.cartograph.model.internal.persistence.CartographXMILoad;
import dev.cartograph.model.internal.persistence.LoadDiagnoser;
import dev.cartograph.model.internal.persistence.LoadSession;
import dev.cartograph.model.internal.persistence.PersistenceOptions;

/**
 * A {@code .cartograph} file: XMI in UTF-8 with {@code "\n"} line ends, whose namespace URI carries the model
 * version ({@code https://cartograph.dev/model/1.0}).
 * <ul>
 * <li>Every element has a UUID as {@code xmi:id}, kept across saves and loads, so saving an unchanged model writes
 * the same bytes. A copy put into another resource gets new ids.</li>
 * <li>{@link #save(Map) Saving} to a {@code file:} URI is atomic: a failure or a kill during a save leaves the
 * previous file as it was.</li>
 * <li>Loading is safe on untrusted files: no DTD, no external entities, no other file or network access, limits on
 * size ({@link #OPTION_MAX_FILE_SIZE}) and nesting ({@link #OPTION_MAX_ELEMENT_DEPTH}). A file that cannot be loaded
 * fails with a {@link ModelLoadException} that names the file, line and column and says what is wrong.</li>
 * <li>Attributes and elements this version does not know (written by a newer minor version) are kept and written
 * back at the same element. Files of an older namespace are upgraded by {@link ModelMigration migrations}.</li>
 * </ul>
 * The default load and save options carry all this; callers need not pass any.
 */
public class CartographResource extends XMIResourceImpl {

    /** The file extension of Cartograph models. */
    public static final String FILE_EXTENSION = "cartograph"; //$NON-NLS-1$

    /** Load option: the largest file, in bytes, a load reads (a {@link Number}); {@link #DEFAULT_MAX_FILE_SIZE} if absent. */
    public static final String OPTION_MAX_FILE_SIZE = "dev.cartograph.model.persistence.maxFileSize"; //$NON-NLS-1$

    /** The largest file a load reads unless {@link #OPTION_MAX_FILE_SIZE} says otherwise: 256 MB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 256L * 1024L * 1024L;

    /** Load option: how deep elements may be nested (a {@link Number}); {@link #DEFAULT_MAX_ELEMENT_DEPTH} if absent. */
    public static final String OPTION_MAX_ELEMENT_DEPTH = "dev.cartograph.model.persistence.maxElementDepth"; //$NON-NLS-1$

    /** How deep elements may be nested unless {@link #OPTION_MAX_ELEMENT_DEPTH} says otherwise. */
    public static final int DEFAULT_MAX_ELEMENT_DEPTH = 64;

    /** Load option: the {@link ModelMigrationRegistry} to take migrations from; the default registry if absent. */
    public static final String OPTION_MIGRATIONS = "dev.cartograph.model.persistence.migrations"; //$NON-NLS-1$

    /** The smallest size an element takes in a file, in bytes, with its UUID. */
    private static final int BYTES_PER_ELEMENT = 80;

    private LoadSession session;

    /**
     * Creates a resource; prefer {@link CartographResourceFactory} or {@link ModelPersistence}.
     *
     * @param uri the URI of the file
     */
    public CartographResource(URI uri) {
        super(uri);
        setEncoding(StandardCharsets.UTF_8.name());
        PersistenceOptions.initLoadOptions(getDefaultLoadOptions());
        PersistenceOptions.initSaveOptions(getDefaultSaveOptions());
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    /** Ids come from the file; an element without one gets a UUID once the load is complete. */
    @Override
    protected boolean assignIDsWhileLoading() {
        return false;
    }

    @Override
    protected XMLLoad createXMLLoad(Map<?, ?> options) {
        return new CartographXMILoad(createXMLHelper(), session != null ? session : newSession(options));
    }

    private LoadSession newSession(Map<?, ?> options) {
        return new LoadSession(getURI(), maxFileSize(options), maxElementDepth(options), migrations(options));
    }

    /**
     * Loads the file. Besides EMF's behaviour, a file larger than {@link #OPTION_MAX_FILE_SIZE} is refused before it
     * is read.
     *
     * @throws ModelLoadException if the file cannot be loaded
     */
    @Override
    public void load(Map<?, ?> options) throws IOException {
        if (isLoaded()) {
            return;
        }
        long limit = maxFileSize(merged(options, getDefaultLoadOptions()));
        Long size = fileSize();
        if (size != null && size > limit) {
            throw LoadDiagnoser.tooBig(getURI(), size, limit);
        }
        try {
            super.load(options);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException e) {
            throw LoadDiagnoser.cannotOpen(getURI(), e);
        }
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        LoadSession current = newSession(options);
        session = current;
        try {
            presizeIdMaps(inputStream.available());
            super.doLoad(current.wrap(inputStream), PersistenceOptions.secure(options, current.maxElementDepth()));
            if (getEObjectToIDMap().size() < current.modelObjects()) {
                assignMissingIds();
            }
            current.complete(this);
            getWarnings().addAll(current.warnings());
        } catch (ModelLoadException e) {
            getErrors().add(0, e);
            throw e;
        } catch (IOException | RuntimeException e) {
            ModelLoadException problem = new LoadDiagnoser(getURI(), current).diagnose(e, getErrors());
            getErrors().clear();
            getErrors().add(problem);
            for (Throwable other : problem.getSuppressed()) {
                getErrors().add((ModelLoadException) other);
            }
            throw problem;
        } finally {
            session = null;
        }
    }

    /**
     * Sizes the id maps for the elements a file of this size holds, so that they do not grow step by step while a
     * large file loads.
     */
    private void presizeIdMaps(int bytes) {
        boolean empty = (idToEObjectMap == null || idToEObjectMap.isEmpty())
                && (eObjectToIDMap == null || eObjectToIDMap.isEmpty());
        if (empty) {
            int capacity = (int) Math.min(1 << 24, bytes / BYTES_PER_ELEMENT * 4L / 3L + 16);
            idToEObjectMap = new HashMap<>(capacity);
            eObjectToIDMap = new HashMap<>(capacity);
        }
    }

    private void assignMissingIds() {
        for (TreeIterator<EObject> contents = getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (getID(object) == null) {
                setID(object, EcoreUtil.generateUUID());
            }
        }
    }

    /**
     * Saves the resource. To a {@code file:} URI the save is atomic: the content is written to a temporary file in
     * the same directory, forced to disk, then moved over the file in one step; if anything fails the file is
     * unchanged and the temporary file is deleted. The file keeps its permissions; a symbolic link keeps pointing
     * to it. EMF's options about the output stream ({@code OPTION_SAVE_ONLY_IF_CHANGED}, URI converter options) do
     * not apply to such a save: an unchanged model writes the same bytes anyway. Other URIs are saved as EMF does.
     */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI normalized = getURIConverter().normalize(getURI());
        if (!normalized.isFile()) {
            super.save(options);
            return;
        }
        Path file = Path.of(normalized.toFileString());
        AtomicFileWriter.write(file, streamDecorator(options), out -> save(out, options));
        setTimeStamp(Files.getLastModifiedTime(file).toMillis());
    }

    @SuppressWarnings("unchecked")
    private UnaryOperator<OutputStream> streamDecorator(Map<?, ?> options) {
        Object decorator = merged(options, getDefaultSaveOptions()).get(AtomicFileWriter.OPTION_STREAM_DECORATOR);
        return decorator instanceof UnaryOperator<?> operator ? (UnaryOperator<OutputStream>) operator
                : UnaryOperator.identity();
    }

    private Long fileSize() {
        try {
            Map<String, ?> attributes = getURIConverter().getAttributes(getURI(),
                    Map.of(URIConverter.OPTION_REQUESTED_ATTRIBUTES, Set.of(URIConverter.ATTRIBUTE_LENGTH)));
            return attributes.get(URIConverter.ATTRIBUTE_LENGTH) instanceof Long length ? length : null;
        } catch (RuntimeException e) {
            return null; // the load itself reports an unreadable file; the stream enforces the limit anyway
        }
    }

    private static Map<?, ?> merged(Map<?, ?> options, Map<?, ?> defaults) {
        if (options == null) {
            return defaults;
        }
        Map<Object, Object> merged = new HashMap<>(defaults);
        merged.putAll(options);
        return merged;
    }

    private static long maxFileSize(Map<?, ?> options) {
        return options != null && options.get(OPTION_MAX_FILE_SIZE) instanceof Number limit ? limit.longValue()
                : DEFAULT_MAX_FILE_SIZE;
    }

    private static int maxElementDepth(Map<?, ?> options) {
        return options != null && options.get(OPTION_MAX_ELEMENT_DEPTH) instanceof Number limit ? limit.intValue()
                : DEFAULT_MAX_ELEMENT_DEPTH;
    }

    private static ModelMigrationRegistry migrations(Map<?, ?> options) {
        return options != null && options.get(OPTION_MIGRATIONS) instanceof ModelMigrationRegistry registry
                ? registry
                : ModelMigrationRegistry.getDefault();
    }
}
