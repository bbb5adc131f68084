package io.grantflow.webhooks.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signatures of the Standard Webhooks specification: the secret is {@code whsec_} and the base64 of 32
 * random bytes; a message is signed as {@code v1,} and the base64 of HMAC-SHA256, keyed with those bytes,
 * of {@code webhook-id + "." + webhook-timestamp + "." + body}.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    public static final String MESSAGE_PREFIX = "msg_";
    static final int SECRET_BYTES = 32;

    private WebhookSignature() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** A message id, the same on every attempt of one delivery. */
    public static String newMessageId(SecureRandom random) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        return MESSAGE_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /** The value of the {@code webhook-signature} header. */
    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }
}
