package io.grantflow.ranking.web;

import io.grantflow.calls.api.CallView;
import io.grantflow.calls.application.CallService;
import io.grantflow.ranking.api.CutoffBudgetView;
import io.grantflow.ranking.api.RankingView;
import io.grantflow.ranking.application.RankingQueries;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The officer's ranking page: one batch's ranking explained (the rules, every position with
 * its scores, running total and reasons, the budget line between the main and the reserve list), computed again until
 * the award; the award itself is {@code grants/web/AwardDeskPages}. The same services as
 * {@code /api/calls/{identifier}/ranking}: {@link RankingService}, {@link RankingQueries}.
 */
@Path("/desk/calls/{identifier}/ranking")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class RankingDeskPages {

    private static final int PAGE_SIZE = 50;

    @Inject
    CallService calls;

    @Inject
    RankingService ranking;

    @Inject
    RankingQueries rankings;

    @Inject
    io.grantflow.ranking.application.CutoffCarryOvers carryOvers;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("ranking/ranking.html")
    Template rankingPage;

    /** The batch's ranking, or that it has not been computed (with the button that computes it). */
    @GET
    @Operation(hidden = true)
    public Response ranking(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff,
                            @QueryParam("page") String page, @QueryParam("done") String done,
                            @QueryParam("refused") String refused) {
        CallView call = calls.get(identifier, true);
        int batch = batch(call, cutoff);
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        RankingView view = null;
        try {
            view = rankings.get(identifier, batch, v.isEmpty() ? request : PageRequest.first(PAGE_SIZE));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND || !e.getMessage().contains("ranking")) {
                throw e;
            }
        }
        return Pages.respond(200, page(call, batch, view, done, refused == null || refused.isBlank() ? null
                : refused.replaceAll("[^a-z_]", "")));
    }

    /** Computes (or computes again) the batch's ranking; refused: the page with why. */
    @POST
    @Operation(hidden = true)
    public Response rank(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff) {
        CallView call = calls.get(identifier, true);
        int batch = batch(call, cutoff);
        try {
            ranking.rank(identifier, batch, user(), PageRequest.first(1));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            RankingView view = null;
            try {
                view = rankings.get(identifier, batch, PageRequest.first(PAGE_SIZE));
            } catch (DomainException none) {
                // not ranked yet: the page says so, with the refusal
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(call, batch, view, null, e.code()));
        }
        return Response.seeOther(URI.create("/desk/calls/" + identifier + "/ranking?cutoff=" + batch + "&done=ranked"))
                .build();
    }

    /** Carries the decided cut-off's unused budget to the next cut-off; refused: the page with why. */
    @POST
    @Path("carry-over")
    @Operation(hidden = true)
    public Response carryOver(@PathParam("identifier") String identifier, @QueryParam("cutoff") String cutoff) {
        CallView call = calls.get(identifier, true);
        int batch = batch(call, cutoff);
        try {
            carryOvers.carryOver(identifier, batch, user());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            RankingView view = null;
            try {
                view = rankings.get(identifier, batch, PageRequest.first(PAGE_SIZE));
            } catch (DomainException none) {
                // not ranked yet: the page says so, with the refusal
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(), page(call, batch, view, null,
                    e.violations().isEmpty() ? e.code() : e.violations().get(0).code()));
        }
        return Response.seeOther(URI.create("/desk/calls/" + identifier + "/ranking?cutoff=" + batch + "&done=carried"))
                .build();
    }

    private TemplateInstance page(CallView call, int batch, RankingView view, String done, String refused) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("cutoff", String.valueOf(batch));
        java.util.Locale locale = pages.site().locale();
        RankingDeskMessages texts = io.grantflow.shared.web.Bundles.in(RankingDeskMessages.class, locale);
        String rules = view == null ? null : texts.rulesLine(String.join(", ", view.criteria().stream()
                        .map(c -> texts.criterion(c.name(), Formats.number(c.weight(), locale),
                                Formats.number(c.threshold(), locale))).toList()),
                view.overallThreshold() == null ? "–" : Formats.number(view.overallThreshold(), locale),
                String.join(", ", view.tieBreak()));
        Map<io.grantflow.ranking.domain.RankingOutcome, Long> counts = view == null ? Map.of() : view.counts();
        long main = counts.getOrDefault(io.grantflow.ranking.domain.RankingOutcome.MAIN_LIST, 0L);
        List<CutoffBudgetView.Cutoff> cutoffs = carryOvers.cutoffs(call.identifier()).cutoffs();
        CutoffBudgetView.Cutoff cutoff = batch < cutoffs.size() ? cutoffs.get(batch) : null;
        boolean carriable = cutoff != null && cutoff.decided() && cutoff.carryOver() == null
                && batch + 1 < cutoffs.size() && !cutoffs.get(batch + 1).decided() && cutoff.available().isPositive();
        return pages.render(rankingPage.data("call", call).data("batch", batch).data("ranking", view)
                .data("cutoff", cutoff).data("carriable", carriable)
                .data("main", main).data("rules", rules)
                .data("reserve", counts.getOrDefault(io.grantflow.ranking.domain.RankingOutcome.RESERVE_LIST, 0L))
                .data("rejected", counts.getOrDefault(io.grantflow.ranking.domain.RankingOutcome.REJECTED, 0L))
                .data("awardable", view != null && view.awardedAt() == null && "FUNDING".equals(view.mode()) && main > 0)
                .data("paging", view == null ? null
                        : Paging.of(view.entries(), "/desk/calls/" + call.identifier() + "/ranking", query))
                .data("done", done).data("refused", refused).data("awardKey", UUID.randomUUID().toString()));
    }

    /** The batch asked for (by deadline index), the only one of a call with one deadline; out of range: 404. */
    private static int batch(CallView call, String cutoff) {
        if (cutoff == null || cutoff.isBlank()) {
            return 0;
        }
        try {
            int i = Integer.parseInt(cutoff.strip());
            if (i >= 0 && i < call.deadlines().size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // not an index: below
        }
        throw DomainException.notFound("cut-off of call " + call.identifier(), cutoff);
    }


    private String user() {
        return identity.getPrincipal().getName();
    }
}
