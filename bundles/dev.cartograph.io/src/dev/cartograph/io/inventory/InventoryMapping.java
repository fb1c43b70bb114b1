// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cartograph.model.internal.persistence.AtomicFileWriter;

/**
 * How an inventory's columns become use cases: a {@link ColumnMapping} per column (by header), the name of the
 * source (kept in each imported element's origin with the row's id, so that the next version of the same
 * inventory updates them), the separator of several values in one cell, whether missing containers are
 * created, the assessor of imported scores, and the source's own words for enumeration values.
 * <p>
 * Saved as a small JSON file next to the portfolio, and read back by the workbench and the command line:
 *
 * <pre>
 * {
 *   "source": "ai-inventory",
 *   "separator": ";",
 *   "createMissing": true,
 *   "columns": [
 *     {"header": "Ref", "field": "id"},
 *     {"header": "Strategic value", "field": "score", "criterion": "strategic-value"},
 *     {"header": "Budget line", "field": "property", "key": "budget-line"}
 *   ],
 *   "values": {"status": {"En cours": "pilot"}}
 * }
 * </pre>
 */
public final class InventoryMapping {

    private String source;
    private String separator = ";"; //$NON-NLS-1$
    private boolean createMissing = true;
    private String assessor;
    private final List<ColumnMapping> columns = new ArrayList<>();
    private final Map<Field, Map<String, String>> values = new LinkedHashMap<>();

    /**
     * @param source the source's name, kept in the origin of the elements imported
     */
    public InventoryMapping(String source) {
        this.source = source;
    }

    /** @return the source's name */
    public String source() {
        return source;
    }

    /** @param value the source's name */
    public void setSource(String value) {
        source = value;
    }

    /** @return the separator of several values in one cell (never empty) */
    public String separator() {
        return separator;
    }

    /** @param value the separator of several values in one cell; empty means one value per cell */
    public void setSeparator(String value) {
        separator = value == null ? "" : value; //$NON-NLS-1$
    }

    /** @return whether units, workflows, steps, journeys, stages and initiatives not found are created */
    public boolean createMissing() {
        return createMissing;
    }

    /** @param value whether containers not found are created */
    public void setCreateMissing(boolean value) {
        createMissing = value;
    }

    /** @return the assessor written on imported scores, or {@code null} */
    public String assessor() {
        return assessor;
    }

    /** @param value the assessor written on imported scores, or {@code null} */
    public void setAssessor(String value) {
        assessor = value == null || value.isBlank() ? null : value.strip();
    }

    /** @return the columns' mappings, in the file's order (modifiable) */
    public List<ColumnMapping> columns() {
        return columns;
    }

    /**
     * @param header a header
     * @return the mapping of the first column of that header, or an ignored column
     */
    public ColumnMapping column(String header) {
        return columns.stream().filter(c -> c.header().equals(header)).findFirst()
                .orElse(ColumnMapping.ignored(header));
    }

    /**
     * Replaces the mapping of a header (or adds it).
     *
     * @param mapping the new mapping
     */
    public void set(ColumnMapping mapping) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(mapping.header())) {
                columns.set(i, mapping);
                return;
            }
        }
        columns.add(mapping);
    }

    /**
     * @param field an enumeration field ({@link Field#STATUS}, {@link Field#SCOPE}, {@link Field#AI_PATTERN})
     * @return the source's words (as written) to the enumeration's literals, modifiable
     */
    public Map<String, String> values(Field field) {
        return values.computeIfAbsent(field, f -> new LinkedHashMap<>());
    }

    /**
     * Reads a mapping file.
     *
     * @param file the file
     * @return the mapping
     * @throws InventoryException if it cannot be read or is not a mapping, naming the file, line and column
     */
    public static InventoryMapping read(Path file) throws InventoryException {
        return read(file, Locale.getDefault());
    }

    /**
     * Reads a mapping file, with messages in a language.
     *
     * @param file the file
     * @param locale the language of the messages
     * @return the mapping
     * @throws InventoryException if it cannot be read or is not a mapping, naming the file, line and column
     */
    public static InventoryMapping read(Path file, Locale locale) throws InventoryException {
        return read(file, file.toString(), locale);
    }

    /**
     * Reads a mapping file, with messages in a language.
     *
     * @param file the file
     * @param name the file's name in messages (as the user wrote it)
     * @param locale the language of the messages
     * @return the mapping
     * @throws InventoryException if it cannot be read or is not a mapping, naming the file, line and column
     */
    public static InventoryMapping read(Path file, String name, Locale locale) throws InventoryException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InventoryException(Messages.format(locale, "Mapping_cannotRead", name, //$NON-NLS-1$
                    String.valueOf(e.getMessage())), e);
        }
        return parse(name, text, locale);
    }

    /**
     * Reads a mapping from its JSON text.
     *
     * @param name the name of the file, for messages
     * @param text the JSON
     * @return the mapping
     * @throws InventoryException if it is not a mapping
     */
    public static InventoryMapping parse(String name, String text) throws InventoryException {
        return parse(name, text, Locale.getDefault());
    }

    /**
     * Reads a mapping from its JSON text, with messages in a language.
     *
     * @param name the name of the file, for messages
     * @param text the JSON
     * @param locale the language of the messages
     * @return the mapping
     * @throws InventoryException if it is not a mapping
     */
    public static InventoryMapping parse(String name, String text, Locale locale) throws InventoryException {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new InventoryException(Messages.format(locale, "Mapping_syntax", name, e.line, //$NON-NLS-1$
                    e.column, e.getMessage()), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw bad(locale, name, "Mapping_notObject"); //$NON-NLS-1$
        }
        InventoryMapping mapping = new InventoryMapping(string(map.get("source"))); //$NON-NLS-1$
        if (map.containsKey("separator")) { //$NON-NLS-1$
            mapping.setSeparator(string(map.get("separator"))); //$NON-NLS-1$
        }
        if (map.get("createMissing") instanceof Boolean create) { //$NON-NLS-1$
            mapping.setCreateMissing(create);
        }
        mapping.setAssessor(string(map.get("assessor"))); //$NON-NLS-1$
        if (map.get("columns") instanceof List<?> list) { //$NON-NLS-1$
            int index = 0;
            for (Object item : list) {
                index++;
                if (!(item instanceof Map<?, ?> column) || string(column.get("header")) == null) { //$NON-NLS-1$
                    throw bad(locale, name, "Mapping_badColumn", index); //$NON-NLS-1$
                }
                String fieldKey = string(column.get("field")); //$NON-NLS-1$
                Field field = fieldKey == null ? Field.IGNORE : Field.ofKey(fieldKey)
                        .orElseThrow(() -> bad(locale, name, "Mapping_unknownField", fieldKey, string(column.get("header")))); //$NON-NLS-1$ //$NON-NLS-2$
                String argument = string(column.get(field == Field.PROPERTY ? "key" : "criterion")); //$NON-NLS-1$ //$NON-NLS-2$
                if (field.hasArgument() && (argument == null || argument.isBlank())) {
                    throw bad(locale, name, "Mapping_missingArgument", string(column.get("header")), field.key()); //$NON-NLS-1$ //$NON-NLS-2$
                }
                mapping.columns.add(new ColumnMapping(string(column.get("header")), field, argument)); //$NON-NLS-1$
            }
        } else {
            throw bad(locale, name, "Mapping_noColumns"); //$NON-NLS-1$
        }
        if (map.get("values") instanceof Map<?, ?> all) { //$NON-NLS-1$
            for (Map.Entry<?, ?> entry : all.entrySet()) {
                Field field = Field.ofKey(String.valueOf(entry.getKey())).filter(f -> f.kind() == Field.Kind.ENUM)
                        .orElseThrow(() -> bad(locale, name, "Mapping_unknownValues", entry.getKey())); //$NON-NLS-1$
                if (entry.getValue() instanceof Map<?, ?> words) {
                    words.forEach((word, literal) -> mapping.values(field).put(String.valueOf(word), string(literal)));
                }
            }
        }
        return mapping;
    }

    private static InventoryException bad(Locale locale, String name, String key, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = name;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new InventoryException(Messages.format(locale, key, all), null);
    }

    private static String string(Object value) {
        return value == null ? null : value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
                : String.valueOf(value);
    }

    /**
     * Writes the mapping file atomically: an interrupted write leaves the previous file whole.
     *
     * @param file the file
     * @throws IOException if it cannot be written
     */
    public void write(Path file) throws IOException {
        byte[] bytes = toJson().getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out, out -> out.write(bytes));
    }

    /** @return the mapping as the JSON of a mapping file */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source); //$NON-NLS-1$
        root.put("separator", separator); //$NON-NLS-1$
        root.put("createMissing", createMissing); //$NON-NLS-1$
        if (assessor != null) {
            root.put("assessor", assessor); //$NON-NLS-1$
        }
        List<Object> list = new ArrayList<>();
        for (ColumnMapping column : columns) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("header", column.header()); //$NON-NLS-1$
            item.put("field", column.field().key()); //$NON-NLS-1$
            if (column.argument() != null) {
                item.put(column.field() == Field.PROPERTY ? "key" : "criterion", column.argument()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            list.add(item);
        }
        root.put("columns", list); //$NON-NLS-1$
        Map<String, Object> words = new LinkedHashMap<>();
        values.forEach((field, map) -> {
            if (!map.isEmpty()) {
                words.put(field.key(), new LinkedHashMap<>(map));
            }
        });
        if (!words.isEmpty()) {
            root.put("values", words); //$NON-NLS-1$
        }
        return Json.write(root);
    }
}
