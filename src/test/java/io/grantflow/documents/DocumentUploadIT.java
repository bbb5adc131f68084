package io.grantflow.documents;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service at {@code -Xmx512m} takes documents without holding them in memory: a 100 MB upload is
 * refused 413 whether it announces its length (before its body is read) or is sent chunked (counted while it is
 * parsed to disk), and the node's heap, read with {@code jcmd GC.heap_info} after {@code jcmd GC.run}, does not grow
 * by anything near the body's size, not even while 20 MB of a chunked body have been received; ten concurrent
 * 20 MB uploads are all taken (201) with their SHA-256 and come back byte for byte. The figures are written to
 * {@code target/documents-upload-it.txt} (docs/documents.md, "Measured").
 */
class DocumentUploadIT {

    private static final long MB = 1024 * 1024;
    /** The bound of the heap's growth, generous: the bodies are 100 MB (and 10 × 20 MB). */
    private static final long GROWTH_BOUND = 50 * MB;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final String BOUNDARY = "----grantflow-it-boundary";

    private static ServiceNode node;

    @AfterAll
    static void stop() {
        if (node != null) {
            node.kill();
        }
        RestAssured.reset();
    }

    @Test
    void largeBodiesAreRefusedWithoutFillingTheHeapAndConcurrentUploadsAreKeptByteForByte() throws Exception {
        StressDatabase db = StressDatabase.fresh("grantflow_documents_it");
        node = new ServiceNode("documents", db, Map.of()).start();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = node.port();
        String call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        CallFixtures.publish(call);
        Consortium c = ProposalFixtures.consortium();
        long proposal = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        String owner = "proposal:" + proposal;
        String token = Tokens.token(c.coordinatorUser(), "applicant");
        List<String> figures = new ArrayList<>();
        figures.add("node: -Xmx512m, " + db.describe() + ", GC " + gcName());

        long before = heapUsedAfterGc();
        figures.add(String.format("heap used after GC.run, before: %.1f MB", before / (double) MB));

        // (a) 100 MB announced by Content-Length: refused before the body is read
        Attempt announced = rawUpload(token, owner, 100 * MB, false, -1);
        assertThat(announced.status()).as("100 MB with Content-Length").isEqualTo(413);
        assertThat(announced.body()).contains("document_too_large");
        long afterAnnounced = heapUsedAfterGc();
        figures.add(String.format("100 MB with Content-Length: %d after %.1f MB sent, %d ms; heap after GC.run %.1f MB "
                        + "(growth %+.1f MB)", announced.status(), announced.sent() / (double) MB, announced.millis(),
                afterAnnounced / (double) MB, (afterAnnounced - before) / (double) MB));

        // (a) 100 MB chunked: counted while it is read; heap read while 20 MB of it are in, then after
        long[] during = new long[1];
        Attempt chunked = rawUpload(token, owner, 100 * MB, true, 20 * MB, () -> during[0] = heapUsedAfterGc());
        assertThat(chunked.status()).as("100 MB chunked").isEqualTo(413);
        long afterChunked = heapUsedAfterGc();
        figures.add(String.format("100 MB chunked: %d after %.1f MB sent, %d ms; heap with 20 MB of it received "
                        + "%.1f MB (growth %+.1f MB), after %.1f MB (growth %+.1f MB)", chunked.status(),
                chunked.sent() / (double) MB, chunked.millis(), during[0] / (double) MB, (during[0] - before) / (double) MB,
                afterChunked / (double) MB, (afterChunked - before) / (double) MB));
        assertThat(during[0] - before).as("heap growth with 20 MB of a chunked body received").isLessThan(GROWTH_BOUND);
        assertThat(afterAnnounced - before).as("heap growth after the announced 100 MB").isLessThan(GROWTH_BOUND);
        assertThat(afterChunked - before).as("heap growth after the chunked 100 MB").isLessThan(GROWTH_BOUND);
        assertThat(db.count("select count(*) from grantflow.document")).isZero();

        // (b) ten concurrent 20 MB uploads
        int n = 10;
        long size = 20 * MB;
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int seed = i;
            uploads.add(pool.submit(() -> http.send(multipart(token, owner, "deliverable-" + seed + ".pdf", size, seed),
                    HttpResponse.BodyHandlers.ofString())));
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = uploads.get(i).get();
            assertThat(r.statusCode()).as("upload " + i + ": " + r.body()).isEqualTo(201);
            assertThat(r.body()).contains("\"sha256\":\"" + sha256(pdf(size, i)) + "\"");
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(r.body());
            assertThat(id.find()).isTrue();
            ids.add(Long.parseLong(id.group(1)));
        }
        long uploadMillis = (System.nanoTime() - t0) / 1_000_000;
        pool.shutdown();
        long afterUploads = heapUsedAfterGc();
        figures.add(String.format("%d concurrent uploads of 20 MB: all 201 in %d ms; heap after GC.run %.1f MB "
                + "(growth %+.1f MB); node RSS %d MB", n, uploadMillis, afterUploads / (double) MB,
                (afterUploads - before) / (double) MB, node.rssKb() / 1024));

        // every one comes back with its hash; the first one byte for byte
        for (int i = 0; i < n; i++) {
            HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(node.baseUri() + "/api/documents/"
                    + ids.get(i) + "/content")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            try (InputStream back = r.body(); InputStream expected = pdf(size, i)) {
                if (i == 0) {
                    assertThat(sameBytes(back, expected)).as("download 0, byte for byte").isTrue();
                } else {
                    assertThat(sha256(back)).as("download " + i).isEqualTo(sha256(expected));
                }
            }
        }
        long afterDownloads = heapUsedAfterGc();
        figures.add(String.format("%d downloads of 20 MB: identical; heap after GC.run %.1f MB (growth %+.1f MB)", n,
                afterDownloads / (double) MB, (afterDownloads - before) / (double) MB));
        assertThat(afterUploads - before).as("heap growth after ten 20 MB uploads").isLessThan(GROWTH_BOUND);
        assertThat(db.count("select count(*) from grantflow.document")).isEqualTo(n);
        assertThat(db.count("select count(*) from grantflow.document_chunk")).isEqualTo(n * 40L);

        Files.write(Path.of("target", "documents-upload-it.txt"), figures);
        figures.forEach(System.out::println);
    }

    /** What a raw upload got: the status, the answer's first bytes, how much the client sent and how long it took. */
    record Attempt(int status, String body, long sent, long millis) {
    }

    private Attempt rawUpload(String token, String owner, long fileSize, boolean chunked, long pauseAt) throws Exception {
        return rawUpload(token, owner, fileSize, chunked, pauseAt, () -> { });
    }

    /**
     * Sends a multipart upload of a {@code fileSize} PDF over a socket, with Content-Length or chunked, while reading
     * the answer; with {@code pauseAt} >= 0 stops sending after that many bytes of the file and runs {@code paused}
     * (the connection kept open), then goes on. The server may close the connection while the client still sends.
     */
    private Attempt rawUpload(String token, String owner, long fileSize, boolean chunked, long pauseAt, Runnable paused)
            throws Exception {
        byte[] head = partsHead(owner, "huge.pdf");
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + fileSize + tail.length;
        long t0 = System.nanoTime();
        long[] sent = new long[1];
        try (Socket socket = new Socket("127.0.0.1", node.port())) {
            OutputStream out = socket.getOutputStream();
            String request = "POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1:" + node.port() + "\r\n"
                    + "Authorization: Bearer " + token + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n") + "\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread sender = new Thread(() -> {
                try (InputStream body = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head),
                        pdf(fileSize, 99)), new ByteArrayInputStream(tail))) {
                    byte[] buffer = new byte[64 * 1024];
                    boolean pausedOnce = pauseAt < 0;
                    for (int r = body.read(buffer); r > 0; r = body.read(buffer)) {
                        if (chunked) {
                            out.write((Integer.toHexString(r) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        }
                        out.write(buffer, 0, r);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent[0] += r;
                        if (!pausedOnce && sent[0] >= pauseAt + head.length) {
                            out.flush();
                            pausedOnce = true;
                            paused.run();
                        }
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closed) {
                    // the server answered and closed the connection: the rest is not read
                }
            });
            sender.start();
            socket.setSoTimeout(600_000); // only stops a hang
            String text = answer(socket.getInputStream());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            socket.shutdownOutput();
            sender.join();
            int status = Integer.parseInt(text.substring(9, 12));
            return new Attempt(status, text, sent[0], millis);
        }
    }

    /** The answer's status line, headers and body (by its Content-Length), read as soon as it comes. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head.toString();
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        int n = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static HttpRequest multipart(String token, String owner, String name, long size, long seed) {
        byte[] head = partsHead(owner, name);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return HttpRequest.newBuilder(URI.create(node.baseUri() + "/api/documents"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(head), pdf(size, seed)),
                                new ByteArrayInputStream(tail))), head.length + size + tail.length))
                .build();
    }

    private static byte[] partsHead(String owner, String fileName) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"owner\"\r\n\r\n" + owner + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A PDF of {@code size} bytes made as it is read: the signature, then bytes of seeded generators, one per block of
     * 64 KB, so that the bytes do not depend on how the stream is read.
     */
    static InputStream pdf(long size, long seed) {
        byte[] signature = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        int blockSize = 64 * 1024;
        return new InputStream() {
            private long position;
            private long blockIndex = -1;
            private final byte[] block = new byte[blockSize];

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                long index = position / blockSize;
                if (index != blockIndex) {
                    new Random(seed * 1_000_003L + index).nextBytes(block);
                    if (index == 0) {
                        System.arraycopy(signature, 0, block, 0, signature.length);
                    }
                    blockIndex = index;
                }
                int inBlock = (int) (position % blockSize);
                int n = (int) Math.min(Math.min(len, blockSize - inBlock), size - position);
                System.arraycopy(block, inBlock, b, off, n);
                position += n;
                return n;
            }
        };
    }

    /** Whether two streams have the same bytes, compared buffer by buffer. */
    static boolean sameBytes(InputStream a, InputStream b) throws IOException {
        byte[] x = new byte[64 * 1024];
        byte[] y = new byte[64 * 1024];
        while (true) {
            int n = a.readNBytes(x, 0, x.length);
            int m = b.readNBytes(y, 0, y.length);
            if (n != m || !java.util.Arrays.equals(x, 0, n, y, 0, m)) {
                return false;
            }
            if (n == 0) {
                return true;
            }
        }
    }

    static String sha256(InputStream in) {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int r = in.read(buffer); r > 0; r = in.read(buffer)) {
                digest.update(buffer, 0, r);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node's heap in use (bytes) right after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    private static long heapUsedAfterGc() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long used = 0;
        for (String line : info.lines().toList()) {
            if (line.trim().startsWith("Metaspace")) {
                break;
            }
            Matcher m = USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(1)) * 1024;
            }
        }
        assertThat(used).as("heap used, from: " + info).isPositive();
        return used;
    }

    private static String gcName() {
        String info = jcmd("GC.heap_info");
        return info.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.matches("\\d+:")).findFirst().orElse("?")
                .replaceAll("\\s+total.*", "");
    }

    private static String jcmd(String command) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(node.pid()), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
