package io.grantflow.shared.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What page resources share: {@link #render} gives a template the page's {@link Site} (language from
 * {@code ?lang=}, the {@code lang} cookie or {@code Accept-Language}) and renders it in that language.
 * Each feature's page resources ({@code <feature>/web/}) call their application services and hand the
 * views to a template through this.
 */
@ApplicationScoped
public class Pages {

    @Inject
    CurrentVertxRequest current;

    @Inject
    Clock clock;

    @Inject
    CurrentIdentityAssociation identities;

    /**
     * A rendered page answered with {@code status} (a refused form: 409, 422…), as the problem mappers choose it for
     * the API; HTML in UTF-8.
     */
    public static jakarta.ws.rs.core.Response respond(int status, TemplateInstance page) {
        return jakarta.ws.rs.core.Response.status(status).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE
                .withCharset("UTF-8")).entity(page.render()).build();
    }

    /** The template with the page's {@code site} data, in the page's language. */
    public TemplateInstance render(TemplateInstance template) {
        Site site = site();
        return template.data("site", site).setLocale(site.locale());
    }

    /** The current request's page context. */
    public Site site() {
        return site(current.getCurrent().request(), signedInAs());
    }

    /** The page context of a request outside a resource (a route's failure handler), {@code signedInAs} may be null. */
    public Site site(HttpServerRequest request, String signedInAs) {
        Cookie cookie = request.getCookie(Languages.PARAMETER);
        Locale locale = Languages.resolve(request.getParam(Languages.PARAMETER), cookie == null ? null : cookie.getValue(),
                request.getHeader("Accept-Language"));
        return new Site(locale, request.path(), choices(request, locale), clock.instant(), signedInAs);
    }

    /** The handle of the person signed in to the pages, or null (nobody, or a session that no longer holds). */
    private String signedInAs() {
        try {
            SecurityIdentity identity = identities.getIdentity();
            return identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The language in which a request is answered (also for error pages). */
    public Locale locale() {
        return current.getCurrent() == null ? Languages.DEFAULT : site().locale();
    }

    /** The same path and query in each language: {@code ?lang=} replaced, the other parameters kept. */
    private static List<LanguageChoice> choices(HttpServerRequest request, Locale current) {
        List<LanguageChoice> out = new ArrayList<>();
        for (Locale l : Languages.SUPPORTED) {
            StringBuilder href = new StringBuilder(request.path()).append("?");
            for (Map.Entry<String, String> p : request.params()) {
                if (!p.getKey().equals(Languages.PARAMETER)) {
                    href.append(encode(p.getKey())).append('=').append(encode(p.getValue())).append('&');
                }
            }
            href.append(Languages.PARAMETER).append('=').append(l.getLanguage());
            String name = l.getDisplayLanguage(l);
            out.add(new LanguageChoice(l.getLanguage(), name.substring(0, 1).toUpperCase(l) + name.substring(1),
                    href.toString(), l.getLanguage().equals(current.getLanguage())));
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
