package io.grantflow.evaluation.web;

import io.grantflow.calls.api.CallView;
import io.grantflow.calls.application.CallService;
import io.grantflow.evaluation.api.AssignmentRun;
import io.grantflow.evaluation.api.ExpertRequest;
import io.grantflow.evaluation.api.ExpertView;
import io.grantflow.evaluation.application.AssignmentOverview;
import io.grantflow.evaluation.application.Assignments;
import io.grantflow.evaluation.application.ExpertPool;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.FormReader;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The officer's experts of a published call: the pool (ticked among the registered experts), registering an expert,
 * assigning the eligible proposals, and who evaluates what with the conflicts of interest in sight. The same
 * services as {@code /api/experts}, {@code /api/calls/{identifier}/experts} and {@code …/assignments}:
 * {@link ExpertPool}, {@link Assignments}, {@link AssignmentOverview}.
 */
@Path("/desk/calls/{identifier}/experts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class ExpertDeskPages {

    /** The newest registered experts shown to be ticked into the pool (those already in it are all shown). */
    static final int EXPERTS_SHOWN = 100;
    private static final int PROPOSALS_PER_PAGE = 20;

    /** The expert being registered, as typed. */
    public record ExpertForm(String username, String name, String nationality, String organisation, String expertise) {
        static final ExpertForm BLANK = new ExpertForm("", "", "", "", "");
    }

    /** What the last act did: {@code pool}, {@code registered} or {@code assigned} (with its counts). */
    public record Done(String act, int created, int started, int shortfalls) {
    }

    @Inject
    CallService calls;

    @Inject
    ExpertPool pool;

    @Inject
    Assignments assignments;

    @Inject
    AssignmentOverview overview;

    @Inject
    Pages pages;

    @Inject
    @Location("evaluation/experts.html")
    Template page;

    @GET
    @Operation(hidden = true)
    public Response show(@PathParam("identifier") String identifier, @QueryParam("page") String pageNumber,
                         @QueryParam("done") String done, @QueryParam("created") String created,
                         @QueryParam("started") String started, @QueryParam("short") String shortfalls) {
        Done last = done == null || !done.matches("pool|registered|assigned") ? null
                : new Done(done, count(created), count(started), count(shortfalls));
        return Pages.respond(200, render(identifier, pageNumber, last, ExpertForm.BLANK, List.of(), null));
    }

    /** Of the experts the page showed, the ticked ones are in the pool; members it did not show stay. */
    @POST
    @Path("pool")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPool(@PathParam("identifier") String identifier, @FormParam("shown") List<String> shown,
                            @FormParam("expert") List<String> ticked) {
        publishedCall(identifier);
        List<Violation> unread = new java.util.ArrayList<>();
        List<Long> shownIds = ids(shown, "shown", unread);
        List<Long> tickedIds = ids(ticked, "expert", unread);
        if (!unread.isEmpty()) {
            return Pages.respond(422, render(identifier, null, null, ExpertForm.BLANK, unread, "invalid_pool"));
        }
        try {
            pool.changePool(identifier, shownIds, tickedIds);
        } catch (DomainException e) {
            return refused(identifier, e, ExpertForm.BLANK);
        }
        return Response.seeOther(URI.create("/desk/calls/" + identifier + "/experts?done=pool")).build();
    }

    @POST
    @Path("register")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@PathParam("identifier") String identifier, @FormParam("username") String username,
                             @FormParam("name") String name, @FormParam("nationality") String nationality,
                             @FormParam("organisation") String organisation, @FormParam("expertise") String expertise) {
        ExpertForm form = new ExpertForm(username, name, nationality, organisation, expertise);
        publishedCall(identifier);
        List<Violation> unread = new java.util.ArrayList<>();
        Integer org = new FormReader(pages.site().locale(), unread).integer(organisation, "organisation");
        if (!unread.isEmpty()) {
            return Pages.respond(422, render(identifier, null, null, form, unread, "invalid_expert"));
        }
        try {
            pool.register(new ExpertRequest(username, name, nationality == null ? null
                    : nationality.strip().toUpperCase(Locale.ROOT), org == null ? null : org.longValue(),
                    FormReader.list(expertise, true)));
        } catch (DomainException e) {
            return refused(identifier, e, form);
        }
        return Response.seeOther(URI.create("/desk/calls/" + identifier + "/experts?done=registered")).build();
    }

    /** Assigns the eligible proposals (of one cut-off's batch when asked); running it again changes nothing. */
    @POST
    @Path("assign")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("identifier") String identifier, @FormParam("cutoff") String cutoff) {
        publishedCall(identifier);
        List<Violation> unread = new java.util.ArrayList<>();
        Integer batch = new FormReader(pages.site().locale(), unread).integer(cutoff, "cutoff");
        if (!unread.isEmpty()) {
            return Pages.respond(422, render(identifier, null, null, ExpertForm.BLANK, unread, "invalid_assignment"));
        }
        try {
            AssignmentRun run = assignments.assign(identifier, null, batch);
            return Response.seeOther(URI.create("/desk/calls/" + identifier + "/experts?done=assigned&created="
                    + run.created() + "&started=" + run.evaluationsStarted() + "&short=" + run.shortfalls().size()))
                    .build();
        } catch (DomainException e) {
            return refused(identifier, e, ExpertForm.BLANK);
        }
    }

    private Response refused(String identifier, DomainException e, ExpertForm form) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        List<Violation> problems = e.violationsOr("");
        return Pages.respond(ProblemMappers.toProblem(e).status(), render(identifier, null, null, form,
                problems, e.code()));
    }

    /** The call, published: a draft has no experts page (404, as an unknown call). */
    private CallView publishedCall(String identifier) {
        CallView call = calls.get(identifier, true);
        if (call.status() == io.grantflow.calls.domain.CallStatus.DRAFT) {
            throw DomainException.notFound("call", identifier);
        }
        return call;
    }

    /** Expert ids as posted; what is not one is named in {@code out}. */
    private static List<Long> ids(List<String> typed, String field, List<Violation> out) {
        List<Long> ids = new java.util.ArrayList<>();
        for (String t : typed == null ? List.<String>of() : typed) {
            if (t != null && t.strip().matches("\\d{1,18}")) {
                ids.add(Long.valueOf(t.strip()));
            } else {
                out.add(new Violation(field, "invalid_number", "not an expert's number: " + t));
            }
        }
        return ids;
    }

    private TemplateInstance render(String identifier, String pageNumber, Done done, ExpertForm form,
                                    List<Violation> problems, String code) {
        CallView call = publishedCall(identifier);
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(pageNumber, String.valueOf(PROPOSALS_PER_PAGE), v);
        var proposals = overview.of(identifier, v.isEmpty() ? request : PageRequest.first(PROPOSALS_PER_PAGE));
        var others = pool.experts(PageRequest.first(EXPERTS_SHOWN), true);
        List<ExpertView> members = poolOf(identifier);
        Set<Long> inPool = new HashSet<>(members.stream().map(ExpertView::id).toList());
        return pages.render(page.data("call", call).data("members", members)
                .data("others", others.items().stream().filter(e -> !inPool.contains(e.id())).toList())
                .data("proposals", proposals.items())
                .data("paging", Paging.of(proposals, "/desk/calls/" + identifier + "/experts", Map.of()))
                .data("done", done).data("form", form).data("problems", problems).data("code", code));
    }

    /** Every member of the call's pool, a page at a time. */
    private List<ExpertView> poolOf(String identifier) {
        List<ExpertView> members = new java.util.ArrayList<>();
        int n = 1;
        io.grantflow.shared.api.Page<ExpertView> read;
        do {
            read = pool.poolOf(identifier, new PageRequest(n++, PageRequest.MAX_SIZE));
            members.addAll(read.items());
        } while (n <= read.totalPages());
        return members;
    }

    private static int count(String typed) {
        return typed != null && typed.matches("\\d{1,6}") ? Integer.parseInt(typed) : 0;
    }
}
