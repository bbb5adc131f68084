package io.grantflow.documents;

import io.grantflow.documents.application.VirusScannerProbe;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * clamd's INSTREAM protocol as the scanner speaks it, against a tiny server in the test that reads the command and
 * the length-prefixed chunks and answers as clamd does (not our infrastructure: a stand-in for ClamAV).
 */
class VirusScannerProtocolTest {

    @Test
    void theFileGoesInLengthPrefixedChunksEndedByZeroAndTheReplyIsRead() throws Exception {
        byte[] content = DocumentFiles.largePdf(200_000, 3);
        Path file = Files.createTempFile("scan", ".pdf");
        Files.write(file, content);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> serveOnce(server, "stream: OK"));
            String reply = VirusScannerProbe.instream("127.0.0.1", server.getLocalPort(), 5_000, file);
            assertThat(reply).isEqualTo("stream: OK");
            assertThat(received.get()).isEqualTo(content);
        }
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.supplyAsync(() -> serveOnce(server, "stream: Eicar-Test-Signature FOUND"));
            assertThat(VirusScannerProbe.instream("127.0.0.1", server.getLocalPort(), 5_000, file))
                    .endsWith("FOUND");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Reads "zINSTREAM\0" and the chunks; answers {@code reply} ended by NUL; returns the bytes received. */
    private static byte[] serveOnce(ServerSocket server, String reply) {
        try (Socket s = server.accept()) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] command = new byte["zINSTREAM\0".length()];
            in.readFully(command);
            assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (int n = in.readInt(); n > 0; n = in.readInt()) {
                byte[] chunk = new byte[n];
                in.readFully(chunk);
                content.write(chunk);
            }
            OutputStream out = s.getOutputStream();
            out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return content.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
