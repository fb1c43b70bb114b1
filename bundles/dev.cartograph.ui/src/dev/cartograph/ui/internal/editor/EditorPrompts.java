// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.internal.editor;

import java.util.List;

/**
 * The questions the portfolio editor asks its user, and what it tells them. The workbench
 * answers through dialogs ({@link DialogPrompts}); tests answer from code.
 */
public interface EditorPrompts {

    /** What to do when the file changed on disk while the editor has unsaved changes. */
    enum ExternalChange {
        /** Keep the editor's version; saving it will replace the file. */
        KEEP_MINE,
        /** Drop the unsaved changes and load the file as it is now. */
        LOAD_THEIRS
    }

    /** What to do when the file was deleted while open. */
    enum Deleted {
        /** Keep the editor open; saving writes the file again. */
        KEEP,
        /** Close the editor. */
        CLOSE
    }

    /**
     * The file changed on disk and the editor has unsaved changes.
     *
     * @param fileName the file's name
     * @return the user's choice
     */
    ExternalChange externalChange(String fileName);

    /**
     * Saving would replace a file that changed on disk since it was loaded.
     *
     * @param fileName the file's name
     * @return whether to replace it
     */
    boolean overwrite(String fileName);

    /**
     * The file was deleted while the editor has unsaved changes.
     *
     * @param fileName the file's name
     * @return the user's choice
     */
    Deleted deleted(String fileName);

    /**
     * A paste could not keep some references.
     *
     * @param dropped one line per reference that was dropped
     */
    void pasteDropped(List<String> dropped);
}
