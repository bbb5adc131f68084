package io.grantflow.exports.application;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a table as CSV (Apache Commons CSV; every cell through {@link CsvCells}, so no text cell can
 * run as a formula) or XLSX (Apache POI's deferred streaming workbook, which keeps only a window of
 * rows in memory and writes no temporary files). Rows are pushed one at a time by the producer.
 */
public final class Tabular {

    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    /** Receives the rows of a table. */
    public interface Sink {
        void row(List<?> values);
    }

    private Tabular() {
    }

    /** Writes the header and every row {@code producer} pushes. */
    public static void write(Format format, List<String> header, OutputStream out, Consumer<Sink> producer) {
        try {
            if (format == Format.CSV) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                        .get());
                producer.accept(values -> {
                    try {
                        csv.printRecord(values.stream().map(CsvCells::cell).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.flush();
                return;
            }
            // XLSX: text is written as typed string cells (never formulas), so it needs no quote; the
            // deferred workbook generates its rows while it writes, with no temporary files
            try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(200)) {
                DeferredSXSSFSheet sheet = workbook.createSheet("export");
                CellStyle money = workbook.createCellStyle();
                money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                sheet.setRowGenerator(s -> {
                    Row head = s.createRow(0);
                    for (int i = 0; i < header.size(); i++) {
                        head.createCell(i).setCellValue(header.get(i));
                    }
                    int[] next = {1};
                    producer.accept(values -> xlsxRow(s.createRow(next[0]++), values, money));
                });
                workbook.writeAvoidingTempFiles(out);
                workbook.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void xlsxRow(Row row, List<?> values, CellStyle money) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof BigDecimal b) {
                cell.setCellValue(b.doubleValue());
                cell.setCellStyle(money);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }
}
