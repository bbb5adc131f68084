package io.grantflow.cascade.web;

import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.api.OpenCallFilter;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.TargetRegion;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.geo.Countries;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The public open-call pages: {@code /open-calls} (every open call of every grant, filtered and paginated,
 * each filter in the query string), {@code /open-calls/{id}} (rules, eligibility checklist, amount, deadline,
 * "Apply"; the apply form itself is {@link ApplyPages}). They read through {@link OpenCallService}, as
 * {@code GET /api/open-calls} does.
 */
@Path("/open-calls")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class OpenCallPages {

    /** Open calls per page of the list. */
    static final int PAGE_SIZE = 10;

    @Inject
    OpenCallService openCalls;

    @Inject
    Pages pages;

    @Inject
    @Location("cascade/open-calls.html")
    Template list;

    @Inject
    @Location("cascade/open-call.html")
    Template detail;

    @GET
    public TemplateInstance list(@QueryParam("text") String text, @QueryParam("country") String country,
                                 @QueryParam("sector") String sector, @QueryParam("typeOfSupport") String typeOfSupport,
                                 @QueryParam("instrument") String instrument,
                                 @QueryParam("closingBefore") String closingBefore,
                                 @QueryParam("targetMarket") String targetMarket, @QueryParam("page") String page) {
        Violations v = new Violations();
        OpenCallFilters asked = new OpenCallFilters(text, country, sector, typeOfSupport, instrument, closingBefore,
                targetMarket);
        OpenCallFilter c = asked.read(v);
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        Page<OpenCallView> found = openCalls.list(c, request);
        OpenCallFilters shown = OpenCallFilters.of(c, closingBefore);
        Locale locale = pages.site().locale();
        return pages.render(this.list.data("listing", new OpenCallListing(found.items(), shown, countries(locale),
                List.of(Ecosystem.values()), List.of(TypeOfSupport.values()), List.of(Instrument.values()),
                List.of(TargetRegion.values()), marketCountries(locale), Paging.of(found, "/open-calls", shown.query()), !v.isEmpty())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance openCall(@PathParam("id") String id) {
        return pages.render(detail.data("page", OpenCallPage.of(openCalls.get(id(id)))));
    }

    /** A page address with something else than an id has no page: 404, like an unknown id. */
    private static Long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("open call", id);
        }
    }

    /** The third countries one may find target markets by: those of the regions, ordered by their names. */
    private static List<String> marketCountries(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return java.util.Arrays.stream(TargetRegion.values()).flatMap(r -> r.countries().stream()).distinct()
                .sorted(Comparator.comparing((String code) -> Formats.countryName(code, locale), order)).toList();
    }

    /** The countries one may filter by, ordered by their names in the page's language. */
    private static List<String> countries(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Countries.euAndSmpAssociated().stream()
                .sorted(Comparator.comparing((String code) -> Formats.countryName(code, locale), order)).toList();
    }
}
