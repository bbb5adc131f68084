package io.grantflow.calls.web;

import io.grantflow.calls.api.CallFilter;
import io.grantflow.calls.api.CallView;
import io.grantflow.calls.api.ProgrammeView;
import io.grantflow.calls.application.CallService;
import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.CallTemplate;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.web.Bundles;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officer's calls: every call, drafts included, by status; a new draft from a template of a known call
 * ({@link CallTemplate}); the draft changed and published. The same {@link CallService} as {@code /api/calls}: the
 * form becomes the API's {@link CallDefinition} and is judged by the same policy, each refusal beside its field.
 */
@Path("/desk/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class CallDeskPages {

    /** A refusal beside its field: the field's id on the page, the API's field name, the code and the words. */
    public record Shown(String anchor, String field, String code, String text) {
    }

    /** Every refusal of a form, and those of one field. */
    public record Refusal(List<Shown> all) {

        public boolean has(String anchor) {
            return all.stream().anyMatch(s -> anchor.equals(s.anchor()));
        }

        public List<Shown> of(String anchor) {
            return all.stream().filter(s -> anchor.equals(s.anchor())).toList();
        }
    }

    @Inject
    CallService calls;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    Clock clock;

    @Inject
    @Location("calls/desk-calls.html")
    Template listPage;

    @Inject
    @Location("calls/desk-templates.html")
    Template templatesPage;

    @Inject
    @Location("calls/desk-form.html")
    Template formPage;

    @Inject
    @Location("calls/desk-call.html")
    Template callPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") String page) {
        Violations v = new Violations();
        CallStatus chosen = io.grantflow.shared.api.Requests.queryEnum(status, CallStatus.class, "status", v);
        PageRequest request = PageRequest.parse(page, "20", v);
        var listed = calls.list(new CallFilter(v.isEmpty() ? chosen : null, null, null, null),
                v.isEmpty() ? request : PageRequest.first(20), true);
        return pages.render(listPage.data("calls", listed.items()).data("status", v.isEmpty() ? chosen : null)
                .data("statuses", Arrays.asList(CallStatus.values()))
                .data("paging", Paging.of(listed, "/desk/calls", chosen == null || !v.isEmpty() ? Map.of()
                        : Map.of("status", chosen.name()))));
    }

    /** The templates to start from, or (with {@code template}) the form filled from one. */
    @GET
    @Path("new")
    @Operation(hidden = true)
    public TemplateInstance newCall(@QueryParam("template") String template) {
        CallTemplate chosen = template(template);
        if (chosen == null) {
            return pages.render(templatesPage.data("templates", Arrays.asList(CallTemplate.values())));
        }
        return form(null, CallForm.of(chosen.definition(today()), chosen.name()), List.of(), null);
    }

    @POST
    @Path("new")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CallFormFields fields) {
        CallForm form = fields.form();
        CallTemplate chosen = template(form.template());
        if (chosen == null) { // a form without its template: choose one first
            return Response.seeOther(URI.create("/desk/calls/new")).build();
        }
        CallDefinition base = chosen.definition(today());
        List<Violation> unread = new ArrayList<>();
        CallDefinition definition = form.definition(base, locale(), unread);
        if (!unread.isEmpty()) {
            return refused(null, form, withRulesBroken(unread, definition, null), "invalid_call", 422);
        }
        try {
            String identifier = calls.createOnce(definition, form.key(), user());
            return Response.seeOther(URI.create("/desk/calls/" + identifier + "?created=true")).build();
        } catch (DomainException e) {
            if ("idempotency_key_mismatch".equals(e.code())) {
                // this form saved a draft, then was changed: saving it again would be a second draft, knowingly
                CallForm again = fields.withKey(java.util.UUID.randomUUID().toString()).form();
                return refused(null, again, List.of(new Violation("identifier", "already_created",
                        "this form saved a draft already")), "already_created", 409);
            }
            return refused(null, form, e.violationsOr("identifier"), e.code(), ProblemMappers.toProblem(e).status());
        }
    }

    /** The officer's page of one call: what it is, and what can be done with it now. */
    @GET
    @Path("{identifier}")
    @Operation(hidden = true)
    public Response call(@PathParam("identifier") String identifier, @QueryParam("created") String created,
                         @QueryParam("saved") String saved, @QueryParam("published") String published) {
        CallView call = calls.get(identifier, true);
        String done = "true".equals(published) ? "published" : "true".equals(saved) ? "saved"
                : "true".equals(created) ? "created" : null;
        return Pages.respond(200, callPage(call, done, new Refusal(List.of()), null));
    }

    @GET
    @Path("{identifier}/edit")
    @Operation(hidden = true)
    public Response edit(@PathParam("identifier") String identifier) {
        CallView call = calls.get(identifier, true);
        if (call.status() != CallStatus.DRAFT) {
            return Response.seeOther(URI.create("/desk/calls/" + identifier)).build();
        }
        return Pages.respond(200, form(call, CallForm.of(call.definition(), null), List.of(), null));
    }

    @POST
    @Path("{identifier}/edit")
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("identifier") String identifier, @BeanParam CallFormFields fields) {
        CallView call = calls.get(identifier, true);
        if (call.status() != CallStatus.DRAFT) {
            return Response.seeOther(URI.create("/desk/calls/" + identifier)).build();
        }
        CallForm form = fields.form();
        List<Violation> unread = new ArrayList<>();
        CallDefinition definition = form.definition(call.definition(), locale(), unread);
        if (!unread.isEmpty()) {
            return refused(call, form, withRulesBroken(unread, definition, identifier), "invalid_call", 422);
        }
        try {
            calls.update(identifier, definition);
            return Response.seeOther(URI.create("/desk/calls/" + identifier + "?saved=true")).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return refused(call, form, e.violationsOr("identifier"), e.code(), ProblemMappers.toProblem(e).status());
        }
    }

    /** Publishes the draft (publishing a published call changes nothing); refused: the call's page with why. */
    @POST
    @Path("{identifier}/publish")
    @Operation(hidden = true)
    public Response publish(@PathParam("identifier") String identifier) {
        try {
            calls.publish(identifier);
            return Response.seeOther(URI.create("/desk/calls/" + identifier + "?published=true")).build();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Pages.respond(ProblemMappers.toProblem(e).status(),
                    callPage(calls.get(identifier, true), null, shown(null, e.violationsOr("budget")), e.code()));
        }
    }

    private TemplateInstance callPage(CallView call, String done, Refusal problems, String code) {
        ProgrammeView programme = calls.programme(call.programme().code());
        return pages.render(callPage.data("call", call).data("programme", programme).data("done", done)
                .data("problems", problems).data("code", code));
    }

    private Response refused(CallView call, CallForm form, List<Violation> problems, String code, int status) {
        return Pages.respond(status, form(call, form, problems, code));
    }

    private TemplateInstance form(CallView call, CallForm form, List<Violation> problems, String code) {
        CallDeskMessages texts = Bundles.in(CallDeskMessages.class, locale());
        String heading = call != null ? texts.editTitle(call.identifier())
                : texts.newFromTemplate(texts.templateName(form.template()));
        return pages.render(formPage.data("call", call).data("form", form).data("problems", shown(form, problems))
                .data("heading", heading)
                .data("code", code).data("programmes", calls.programmes())
                .data("actionTypes", Arrays.asList(ActionType.values()))
                .data("models", Arrays.asList(SubmissionModel.values()))
                .data("ecosystems", Arrays.stream(Ecosystem.values()).map(Enum::name).toList()));
    }

    private Refusal shown(CallForm form, List<Violation> problems) {
        CallDeskMessages texts = Bundles.in(CallDeskMessages.class, locale());
        return new Refusal(problems.stream().map(p -> {
            String words = texts.problem(p.code());
            return new Shown(form == null ? null : form.anchor(p.field()), p.field(), p.code(),
                    words.isBlank() ? p.message() : words);
        }).toList());
    }

    /** What could not be read, and every rule the rest breaks (not again "required" where a value was unreadable). */
    private List<Violation> withRulesBroken(List<Violation> unread, CallDefinition definition, String draft) {
        java.util.Set<String> fields = new java.util.HashSet<>(unread.stream().map(Violation::field).toList());
        List<Violation> all = new ArrayList<>(unread);
        calls.check(definition, draft).stream().filter(v -> !fields.contains(v.field())).forEach(all::add);
        return all;
    }

    private static CallTemplate template(String name) {
        return name == null ? null : Arrays.stream(CallTemplate.values()).filter(t -> t.name().equals(name))
                .findFirst().orElse(null);
    }

    private LocalDate today() {
        return clock.instant().atZone(Brussels.ZONE).toLocalDate();
    }

    private Locale locale() {
        return pages.site().locale();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
