package io.grantflow.exports.application;

/** The tables officers export as CSV or XLSX. */
public enum ExportKind {
    RANKING("ranking"),
    GRANTS("grants"),
    OPEN_CALLS("open-calls"),
    APPLICATIONS("applications"),
    RECIPIENTS("recipients"),
    PAYMENTS("payments"),
    FSTP_REPORT("fstp-report");

    public final String path;

    ExportKind(String path) {
        this.path = path;
    }

    public static ExportKind of(String path) {
        for (ExportKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        return null;
    }
}
