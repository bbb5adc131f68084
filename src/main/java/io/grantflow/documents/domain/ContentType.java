package io.grantflow.documents.domain;

/**
 * The types a document may be, each recognised by its content ({@link ContentSniffer}), never by the name or
 * the type the client declares: PDF, the OpenDocument formats (ODF), Office Open XML (OOXML), PNG, JPEG, CSV.
 */
public enum ContentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    CSV("text/csv; charset=utf-8"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation"),
    ODG("application/vnd.oasis.opendocument.graphics"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final String mediaType;

    ContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The ODF type whose {@code mimetype} entry says {@code declared}, or null. */
    static ContentType odf(String declared) {
        for (ContentType t : new ContentType[]{ODT, ODS, ODP, ODG}) {
            if (t.mediaType.equals(declared)) {
                return t;
            }
        }
        return null;
    }

    /** The names of the allowed types, for messages. */
    public static String allowed() {
        return "PDF, ODF (text, spreadsheet, presentation, graphics), OOXML (docx, xlsx, pptx), PNG, JPEG, CSV (UTF-8)";
    }
}
