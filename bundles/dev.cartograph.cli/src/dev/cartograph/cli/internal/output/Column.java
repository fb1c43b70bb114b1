// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.cli.internal.output;

import java.util.Objects;

/**
 * A column of a {@link Section}.
 *
 * @param key the stable name of the column in JSON and CSV (never translated)
 * @param header the localised header of the table and Markdown formats
 * @param kind how its values are written
 * @param decimals how many decimals a {@link Kind#NUMBER} or {@link Kind#PERCENT} shows in the
 *        table and Markdown formats ({@code -1}: as many as needed, up to 3); JSON and CSV always
 *        write the full value
 */
public record Column(String key, String header, Kind kind, int decimals) {

    /** How the values of a column are written. */
    public enum Kind {
        /** A string, or a {@link Label} (its text for people, its id for machines). */
        TEXT,
        /** A whole number. */
        INTEGER,
        /**
         * A {@link Rank}: {@code =1} for people when tied; its number for machines, and in JSON a
         * tie flag beside it.
         */
        RANK,
        /** A decimal number; {@code NaN} is an unknown value. */
        NUMBER,
        /** A share between 0 and 1, shown as a percentage to people and written as the share for machines. */
        PERCENT,
        /** {@code true} or {@code false}: yes or no for people. */
        BOOLEAN
    }

    /** Checks the arguments. */
    public Column {
        Objects.requireNonNull(key);
        Objects.requireNonNull(header);
        Objects.requireNonNull(kind);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @return a text column
     */
    public static Column text(String key, String header) {
        return new Column(key, header, Kind.TEXT, 0);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @return a whole-number column
     */
    public static Column integer(String key, String header) {
        return new Column(key, header, Kind.INTEGER, 0);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @return a column of {@link Rank}s
     */
    public static Column rank(String key, String header) {
        return new Column(key, header, Kind.RANK, 0);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @param decimals the decimals shown to people
     * @return a decimal column
     */
    public static Column number(String key, String header, int decimals) {
        return new Column(key, header, Kind.NUMBER, decimals);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @param decimals the decimals of the percentage shown to people
     * @return a share column
     */
    public static Column percent(String key, String header, int decimals) {
        return new Column(key, header, Kind.PERCENT, decimals);
    }

    /**
     * @param key the stable key
     * @param header the localised header
     * @return a yes/no column
     */
    public static Column bool(String key, String header) {
        return new Column(key, header, Kind.BOOLEAN, 0);
    }

    /** @return whether the column is right-aligned in a table: numbers are */
    public boolean isNumeric() {
        return kind == Kind.INTEGER || kind == Kind.RANK || kind == Kind.NUMBER || kind == Kind.PERCENT;
    }
}
