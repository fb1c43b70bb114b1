// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.compare.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.cartograph.compare.Conflict;
import dev.cartograph.compare.ConflictRecord;

/**
 * The conflicts of a merged portfolio that are not resolved yet: read from the record beside the file, changed by
 * the resolution commands (and their undo), and written back when the portfolio is saved, so that the record and the
 * file always agree (the record goes once no conflict is left).
 */
final class PendingConflicts {

    private final Path file;
    private final List<Conflict> conflicts;
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean changed;

    private PendingConflicts(Path file, List<Conflict> conflicts) {
        this.file = file;
        this.conflicts = new ArrayList<>(conflicts);
    }

    /**
     * @param file a portfolio file
     * @return its recorded conflicts
     * @throws IOException if the record cannot be read
     */
    static PendingConflicts read(Path file) throws IOException {
        return new PendingConflicts(file, ConflictRecord.read(file));
    }

    /** @return the conflicts not resolved yet, in the record's order */
    List<Conflict> conflicts() {
        return List.copyOf(conflicts);
    }

    /** @return the portfolio file */
    Path file() {
        return file;
    }

    /** @return the position the conflict had, {@code -1} if it was not pending */
    int remove(Conflict conflict) {
        int index = conflicts.indexOf(conflict);
        if (index >= 0) {
            conflicts.remove(index);
            changed();
        }
        return index;
    }

    void restore(int index, Conflict conflict) {
        if (index >= 0 && !conflicts.contains(conflict)) {
            conflicts.add(Math.min(index, conflicts.size()), conflict);
            changed();
        }
    }

    private void changed() {
        changed = true;
        listeners.forEach(Runnable::run);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Writes the record if resolutions changed it since it was read or written: called once the portfolio is saved.
     *
     * @throws IOException if it cannot be written
     */
    void saved() throws IOException {
        if (changed) {
            ConflictRecord.write(file, conflicts);
            changed = false;
        }
    }
}
