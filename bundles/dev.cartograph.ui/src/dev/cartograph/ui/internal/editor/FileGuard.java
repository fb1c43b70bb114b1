// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Remembers what an editor's file held when it was loaded or saved, and decides what a change
 * on disk means: nothing (the editor's own save, or identical bytes), a reload, or a question
 * to the user. Also guards saving: a file that changed since it was loaded is replaced only if
 * the user said so, now or when they chose to keep their version.
 */
public final class FileGuard {

    /** What to do about the file on disk. */
    public enum Change {
        /** The file holds what the editor knows: nothing to do. */
        NONE,
        /** The file changed and the editor may take it. */
        CHANGED
    }

    private final Supplier<Path> path;
    private FileSnapshot loaded;
    private FileSnapshot accepted;

    /** @param path where the file is now (it follows renames); {@code null} when it is not a local file */
    public FileGuard(Supplier<Path> path) {
        this.path = path;
    }

    private FileSnapshot now() throws IOException {
        Path current = path.get();
        return current == null ? null : FileSnapshot.of(current);
    }

    /**
     * Records what the file holds now, as loaded or saved by the editor.
     *
     * @throws IOException if the file cannot be read
     */
    public void loadedOrSaved() throws IOException {
        loaded = now();
        accepted = null;
    }

    /** Forgets what the file held (it was deleted and the editor keeps its model). */
    public void forget() {
        loaded = null;
        accepted = null;
    }

    /**
     * @return whether the file on disk differs from what the editor loaded and from a version
     *         the user already chose to replace
     * @throws IOException if the file cannot be read
     */
    public Change check() throws IOException {
        FileSnapshot disk = now();
        return disk == null || disk.sameContent(loaded) || disk.sameContent(accepted) ? Change.NONE : Change.CHANGED;
    }

    /**
     * The user keeps the editor's version over what the file holds now: saving will replace it
     * without asking again.
     *
     * @throws IOException if the file cannot be read
     */
    public void keepMine() throws IOException {
        accepted = now();
    }

    /**
     * @return whether saving would replace a file that changed since it was loaded (and whose
     *         change the user has not seen)
     * @throws IOException if the file cannot be read
     */
    public boolean saveWouldOverwrite() throws IOException {
        FileSnapshot disk = now();
        return disk != null && disk.exists() && check() == Change.CHANGED;
    }
}
