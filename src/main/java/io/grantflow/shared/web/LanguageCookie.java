package io.grantflow.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A language chosen with {@code ?lang=} on a page is remembered in the {@code lang} cookie for the next pages. */
public class LanguageCookie {

    /** A year. */
    static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!PagePaths.isPage(request.getUriInfo().getPath())) {
            return;
        }
        Languages.supported(request.getUriInfo().getQueryParameters().getFirst(Languages.PARAMETER))
                .ifPresent(l -> response.getHeaders().add(HttpHeaders.SET_COOKIE, Languages.PARAMETER + "="
                        + l.getLanguage() + "; Path=/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Lax"));
    }
}
