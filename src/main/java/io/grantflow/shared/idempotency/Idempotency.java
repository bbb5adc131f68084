package io.grantflow.shared.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for money-moving commands. Inside the command's transaction the key is
 * claimed first (a unique row; a concurrent request with the same key waits on it). The first
 * request runs and stores its response in that row; later ones with the same key and body get the
 * stored response (also after a restart); the same key with another body is a 422. A command that
 * fails rolls back with its key, so it may be retried with the same key.
 *
 * <p>A key is kept for {@link IdempotencyConfig#retention()} (7 days by default); older, it is
 * unknown (the request runs as a new one) and {@link IdempotencyPurge} deletes it. What keeps money
 * single beyond the retention is the {@linkplain #requestReference request reference}: a name of
 * the request (its key, scope and body) that each money-moving command gives what it creates (the
 * ledger account of a commitment or an open call, a payment order, an application) and looks up
 * first, so that a resend after expiry finds the first result instead of moving money again.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    /** The response of a command: its status and JSON body, and whether it is a replay. */
    public record Result(int status, String body, boolean replayed) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public Result once(String key, String scope, Object request, int status, Supplier<Object> command) {
        return once(key, scope, request, status, reference -> command.get());
    }

    /**
     * Runs {@code command} once per key and body within the retention; the command receives the
     * request reference (64 hex characters) to name what it creates and to find it on a resend.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Result once(String key, String scope, Object request, int status, Function<String, Object> command) {
        check(key);
        String hash = fingerprint(json, request);
        Timestamp now = Timestamp.from(clock.instant());
        // a new key is claimed; an expired one is claimed anew (it is unknown); a live one is not
        int claimed = em.createNativeQuery("insert into grantflow.idempotency_key as k (idempotency_key, scope, "
                        + "request_hash, created_at) values (?1, ?2, ?3, ?4) on conflict (idempotency_key, scope) do update "
                        + "set request_hash = excluded.request_hash, response_status = null, response_body = null, "
                        + "created_at = excluded.created_at where k.created_at < ?5")
                .setParameter(1, key).setParameter(2, scope).setParameter(3, hash).setParameter(4, now)
                .setParameter(5, Timestamp.from(clock.instant().minus(config.retention())))
                .executeUpdate();
        if (claimed == 0) {
            Object[] row = (Object[]) em.createNativeQuery("select request_hash, response_status, response_body from "
                            + "grantflow.idempotency_key where idempotency_key = ?1 and scope = ?2")
                    .setParameter(1, key).setParameter(2, scope).getSingleResult();
            if (!hash.equals(row[0])) {
                throw DomainException.ruleBroken("idempotency_key_mismatch", "this Idempotency-Key was used with another "
                        + "request", List.of(new Violation(HEADER, "idempotency_key_mismatch",
                        "send a new key for a different request")));
            }
            return new Result(((Number) row[1]).intValue(), (String) row[2], true);
        }
        String body = write(command.apply(requestReference(key, scope, hash)));
        em.createNativeQuery("update grantflow.idempotency_key set response_status = ?1, response_body = ?2 "
                        + "where idempotency_key = ?3 and scope = ?4")
                .setParameter(1, status).setParameter(2, body).setParameter(3, key).setParameter(4, scope)
                .executeUpdate();
        return new Result(status, body, false);
    }

    /**
     * The request's fingerprint: the SHA-256 of its JSON with every map's entries sorted by key, so the
     * same body gives the same fingerprint in every JVM ({@code Map.of} iterates in an order chosen
     * at each start: a retry after a restart must still match).
     */
    static String fingerprint(ObjectMapper json, Object request) {
        try {
            return sha256(json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The durable name of a request: the same key, scope and body give the same reference, for ever. */
    static String requestReference(String key, String scope, String requestHash) {
        return sha256(scope + "\n" + key + "\n" + requestHash);
    }

    private static void check(String key) {
        if (key == null || key.isBlank()) {
            throw DomainException.malformed("idempotency_key_required", "money-moving requests need an Idempotency-Key "
                    + "header", List.of(new Violation(HEADER, "required", "send a unique key, e.g. a UUID")));
        }
        if (key.length() > 200 || !key.matches("[\\x21-\\x7E]+")) {
            throw DomainException.malformed("invalid_idempotency_key", "invalid Idempotency-Key",
                    List.of(new Violation(HEADER, "invalid_idempotency_key",
                            "at most 200 visible ASCII characters, no spaces")));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
