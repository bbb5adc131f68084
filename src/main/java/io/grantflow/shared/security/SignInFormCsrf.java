package io.grantflow.shared.security;

import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;


/**
 * The CSRF check of the sign-in form. The form posts to Quarkus's form authentication
 * ({@code quarkus.http.auth.form.post-location}), which is not a REST resource, so the
 * {@link PageCsrfFilter} that guards every other form never sees it. The same double-submit rule is
 * applied here ({@link CsrfTokens}): the form's hidden {@code csrf-token} field must match the
 * {@code csrf-token} cookie that was set when the sign-in page was rendered. Without it a
 * forged form on another site could sign a person in as someone else (login CSRF).
 * Basic credentials on the API are not a form and are not checked.
 */
@ApplicationScoped
public class SignInFormCsrf {

    @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
    String postLocation;

    /** False for a sign-in form post whose token is missing or does not match its cookie; true otherwise. */
    public boolean passes(AuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().method() != HttpMethod.POST
                || !routing.normalizedPath().endsWith(postLocation)) {
            return true;
        }
        return CsrfTokens.matches(routing, routing.request().getFormAttribute(CsrfTokens.NAME));
    }
}
