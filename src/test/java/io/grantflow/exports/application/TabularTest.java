package io.grantflow.exports.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place CSV cells are written: text that could run as a formula is neutralised, numbers never. */
class TabularTest {

    private static CSVRecord writeOneRow(Object... values) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = java.util.stream.IntStream.range(0, values.length).mapToObj(i -> "c" + i).toList();
        Tabular.write(Tabular.Format.CSV, header, out, sink -> sink.row(Arrays.asList(values)));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void textCellsStartingWithAFormulaCharacterArePrefixedWithAQuote() throws Exception {
        CSVRecord r = writeOneRow("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "", "a=b", "'quoted");
        assertThat(r.values()).containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "", "a=b",
                "'quoted");
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() throws Exception {
        CSVRecord r = writeOneRow(new BigDecimal("-12.50"), -3L, -7, new BigDecimal("1000.00"), 0L, "-12.50");
        assertThat(r.values()).containsExactly("-12.50", "-3", "-7", "1000.00", "0", "'-12.50");
    }

    @Test
    void xlsxIsWrittenWithoutTemporaryFiles() throws Exception {
        List<String> created = new java.util.ArrayList<>();
        org.apache.poi.util.TempFileCreationStrategy recording = new org.apache.poi.util.TempFileCreationStrategy() {
            @Override
            public java.io.File createTempFile(String prefix, String suffix) {
                created.add(prefix + "*" + suffix);
                throw new IllegalStateException("temporary file " + prefix + "*" + suffix);
            }

            @Override
            public java.io.File createTempDirectory(String prefix) {
                created.add(prefix + "/");
                throw new IllegalStateException("temporary directory " + prefix);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.apache.poi.util.TempFile.setThreadLocalTempFileCreationStrategy(recording);
        try {
            Tabular.write(Tabular.Format.XLSX, List.of("name", "amount"), out, sink -> {
                for (int i = 0; i < 1000; i++) {
                    sink.row(List.of("=HYPERLINK(\"http://x\",\"y\")", new BigDecimal("-12.50")));
                }
            });
        } finally {
            org.apache.poi.util.TempFile.setThreadLocalTempFileCreationStrategy(null);
        }
        assertThat(created).isEmpty();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var row = wb.getSheetAt(0).getRow(1000);
            assertThat(row.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-12.5);
        }
    }
}
