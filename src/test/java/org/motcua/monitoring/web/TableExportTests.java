package org.motcua.monitoring.web;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTests {

    private static final Table TABLE = new Table("ranking-2026-11", List.of("unit", "name", "index"), List.of(
            Arrays.asList("ben-thanh", "Phường Bến Thành", 81.25),
            Arrays.asList("x", "Tên, có \"dấu phẩy\"", null),
            Arrays.asList("y", "=HYPERLINK(\"http://evil\")", 3L)));

    @Test
    void csvIsUtf8WithABomQuotedAsRfc4180AndNeverAFormula() {
        String csv = new String(TableExport.csv(TABLE), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFunit,name,index\r\n");
        assertThat(csv).contains("ben-thanh,Phường Bến Thành,81.25\r\n");
        assertThat(csv).contains("x,\"Tên, có \"\"dấu phẩy\"\"\",\r\n");
        assertThat(csv).contains("y,\"'=HYPERLINK(\"\"http://evil\"\")\",3\r\n");
    }

    @Test
    void xlsxHasTheHeaderAndTypedCells() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(TABLE)))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("ranking-2026-11");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("index");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Phường Bến Thành");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(81.25);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }
}
