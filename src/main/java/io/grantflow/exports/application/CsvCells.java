package io.grantflow.exports.application;

/**
 * CSV formula injection (OWASP "CSV Injection"): a text cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is run as a formula by spreadsheet programs, so
 * text users typed (organisation names, titles, payee names) could reach an officer's spreadsheet as
 * {@code =HYPERLINK(...)}. Such text cells get a leading single quote; numbers are never changed, so
 * a negative amount stays a number.
 */
final class CsvCells {

    /** The characters that make a spreadsheet read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    static final char NEUTRALISER = '\'';

    private CsvCells() {
    }

    /** The value as written into a CSV cell: numbers as they are, text neutralised. */
    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value instanceof java.math.BigDecimal b ? b.toPlainString() : value;
        }
        return neutralise(value.toString());
    }

    static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? NEUTRALISER + text : text;
    }
}
