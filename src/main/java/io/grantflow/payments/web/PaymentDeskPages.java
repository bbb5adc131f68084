package io.grantflow.payments.web;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.application.PaymentDecisions;
import io.grantflow.payments.application.PaymentQueries;
import io.grantflow.payments.application.PaymentWaiting;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.payments.web.PaymentDeskModels.Batch;
import io.grantflow.payments.web.PaymentDeskModels.Refusal;
import io.grantflow.payments.web.PaymentDeskModels.Waiting;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.ProblemMappers;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.text.TextLimits;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The desk's payment pages, for the paying side (officers; consortium members for their open calls' tranches):
 * the orders waiting for my approval, a batch reviewed (count, total, payees) before it is approved, and the
 * approved batch with its SEPA file. The same services as {@code /api/payments}: {@link PaymentWaiting} finds what
 * the person may approve, {@link PaymentDecisions#approveBatch} approves all or none and refuses anyone approving
 * an order they initiated (the page shows no button for those, and the service refuses anyway).
 */
@Path("/desk/payments")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OFFICER, Roles.APPLICANT})
public class PaymentDeskPages {

    @Inject
    PaymentWaiting waiting;

    @Inject
    PaymentQueries queries;

    @Inject
    PaymentDecisions decisions;

    @Inject
    SecurityIdentity identity;

    @Inject
    Pages pages;

    @Inject
    @Location("payments/waiting.html")
    Template waitingPage;

    @Inject
    @Location("payments/batch.html")
    Template batchPage;

    @Inject
    @Location("payments/reject.html")
    Template rejectPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance waiting(@QueryParam("rejected") String rejected) {
        return waitingPage(null, ids(rejected == null ? List.of() : List.of(rejected)).stream().findFirst()
                .orElse(null));
    }

    /** One order, with the form that rejects it and its reason. */
    @GET
    @Path("{id}/reject")
    @Operation(hidden = true)
    public TemplateInstance rejectForm(@PathParam("id") String id) {
        return rejectPage(queries.get(id(id), user(), officer()), null, null);
    }

    /**
     * Rejects the order ({@link PaymentDecisions#reject}: a second person, the reason as the API takes it), then
     * back to the list, which says so; refused: the form again with the reason typed and why.
     */
    @POST
    @Path("{id}/reject")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response reject(@PathParam("id") String id, @FormParam("reason") String reason) {
        Long order = id(id);
        String given = reason == null || reason.isBlank() ? null : reason.trim();
        try {
            decisions.reject(order, given, user(), officer());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            return Response.status(ProblemMappers.toProblem(e).status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(rejectPage(queries.get(order, user(), officer()), reason,
                            new Refusal(e.code(), e.violations(), List.of(order))).render()).build();
        }
        return Response.seeOther(URI.create("/desk/payments?rejected=" + order)).build();
    }

    private TemplateInstance rejectPage(PaymentView order, String reason, Refusal refusal) {
        return pages.render(rejectPage.data("order", order).data("reason", reason).data("refusal", refusal)
                .data("maxReason", TextLimits.REASON));
    }

    /** A page address with something else than an id names no order: 404, like an unknown id. */
    private static Long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("payment order", id);
        }
    }

    /** The orders ticked, summed up before anything is approved; nothing ticked: the list again, saying so. */
    @POST
    @Path("review")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response review(@FormParam("order") List<String> orders) {
        List<Long> ids = ids(orders);
        if (ids.isEmpty()) {
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(waitingPage(new Refusal("invalid_batch", List.of(new Violation("orders", "required",
                            "at least one order")), List.of()), null).render()).build();
        }
        List<PaymentView> views = new ArrayList<>();
        for (Long id : ids) {
            views.add(queries.get(id, user(), officer()));
        }
        return Response.ok(batchPage(Batch.of(null, views, null)).render()).build();
    }

    /** Approves the reviewed orders as one batch (all or none), then shows the batch (post-redirect-get). */
    @POST
    @Path("approve")
    @Operation(hidden = true)
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response approve(@FormParam("order") List<String> orders) {
        List<Long> ids = ids(orders);
        try {
            List<PaymentView> approved = decisions.approveBatch(ids, user(), officer());
            return batchDone(approved.get(0).batchId());
        } catch (DomainException e) {
            String sameBatch = approvedTogetherByMe(ids);
            if (sameBatch != null) { // the same form sent again (a double click): the batch it approved
                return batchDone(sameBatch);
            }
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            List<PaymentView> views = new ArrayList<>();
            for (Long id : ids) {
                views.add(queries.get(id, user(), officer()));
            }
            return Response.status(ProblemMappers.toProblem(e).status())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(batchPage(Batch.of(null, views, new Refusal(e.code(), e.violations(), ids))).render()).build();
        }
    }

    @GET
    @Path("batches/{batch}")
    @Operation(hidden = true)
    public TemplateInstance batch(@PathParam("batch") String batch) {
        return batchPage(Batch.of(batch, queries.batch(batch, user(), officer()), null));
    }

    private TemplateInstance waitingPage(Refusal refusal, Long rejected) {
        List<PaymentView> toApprove = waiting.ordersToApprove(user(), officer()).stream()
                .map(id -> queries.get(id, user(), officer())).toList();
        return pages.render(waitingPage.data("desk", new Waiting(toApprove, queries.awaitingOthers(user()), refusal)))
                .data("rejected", rejected);
    }

    private TemplateInstance batchPage(Batch batch) {
        return pages.render(batchPage.data("batch", batch));
    }

    /** The batch that approved every one of {@code ids}, approved by this person; null if there is none. */
    private String approvedTogetherByMe(List<Long> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        List<PaymentView> views = new ArrayList<>();
        for (Long id : ids) {
            try {
                views.add(queries.get(id, user(), officer()));
            } catch (DomainException e) {
                return null;
            }
        }
        String batch = views.get(0).batchId();
        boolean same = batch != null && views.stream().allMatch(v -> batch.equals(v.batchId())
                && user().equals(v.decidedBy()) && v.status() != PaymentStatus.PENDING_APPROVAL
                && v.status() != PaymentStatus.REJECTED);
        return same ? batch : null;
    }

    private static Response batchDone(String batch) {
        return Response.seeOther(URI.create("/desk/payments/batches/"
                + URLEncoder.encode(batch, StandardCharsets.UTF_8))).build();
    }

    /** The order ids of the form; a value that is no id is left out (it names no order). */
    private static List<Long> ids(List<String> orders) {
        if (orders == null) {
            return List.of();
        }
        return orders.stream().filter(Objects::nonNull).map(o -> {
            try {
                return Long.parseLong(o.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(Objects::nonNull).distinct().sorted().toList(); // in the order the service numbers them
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private boolean officer() {
        return identity.hasRole(Roles.OFFICER);
    }
}
