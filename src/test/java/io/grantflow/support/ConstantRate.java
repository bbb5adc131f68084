package io.grantflow.support;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Requests at a constant arrival rate: request {@code i} is sent at its scheduled instant whatever
 * the earlier ones are doing, and its latency is measured from that instant, so a slow server
 * cannot slow the arrivals (no coordinated omission).
 */
public final class ConstantRate {

    private ConstantRate() {
    }

    /**
     * One request: status (-1: no answer), latency from its scheduled instant, the instants, the body,
     * and its number {@code i} (the argument the request was built from).
     */
    public record Sample(int status, double millis, long intendedNanos, long endNanos, String body, int index) {
    }

    /** Sends {@code rate × seconds} requests, request {@code i} at {@code i / rate} seconds, and waits for all. */
    public static List<Sample> run(int rate, int seconds, IntFunction<HttpRequest> request) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        long start = System.nanoTime() + 100_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + (long) (i * 1e9 / rate);
            int index = i;
            HttpRequest r = request.apply(i);
            clock.schedule(() -> pending.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofString())
                    .handle((response, e) -> {
                        long end = System.nanoTime();
                        samples.add(new Sample(e == null ? response.statusCode() : -1, (end - intended) / 1e6, intended,
                                end, e == null ? response.body() : String.valueOf(e), index));
                        return null;
                    })), intended - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        // bounds against a hang only: a loaded machine may answer minutes late, the latencies say how late
        clock.awaitTermination(seconds + 600L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(15, TimeUnit.MINUTES);
        return new ArrayList<>(samples);
    }

    /** The latency at percentile {@code p} (0–1] in ms. */
    public static double percentile(List<Sample> samples, double p) {
        List<Double> ms = samples.stream().map(Sample::millis).sorted().toList();
        return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(p * ms.size()) - 1));
    }

    /** Answers with {@code okStatus} per second, from the first scheduled instant to the last answer. */
    public static double sustained(List<Sample> samples, int okStatus) {
        long first = samples.stream().mapToLong(Sample::intendedNanos).min().orElse(0);
        long last = samples.stream().mapToLong(Sample::endNanos).max().orElse(1);
        return samples.stream().filter(x -> x.status() == okStatus).count() / ((last - first) / 1e9);
    }

    /** "n requests, e errors, p50 …, p99 …" where an error is any status but {@code okStatus}. */
    public static String summary(List<Sample> samples, int okStatus) {
        return String.format("%d requests, %d errors, p50 %.1f ms, p99 %.1f ms", samples.size(),
                samples.stream().filter(r -> r.status() != okStatus).count(), percentile(samples, 0.50),
                percentile(samples, 0.99));
    }
}
