package io.grantflow.documents.application;

import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The optional virus scan of an upload before it is stored: ClamAV's clamd over TCP with its INSTREAM command
 * (the file in chunks, each preceded by its length as four bytes in network order, ended by a zero length; clamd
 * answers {@code stream: OK} or {@code stream: <signature> FOUND}). Off unless
 * {@code grantflow.documents.clamav.host} is set. Infected: 422 {@code document_infected}; a scanner that cannot be
 * reached, times out or answers an error: 503 {@code document_scanner_unavailable} (nothing is stored unscanned).
 */
@ApplicationScoped
public class VirusScanner {

    private static final Logger LOG = Logger.getLogger(VirusScanner.class);
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 1024;

    @Inject
    DocumentsConfig config;

    public boolean enabled() {
        return config.clamav().host().filter(h -> !h.isBlank()).isPresent();
    }

    /** Returns when the file is clean or no scanner is configured; otherwise throws (see above). */
    public void scan(Path file) {
        if (!enabled()) {
            return;
        }
        String reply;
        try {
            reply = instream(config.clamav().host().orElseThrow(), config.clamav().port(),
                    (int) config.clamav().timeout().toMillis(), file);
        } catch (IOException e) {
            LOG.warnf("The virus scanner could not be reached: %s", e.toString());
            throw unavailable();
        }
        if (reply.endsWith("FOUND")) {
            throw DomainException.ruleBroken("document_infected", "the virus scanner found "
                    + reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).trim()
                    + " in the file; nothing was stored", java.util.List.of(new io.grantflow.shared.problem.Violation(
                    "file", "document_infected", "the file is infected")));
        }
        if (!reply.endsWith("OK")) {
            LOG.warnf("The virus scanner answered: %s", reply);
            throw unavailable();
        }
    }

    /** clamd's reply to INSTREAM with the file's bytes (e.g. {@code stream: OK}). */
    static String instream(String host, int port, int timeoutMillis, Path file) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.readNBytes(buffer, 0, CHUNK); n > 0; n = in.readNBytes(buffer, 0, CHUNK)) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            for (int b = in.read(); b > 0 && reply.size() < MAX_REPLY; b = in.read()) {
                reply.write(b);
            }
            return reply.toString(StandardCharsets.US_ASCII).trim();
        }
    }

    private static DomainException unavailable() {
        return DomainException.unavailable("document_scanner_unavailable",
                "the virus scanner is not available; nothing was stored, try again later");
    }
}
