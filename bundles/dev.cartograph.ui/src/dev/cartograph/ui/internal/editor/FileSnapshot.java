// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a file on disk held at one moment: its modification time and a digest of its content.
 * Two snapshots are "the same file" when their content is the same, whatever the times say (a
 * {@code git checkout} that rewrites identical bytes changes nothing for the user).
 *
 * @param path the file
 * @param exists whether the file existed
 * @param modified its modification time, in milliseconds
 * @param digest the SHA-256 of its content (empty when it does not exist)
 */
public record FileSnapshot(Path path, boolean exists, long modified, byte[] digest) {

    /**
     * @param path a file
     * @return what it holds now
     * @throws IOException if it exists but cannot be read
     */
    public static FileSnapshot of(Path path) throws IOException {
        try {
            byte[] content = Files.readAllBytes(path);
            long modified = Files.getLastModifiedTime(path).toMillis();
            return new FileSnapshot(path, true, modified, sha256(content));
        } catch (NoSuchFileException e) {
            return new FileSnapshot(path, false, 0, new byte[0]);
        }
    }

    /**
     * @param other another snapshot of the same file
     * @return whether both hold the same content (or both are missing)
     */
    public boolean sameContent(FileSnapshot other) {
        return other != null && exists == other.exists && Arrays.equals(digest, other.digest);
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileSnapshot snapshot && path.equals(snapshot.path) && modified == snapshot.modified
                && sameContent(snapshot);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return path + (exists ? "@" + modified : " (missing)"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
