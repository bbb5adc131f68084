package io.grantflow.documents.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds a file's {@link ContentType} from its bytes: the signatures of PDF, PNG and JPEG; in a ZIP container
 * the {@code mimetype} entry of ODF or the {@code [Content_Types].xml} of OOXML (with its main part's folder);
 * CSV is UTF-8 text without NUL or other control characters (tab and line ends aside) that is not markup
 * (HTML, XML, SVG start with {@code <}). Anything else is not an allowed type. Reads the file as a stream:
 * never more than a buffer of it in memory.
 */
public final class ContentSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_MIMETYPE_ENTRY = 100;

    private ContentSniffer() {
    }

    public static Optional<ContentType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, PDF)) {
            return Optional.of(ContentType.PDF);
        }
        if (startsWith(head, n, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(head, n, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        if (startsWith(head, n, ZIP)) {
            return Optional.ofNullable(officeDocument(file));
        }
        return isPlainText(file) ? Optional.of(ContentType.CSV) : Optional.empty();
    }

    private static boolean startsWith(byte[] head, int n, byte[] signature) {
        return n >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    /** The ODF or OOXML type of a ZIP container, or null (another ZIP, or a broken one). */
    private static ContentType officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(MAX_MIMETYPE_ENTRY), StandardCharsets.US_ASCII).trim();
                    return ContentType.odf(declared);
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) {
                return null;
            }
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith("word/")) {
                    return ContentType.DOCX;
                }
                if (name.startsWith("xl/")) {
                    return ContentType.XLSX;
                }
                if (name.startsWith("ppt/")) {
                    return ContentType.PPTX;
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** UTF-8 throughout, no control character but tab, CR and LF, and not markup. */
    private static boolean isPlainText(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        boolean first = true;
        boolean any = false;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                if (end && decoder.flush(chars).isError()) {
                    return false;
                }
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                        return false;
                    }
                    if (first && c != '\uFEFF' && !Character.isWhitespace(c)) {
                        if (c == '<') {
                            return false;
                        }
                        first = false;
                    }
                    any = true;
                }
                chars.clear();
                bytes.compact();
                if (end) {
                    return any;
                }
            }
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
