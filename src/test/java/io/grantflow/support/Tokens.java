package io.grantflow.support;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
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
}
