package io.grantflow.webhooks;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/** A real HTTP server on 127.0.0.1 that an integrator would run: it records every request and answers as told. */
final class Receiver implements AutoCloseable {

    /** One request as received: the webhook headers and the body's exact text. */
    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    /** {@code status} gives the status of the n-th request (from 1). */
    Receiver(IntUnaryOperator status) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var h = exchange.getRequestHeaders();
            received.add(new Received(h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"),
                    h.getFirst("webhook-signature"), h.getFirst("content-type"), body));
            exchange.sendResponseHeaders(status.applyAsInt(count.incrementAndGet()), -1);
            exchange.close();
        });
        server.start();
    }

    static Receiver answering(int status) {
        return new Receiver(n -> status);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body names the reference (e.g. {@code application:12}). */
    List<Received> about(String reference) {
        return received.stream().filter(r -> r.body().contains("\"" + reference + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static Map<String, Object> registration(String url, List<String> events, Long organisation) {
        return organisation == null ? Map.of("url", url, "events", events)
                : Map.of("url", url, "events", events, "organisation", organisation);
    }
}
