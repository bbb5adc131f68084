package io.grantflow.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.json.JsonUtil;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bearer tokens signed with the test key (src/test/resources/test-jwt), as an identity provider would issue them. */
public final class Tokens {

    public static final String ISSUER = "https://grantflow.test";

    private Tokens() {
    }

    public static String token(String user, String... roles) {
        return Jwt.issuer(ISSUER)
                .upn(user)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30))
                .sign();
    }

    public static String officer() {
        return token("officer.test", "officer");
    }

    public static String applicant() {
        return token("coordinator.test", "applicant");
    }

    /**
     * The claims of a well-formed token for {@code user} (issuer, upn, groups, iat, exp 30 minutes on),
     * to change or remove before {@link #signed(Map)}.
     */
    public static Map<String, Object> claims(String user, String... roles) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("upn", user);
        claims.put("groups", List.of(roles));
        claims.put("iat", now);
        claims.put("exp", now + Duration.ofMinutes(30).toSeconds());
        return claims;
    }

    /** A token with exactly these claims (no defaults added), signed RS256 with the test key. */
    public static String signed(Map<String, Object> claims) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(JsonUtil.toJson(claims));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            jws.setKey(KeyUtils.readPrivateKey("test-jwt/privateKey.pem"));
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the test token", e);
        }
    }
}
