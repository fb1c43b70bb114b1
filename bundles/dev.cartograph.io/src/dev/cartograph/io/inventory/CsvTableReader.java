// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV inventory with Apache Commons CSV. The encoding is the byte order mark's (UTF-8, UTF-16), else
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what spreadsheets still write); the delimiter is
 * the one of {@code , ; TAB |} found most often in the header row, outside quotes. Quoted cells may hold
 * delimiters and newlines.
 */
final class CsvTableReader {

    /** Windows-1252, which every JDK has. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252"); //$NON-NLS-1$

    private CsvTableReader() {
    }

    /**
     * @param file the file
     * @param name its name in messages
     * @param charset the encoding, or {@code null} to detect it
     * @param locale the language of the messages
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws InventoryException if it is empty, binary, broken or has no header row
     */
    static InventoryTable read(Path file, String name, Charset charset, Locale locale) throws IOException, InventoryException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new InventoryException(Messages.format(locale, "Csv_isZip", name), null); //$NON-NLS-1$
        }
        Charset encoding = charset;
        int skip = 0;
        if (encoding == null) {
            if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
                encoding = StandardCharsets.UTF_8;
                skip = 3;
            } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
                encoding = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
                encoding = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (hasNul(bytes)) {
                throw new InventoryException(Messages.format(locale, "Csv_binary", name), null); //$NON-NLS-1$
            } else {
                encoding = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            }
        }
        String text = new String(bytes, skip, bytes.length - skip, encoding);
        if (text.isBlank()) {
            throw new InventoryException(Messages.format(locale, "Table_empty", name), null); //$NON-NLS-1$
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        List<String> headers = null;
        int headerRow = 0;
        List<InventoryTable.Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = TableHeaders.of(name, cells, number, locale);
                    headerRow = number;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new InventoryTable.Row(number, cells));
                }
            }
        } catch (UncheckedIOException e) {
            throw new InventoryException(Messages.format(locale, "Csv_broken", name, number + 1, //$NON-NLS-1$
                    String.valueOf(e.getCause().getMessage())), e);
        }
        if (headers == null) {
            throw new InventoryException(Messages.format(locale, "Table_empty", name), null); //$NON-NLS-1$
        }
        String separator = delimiter == '\t' ? "TAB" : String.valueOf(delimiter); //$NON-NLS-1$
        return new InventoryTable(name, headers, headerRow, rows, Messages.format(locale, "Csv_read", //$NON-NLS-1$
                encoding.displayName(Locale.ROOT), separator));
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The delimiter most frequent on the first line, outside quotes; a comma when none is there. */
    private static char delimiter(String text) {
        char[] candidates = { ',', ';', '\t', '|' };
        int[] counts = new int[candidates.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (counts[0] + counts[1] + counts[2] + counts[3] > 0) {
                    break;
                }
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
