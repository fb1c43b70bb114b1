// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

/**
 * Writes a document as one JSON object: {@code "command"}, then each field as a member, each
 * section as an array of objects keyed by the columns' stable keys, and {@code "notes"} as an
 * array of strings. Labels are written as their ids, unknown numbers as {@code null}, shares
 * as numbers between 0 and 1, a {@link Column.Kind#RANK} column as the number followed by
 * whether it is tied ({@code "rank": 1, "tied": true}).
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    /**
     * @param document the document
     * @return the JSON text
     */
    public static String write(Document document) {
        StringBuilder out = new StringBuilder();
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("command").value(document.command()); //$NON-NLS-1$
        for (Field field : document.fields()) {
            json.name(field.key());
            value(json, field.value());
        }
        for (Section section : document.sections()) {
            json.name(section.key()).beginArray();
            for (Object[] row : section.rows()) {
                json.beginObject();
                for (int c = 0; c < row.length; c++) {
                    Column column = section.columns().get(c);
                    json.name(column.key());
                    value(json, row[c]);
                    if (column.kind() == Column.Kind.RANK) {
                        json.name(tieKey(column.key())).value(row[c] instanceof Rank rank && rank.tied());
                    }
                }
                json.endObject();
            }
            json.endArray();
        }
        json.name("notes").beginArray(); //$NON-NLS-1$
        for (String note : document.notes()) {
            json.value(note);
        }
        json.endArray();
        json.endObject();
        json.finish();
        return out.toString();
    }

    /**
     * @param key the key of a rank column
     * @return the key of its tie flag: {@code tied} for {@code rank}, else the key + {@code Tied}
     */
    static String tieKey(String key) {
        return "rank".equals(key) ? "tied" : key + "Tied"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * Writes one value.
     *
     * @param json the writer
     * @param value a string, number, boolean, {@link Label}, or {@code null}
     */
    public static void value(JsonWriter json, Object value) {
        switch (value) {
        case null -> json.nullValue();
        case Label label -> json.value(label.id());
        case Rank rank -> json.value(rank.value());
        case Boolean b -> json.value(b.booleanValue());
        case Integer i -> json.value(i.longValue());
        case Long l -> json.value(l.longValue());
        case Number n -> json.value(n.doubleValue());
        default -> json.value(value.toString());
        }
    }
}
