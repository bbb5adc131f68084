package io.grantflow.shared.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The CSRF tokens of the pages' forms (double-submit cookie). A template that shows a form asks for the token
 * ({@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}); the
 * {@code csrf-token} cookie is set the first time, only by a page that renders a form, so API answers never
 * carry it. {@link PageCsrfFilter} refuses an unsafe request to a page whose token does not match the cookie;
 * {@link SignInFormCsrf} does the same for the sign-in form's post to Quarkus's form authentication.
 */
@ApplicationScoped
@Named("csrf")
public class CsrfTokens {

    public static final String NAME = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    private static final int BYTES = 16;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final String ATTRIBUTE = CsrfTokens.class.getName();

    private final SecureRandom random = new SecureRandom();

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "grantflow.web.secure-cookies", defaultValue = "true")
    boolean secureCookies;

    /** The name of the form field that carries the token. */
    public String getParameterName() {
        return NAME;
    }

    /** The name of the request header that may carry the token instead (scripts). */
    public String getHeaderName() {
        return HEADER;
    }

    /** This request's token: the cookie's, or a new one that this response sets as the cookie. */
    public String getToken() {
        String token = routing.get(ATTRIBUTE);
        if (token != null) {
            return token;
        }
        token = cookie(routing);
        if (token == null) {
            byte[] bytes = new byte[BYTES];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            routing.response().addCookie(Cookie.cookie(NAME, token).setPath("/").setHttpOnly(true)
                    .setSecure(secureCookies).setSameSite(CookieSameSite.LAX));
        }
        routing.put(ATTRIBUTE, token);
        return token;
    }

    /** Whether a token sent with a request is the one of its cookie (compared in constant time). */
    public static boolean matches(RoutingContext routing, String sent) {
        String expected = cookie(routing);
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(NAME);
        return cookie != null && WELL_FORMED.matcher(cookie.getValue()).matches() ? cookie.getValue() : null;
    }
}
