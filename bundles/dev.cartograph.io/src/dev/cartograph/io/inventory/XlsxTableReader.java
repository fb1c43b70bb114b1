// SPDX-License-Identifier: EPL-2.0
package dev.cartograph.io.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads one sheet of an XLSX workbook with Apache POI's streaming reader (SAX over the sheet's XML, shared
 * strings read once), so a large workbook never becomes a tree in memory. POI's secure defaults stay on:
 * zip bombs (an entry inflating more than a hundredfold) and XML entities are refused. Numbers come as plain
 * decimals whatever their display format, dates as ISO dates, formulas as their cached results.
 */
final class XlsxTableReader {

    static {
        PoiLogging.quiet();
    }

    private XlsxTableReader() {
    }

    /** Numbers as plain decimals and dates as ISO text, not as the sheet displays them. */
    private static final class PlainFormatter extends DataFormatter {
        PlainFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime date = DateUtil.getLocalDateTime(value, use1904);
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : date.toString();
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    /** Collects the rows of a sheet. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<InventoryTable.Row> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add(""); //$NON-NLS-1$
            }
            cells.add(value == null ? "" : value); //$NON-NLS-1$
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new InventoryTable.Row(rowNum + 1, cells));
            }
        }
    }

    /**
     * @param file the workbook
     * @param name its name in messages
     * @param sheet the sheet's name, or {@code null} for the first
     * @param locale the language of the messages
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws InventoryException if it is not a workbook, has no such sheet, or no header row
     */
    static InventoryTable read(Path file, String name, String sheet, Locale locale) throws IOException, InventoryException {
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, 4) < 4 || start[0] != 'P' || start[1] != 'K') {
                throw new InventoryException(Messages.format(locale, "Xlsx_notWorkbook", name), null); //$NON-NLS-1$
            }
        }
        // XMLBeans looks for schema types through the context class loader: the OOXML schemas' own
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CTWorksheet.class.getClassLoader());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    names.add(sheetName);
                    if (sheet == null || sheet.equals(sheetName)) {
                        Collector collector = new Collector();
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(
                                new XSSFSheetXMLHandler(styles, strings, collector, new PlainFormatter(), false));
                        parser.parse(new InputSource(in));
                        return table(name, sheetName, collector.rows, locale);
                    }
                }
            }
            if (names.isEmpty()) {
                throw new InventoryException(Messages.format(locale, "Table_empty", name), null); //$NON-NLS-1$
            }
            throw new InventoryException(Messages.format(locale, "Xlsx_noSheet", name, sheet, //$NON-NLS-1$
                    String.join(", ", names)), null); //$NON-NLS-1$
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            throw new InventoryException(Messages.format(locale, "Xlsx_notWorkbook", name), e); //$NON-NLS-1$
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new InventoryException(Messages.format(locale, "Xlsx_broken", name, //$NON-NLS-1$
                    String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb")) { //$NON-NLS-1$
                throw new InventoryException(Messages.format(locale, "Xlsx_zipBomb", name), e); //$NON-NLS-1$
            }
            throw new InventoryException(Messages.format(locale, "Xlsx_broken", name, message), e); //$NON-NLS-1$
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static InventoryTable table(String name, String sheet, List<InventoryTable.Row> rows, Locale locale)
            throws InventoryException {
        if (rows.isEmpty()) {
            throw new InventoryException(Messages.format(locale, "Table_empty", name), null); //$NON-NLS-1$
        }
        InventoryTable.Row header = rows.get(0);
        List<String> headers = TableHeaders.of(name, header.cells(), header.number(), locale);
        return new InventoryTable(name, headers, header.number(), List.copyOf(rows.subList(1, rows.size())),
                Messages.format(locale, "Xlsx_read", sheet)); //$NON-NLS-1$
    }
}
