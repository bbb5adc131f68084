package io.grantflow.cascade.web;

import io.grantflow.cascade.api.ApplicationConsensusView;
import io.grantflow.cascade.api.OpenCallView;
import io.grantflow.cascade.api.PanelAssignmentRunView;
import io.grantflow.cascade.api.PanelPoolRequest;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.application.PanelAssignments;
import io.grantflow.cascade.application.PanelConsensus;
import io.grantflow.cascade.application.PanelPool;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.evaluation.domain.Spread;
import io.grantflow.shared.api.Requests;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consortium's panel page of an open call evaluated by a panel, linked from its ranking page: the pool of
 * evaluators (kind and load) with the form that sets it, the assignment run, and for CONSENSUS calls a consensus form
 * per application whose evaluations are all in. The same services as {@code /api/open-calls/{id}/evaluators},
 * {@code …/assignments} and {@code /api/applications/{id}/consensus}: {@link PanelPool}, {@link PanelAssignments},
 * {@link PanelConsensus}. Post-redirect-get; a refusal is shown beside its form.
 */
@Path("/desk/open-calls/{id}/panel")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class PanelPoolPages {

    static final String POOL = "pool";
    static final String ASSIGN = "assign";

    @Inject
    PanelPool pool;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelConsensus consensus;

    @Inject
    OpenCallService openCalls;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("panel/panel.html")
    Template page;

    /** What the last act did (shown after the redirect): the pool saved, a run's figures, a consensus recorded. */
    public record Done(String act, Integer applications, Integer assigned, List<Shortfall> shortfalls, Long application) {
    }

    /** An application the run could not give all its evaluators, as the redirect carries it. */
    public record Shortfall(String application, String evaluators, String required) {
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("done") String done,
                                 @QueryParam("applications") Integer applications,
                                 @QueryParam("assigned") Integer assigned, @QueryParam("short") String shortfalls,
                                 @QueryParam("application") Long application) {
        Long openCall = Requests.pathId(id, "open call");
        List<Shortfall> missing = shortfalls == null || shortfalls.isBlank() ? List.of() : Arrays.stream(shortfalls.split(","))
                .map(s -> s.split(":")).filter(p -> p.length == 3).map(p -> new Shortfall(p[0], p[1], p[2])).toList();
        return render(openCall, null, null, null).data("done",
                done == null ? null : new Done(done, applications, assigned, missing, application));
    }

    /** Replaces the pool: usernames one per line or separated by commas. */
    @POST
    @Path("evaluators")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPool(@PathParam("id") String id, @FormParam("evaluators") String typed) {
        Long openCall = Requests.pathId(id, "open call");
        List<String> names = typed == null ? List.of() : Arrays.stream(typed.split("[,\\n]"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            pool.set(openCall, new PanelPoolRequest(names), user());
        } catch (DomainException e) {
            return refused(openCall, e, new FormProblem(POOL, e.code(), e.violations()), typed, null);
        }
        return Response.seeOther(URI.create("/desk/open-calls/" + openCall + "/panel?done=pool")).build();
    }

    @POST
    @Path("assignments")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") String id) {
        Long openCall = Requests.pathId(id, "open call");
        PanelAssignmentRunView run;
        try {
            run = assignments.assign(openCall, user());
        } catch (DomainException e) {
            return refused(openCall, e, new FormProblem(ASSIGN, e.code(), e.violations()), null, null);
        }
        String missing = String.join(",", run.shortfalls().stream().map(s -> s.application() + ":" + s.evaluators()
                + ":" + s.required()).toList());
        return Response.seeOther(URI.create("/desk/open-calls/" + openCall + "/panel?done=assigned&applications="
                + run.applications() + "&assigned=" + run.assigned() + (missing.isEmpty() ? "" : "&short=" + missing)))
                .build();
    }

    @POST
    @Path("consensus/{application}")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordConsensus(@PathParam("id") String id, @PathParam("application") String applicationId,
                                    @FormParam("criterion") List<String> criteria,
                                    @FormParam("score") List<String> scores,
                                    @FormParam("comment") List<String> comments) {
        Long openCall = Requests.pathId(id, "open call");
        Long application = Requests.pathId(applicationId, "application");
        List<Violation> unreadable = new ArrayList<>();
        List<ScoringPolicy.Entry> entries = PanelDeskPages.entries(criteria, scores, comments, unreadable);
        try {
            if (!unreadable.isEmpty()) {
                throw DomainException.ruleBroken("invalid_consensus", "the consensus cannot be recorded", unreadable);
            }
            consensus.record(application, entries, user());
        } catch (DomainException e) {
            return refused(openCall, e, new FormProblem("consensus-" + application, e.code(), e.violations()), null,
                    new Typed(application, entries));
        }
        return Response.seeOther(URI.create("/desk/open-calls/" + openCall + "/panel?done=consensus&application="
                + application)).build();
    }

    /** What was typed in a refused consensus form, shown again. */
    record Typed(Long application, List<ScoringPolicy.Entry> entries) {
    }

    /** The consensus form of one application: a row per criterion, with the evaluators' spread. */
    public record ConsensusForm(Long application, String organisationName, List<ConsensusRow> rows) {

        /** The form's name in a {@link FormProblem}. */
        public String formName() {
            return "consensus-" + application;
        }
    }

    /** One criterion of a consensus form: the spread of the evaluators, the score and comment recorded or typed. */
    public record ConsensusRow(int index, String criterion, Spread spread, String score, String comment) {
    }

    private static List<ConsensusForm> forms(List<PanelConsensus.Awaiting> awaiting, Typed typed) {
        List<ConsensusForm> forms = new ArrayList<>();
        for (PanelConsensus.Awaiting a : awaiting) {
            List<ConsensusRow> rows = new ArrayList<>();
            List<ApplicationConsensusView.Line> lines = a.consensus().criteria();
            for (int i = 0; i < lines.size(); i++) {
                ApplicationConsensusView.Line l = lines.get(i);
                String score = l.score() == null ? null : l.score().setScale(1).toPlainString();
                String comment = l.comment();
                if (typed != null && typed.application().equals(a.consensus().application()) && i < typed.entries().size()) {
                    ScoringPolicy.Entry e = typed.entries().get(i);
                    score = e.score() == null ? null : e.score().toPlainString();
                    comment = e.comment();
                }
                rows.add(new ConsensusRow(i, l.criterion(), l.spread(), score, comment == null ? "" : comment));
            }
            forms.add(new ConsensusForm(a.consensus().application(), a.organisationName(), rows));
        }
        return forms;
    }

    private Response refused(Long openCall, DomainException e, FormProblem problem, String typedPool, Typed typed) {
        if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
            throw e;
        }
        return Pages.respond(ProblemMappers.toProblem(e).status(),
                render(openCall, problem, typedPool, typed).data("done", null));
    }

    private TemplateInstance render(Long openCall, FormProblem problem, String typedPool, Typed typed) {
        var evaluators = pool.get(openCall, user());
        OpenCallView oc = openCalls.get(openCall);
        String poolText = typedPool != null ? typedPool
                : String.join("\n", evaluators.stream().map(e -> e.username()).toList());
        return pages.render(page.data("openCall", oc).data("evaluators", evaluators).data("poolText", poolText)
                .data("consensus", forms(consensus.awaiting(openCall, user()), typed)).data("problem", problem)
                .data("scoreOptions", PanelDeskPages.SCORES));
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
