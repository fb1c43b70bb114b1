// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.ui.tests;

import java.util.ArrayList;
import java.util.List;

import dev.cartograph.ui.internal.editor.EditorPrompts;

/** Answers the editor's questions from the test, and remembers what was asked and told. */
final class RecordingPrompts implements EditorPrompts {

    ExternalChange externalChangeAnswer = ExternalChange.KEEP_MINE;
    boolean overwriteAnswer;
    Deleted deletedAnswer = Deleted.CLOSE;
    final List<String> asked = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    @Override
    public ExternalChange externalChange(String fileName) {
        asked.add("externalChange " + fileName);
        return externalChangeAnswer;
    }

    @Override
    public boolean overwrite(String fileName) {
        asked.add("overwrite " + fileName);
        return overwriteAnswer;
    }

    @Override
    public Deleted deleted(String fileName) {
        asked.add("deleted " + fileName);
        return deletedAnswer;
    }

    @Override
    public void pasteDropped(List<String> lines) {
        asked.add("pasteDropped");
        dropped.addAll(lines);
    }
}
