// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.model.internal.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Replaces a file so that, whatever happens, the file holds either its previous content or its new one in full.
 * The content goes to a temporary file beside the target (same directory, so the same file system), which is
 * flushed and forced to the disk, then moved over the target in one atomic step. On failure the temporary file is
 * deleted and the target is untouched; after a crash or kill at most a hidden {@code .<name>.<random>.tmp} file is
 * left beside it.
 */
public final class AtomicFileWriter {

    /**
     * Save option of Cartograph resources whose value, a {@code UnaryOperator<OutputStream>}, wraps the stream the
     * content is written to. It lets tests make a write fail midway.
     */
    public static final String OPTION_STREAM_DECORATOR = "dev.cartograph.model.persistence.streamDecorator"; //$NON-NLS-1$

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_NAME_IN_TEMP = 100;

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {

        /**
         * @param out where to write; flushed and forced to disk afterwards, not to be closed
         * @throws IOException if the content cannot be written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Replaces the content of a file atomically.
     *
     * @param target the file to write; if it is a symbolic link, the file it points to is replaced
     * @param decorator wraps the stream the content is written to
     * @param content writes the content
     * @throws IOException if the content cannot be written or the file cannot be replaced; the file is then
     *     unchanged
     */
    public static void write(Path target, UnaryOperator<OutputStream> decorator, Content content) throws IOException {
        Path file = resolveLink(target.toAbsolutePath());
        Path directory = file.getParent();
        Path temporary = directory.resolve(temporaryName(file));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = decorator.apply(new BufferedOutputStream(Channels.newOutputStream(channel),
                        BUFFER_SIZE));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temporary);
            move(temporary, file);
        } catch (IOException | RuntimeException | Error e) {
            delete(temporary, e);
            throw e;
        }
        forceDirectory(directory);
    }

    private static void delete(Path temporary, Throwable failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static Path resolveLink(Path file) throws IOException {
        return Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
    }

    private static String temporaryName(Path file) {
        String name = file.getFileName().toString();
        if (name.length() > MAX_NAME_IN_TEMP) {
            name = name.substring(0, MAX_NAME_IN_TEMP);
        }
        return '.' + name + '.' + UUID.randomUUID() + ".tmp"; //$NON-NLS-1$
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network file systems cannot rename atomically; the new content is complete and on disk already.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The replacement keeps the permissions of the file it replaces (a new file gets the usual ones). */
    private static void copyPermissions(Path file, Path temporary) throws IOException {
        if (Files.exists(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(temporary, permissions);
        }
    }

    /** Makes the rename itself durable where the platform allows forcing a directory. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; the file's content is durable already.
        }
    }
}
