package org.motcua.documents;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a register as an XLSX workbook: one sheet, the unit, title and period on top, then the heading row and one
 * row per entry with the cells as text (numbers and symbols exactly as in the register).
 */
final class RegisterXlsx {

    static final int HEADER_ROWS = 4;

    private RegisterXlsx() {
    }

    static byte[] write(Register register) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(register.kind());
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle title = book.createCellStyle();
            title.setFont(boldFont);
            CellStyle head = book.createCellStyle();
            head.setFont(boldFont);
            head.setWrapText(true);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            border(head);
            CellStyle cell = book.createCellStyle();
            cell.setWrapText(true);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            border(cell);

            int columns = register.columns().size();
            text(sheet.createRow(0), 0, register.unitName(), title);
            text(sheet.createRow(1), 0, register.title(), title);
            text(sheet.createRow(2), 0, register.period(), null);
            for (int r = 0; r < 3; r++) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            Row heading = sheet.createRow(HEADER_ROWS - 1);
            for (int c = 0; c < columns; c++) {
                text(heading, c, register.columns().get(c), head);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = HEADER_ROWS;
            for (Register.Row entry : register.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns; c++) {
                    text(row, c, c < entry.cells().size() ? entry.cells().get(c) : "", cell);
                }
            }
            sheet.createFreezePane(0, HEADER_ROWS);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the register", e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
