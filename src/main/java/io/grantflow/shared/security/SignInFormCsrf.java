package io.grantflow.shared.security;

import io.quarkus.csrf.reactive.runtime.CsrfTokenUtils;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The CSRF check of the sign-in form. The form posts to Quarkus's form authentication
 * ({@code quarkus.http.auth.form.post-location}), which is not a REST resource, so the
 * {@code quarkus-rest-csrf} filter that guards every other form never sees it. The same double-submit
 * rule is applied here, with the same names and key: the form's hidden {@code csrf-token} field must match
 * the {@code csrf-token} cookie that the filter set when it served the sign-in page. Without it a
 * forged form on another site could sign a person in as someone else (login CSRF).
 * Basic credentials on the API are not a form and are not checked.
 */
@ApplicationScoped
public class SignInFormCsrf {

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
    String fieldName;

    @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
    String cookieName;

    @ConfigProperty(name = "quarkus.rest-csrf.token-signature-key")
    Optional<String> signatureKey;

    /** False for a sign-in form post whose token is missing or does not match its cookie; true otherwise. */
    public boolean passes(AuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().method() != HttpMethod.POST
                || !routing.normalizedPath().endsWith(postLocation)) {
            return true;
        }
        String token = routing.request().getFormAttribute(fieldName);
        Cookie cookie = routing.request().getCookie(cookieName);
        if (token == null || token.isEmpty() || cookie == null) {
            return false;
        }
        String expected;
        try {
            expected = signatureKey.isPresent() ? CsrfTokenUtils.signCsrfToken(token, signatureKey.get()) : token;
        } catch (RuntimeException e) { // not Base64: not a token the filter made
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                cookie.getValue().getBytes(StandardCharsets.UTF_8));
    }
}
