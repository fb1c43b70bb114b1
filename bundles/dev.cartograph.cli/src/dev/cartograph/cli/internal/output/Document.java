// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a command prints, independent of the format: fields about the whole (the file, the
 * portfolio), sections (tables), and notes (warnings a reader should see, such as configuration
 * problems). Writers turn it into an aligned table, Markdown, CSV or JSON.
 */
public final class Document {

    private final String command;
    private final String title;
    private final List<Field> fields = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param command the command that produced it, written in JSON
     * @param title the localised heading shown to people
     */
    public Document(String command, String title) {
        this.command = Objects.requireNonNull(command);
        this.title = Objects.requireNonNull(title);
    }

    /**
     * @param key the stable key
     * @param label the localised label
     * @param value the value
     * @return this document
     */
    public Document field(String key, String label, Object value) {
        fields.add(new Field(key, label, value));
        return this;
    }

    /**
     * @param section a section to append
     * @return the section
     */
    public Section section(Section section) {
        sections.add(section);
        return section;
    }

    /**
     * @param before a section of this document
     * @param section a section to insert before it
     * @return the inserted section
     */
    public Section sectionBefore(Section before, Section section) {
        int index = sections.indexOf(before);
        sections.add(index < 0 ? sections.size() : index, section);
        return section;
    }

    /**
     * @param note a localised note to append
     * @return this document
     */
    public Document note(String note) {
        notes.add(note);
        return this;
    }

    /** @return the command */
    public String command() {
        return command;
    }

    /** @return the localised heading */
    public String title() {
        return title;
    }

    /** @return the fields, in order */
    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    /** @return the sections, in order */
    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** @return the notes, in order */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
