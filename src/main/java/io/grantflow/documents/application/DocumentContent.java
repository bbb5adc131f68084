package io.grantflow.documents.application;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * A document's bytes in {@code document_chunk}: written from the uploaded file one chunk at a time in the
 * upload's transaction, read back one chunk per short query while the download is sent. At no moment more than
 * one chunk of a document is in memory.
 */
@ApplicationScoped
public class DocumentContent {

    private static final int READ_BUFFER = 64 * 1024;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    /** The SHA-256 (hex) of a file, read as a stream. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[READ_BUFFER];
            while (in.read(buffer) >= 0) {
                // the digest reads along
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file as the chunks of {@code documentId}, in the caller's transaction. */
    void write(long documentId, Path file, int chunkSize) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into grantflow.document_chunk (document_id, seq, bytes) values (?, ?, ?)");
                 InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[chunkSize];
                int seq = 0;
                for (int n = in.readNBytes(buffer, 0, chunkSize); n > 0; n = in.readNBytes(buffer, 0, chunkSize)) {
                    insert.setLong(1, documentId);
                    insert.setInt(2, seq++);
                    insert.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, n), n);
                    insert.executeUpdate();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Sends the chunks of {@code documentId} to {@code out}, each read by its own short query. */
    public void copy(long documentId, int chunkCount, OutputStream out) throws IOException {
        for (int seq = 0; seq < chunkCount; seq++) {
            out.write(chunk(documentId, seq));
        }
        out.flush();
    }

    private byte[] chunk(long documentId, int seq) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select bytes from grantflow.document_chunk where document_id = ? "
                     + "and seq = ?")) {
            s.setLong(1, documentId);
            s.setInt(2, seq);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IOException("chunk " + seq + " of document " + documentId + " is missing");
                }
                return r.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("chunk " + seq + " of document " + documentId + " could not be read", e);
        }
    }
}
