package io.grantflow.users.web;

import io.grantflow.shared.web.ErrorPages;
import io.grantflow.shared.web.PagePaths;
import io.grantflow.shared.web.Pages;
import io.quarkus.oidc.OIDCException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * A page that needs a signed-in person, asked while the identity provider does not answer: the sign-in cannot
 * start, and the visitor gets the "try again in a moment" page (503 with {@code Retry-After}) in their language
 * instead of a 500. The API and the public pages do not need the provider and keep answering (docs/web-signin.md).
 */
@ApplicationScoped
public class SignInUnavailable {

    private static final Logger LOG = Logger.getLogger(SignInUnavailable.class);

    /** Seconds a visitor is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    ErrorPages errors;

    @Inject
    Pages pages;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!providerUnavailable(context.failure()) || !PagePaths.isPage(context.normalizedPath())
                || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.warnf("Sign-in for %s could not start: the identity provider does not answer (%s)",
                context.normalizedPath(), context.failure().getMessage());
        context.response().setStatusCode(503).putHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .putHeader("Content-Type", "text/html;charset=UTF-8")
                .end(errors.html(503, pages.site(context.request(), null)));
    }

    /** Whether the failure, or one of its causes, is the OpenID Connect provider not answering. */
    static boolean providerUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }
}
