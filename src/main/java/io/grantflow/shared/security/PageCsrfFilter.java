package io.grantflow.shared.security;

import io.grantflow.shared.web.PagePaths;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.Set;

/**
 * Every form of the pages is protected against cross-site request forgery: a POST (PUT, PATCH, DELETE) to a
 * page must carry the token of its {@code csrf-token} cookie, in the form field of that name or in the
 * {@code X-CSRF-TOKEN} header, or it is refused with 400 before the page sees it ("this form has expired", a page in
 * the visitor's language: nothing was saved). The API ({@code /api}, which a
 * page's session never authenticates) and Quarkus's own paths ({@code /q}) are not pages and are not checked,
 * so API requests answer exactly as before whatever their media type. (quarkus-rest-csrf's filter applies to
 * every REST request, and refused the API's body-less POSTs that clients send as forms; hence this filter.)
 */
public class PageCsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @jakarta.inject.Inject
    io.grantflow.shared.web.ErrorPages errors;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE.contains(request.getMethod()) || !PagePaths.isPage(routing.normalizedPath())) {
            return null;
        }
        String sent = request.getHeaderString(CsrfTokens.HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.NAME, true, false);
            sent = field instanceof String s ? s : null;
        }
        return CsrfTokens.matches(routing, sent) ? null : errors.formExpired();
    }
}
