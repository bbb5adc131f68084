package io.grantflow.grants.web;

import io.grantflow.grants.api.GrantBudgetView;
import io.grantflow.grants.application.GrantBudgets;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.grantflow.shared.web.StackedBar;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 75 % rule, for officers: every signed grant with its planned, committed and paid SME share against the
 * minimum its call sets, where its trajectory stands now, and the grants below it ({@code ?below=true}, a link
 * that can be shared). The same {@link GrantBudgets} as {@code /api/budgets/grants}.
 */
@Path("/desk/sme-share")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class SmeSharePages {

    static final int PAGE_SIZE = 20;

    @Inject
    GrantBudgets grants;

    @Inject
    Pages pages;

    @Inject
    @Location("grants/sme-share.html")
    Template page;

    /** A grant's row: its figures, and its bar of SME support committed and paid with a line at the required. */
    public record Row(GrantBudgetView grant, StackedBar bar) {
    }

    /** The grants shown, whether only those below their trajectory, and the links to the other pages. */
    public record Listing(List<Row> grants, boolean onlyBelow, Paging paging) {
    }

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("below") String below, @QueryParam("page") String pageNumber) {
        boolean onlyBelow = "true".equals(below);
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(pageNumber, String.valueOf(PAGE_SIZE), v);
        if (!v.isEmpty()) {
            request = PageRequest.first(PAGE_SIZE);
        }
        Page<GrantBudgetView> found = grants.budgets(onlyBelow, request);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("below", onlyBelow ? "true" : null);
        return pages.render(page.data("listing", new Listing(found.items().stream().map(SmeSharePages::row).toList(),
                onlyBelow, Paging.of(found, "/desk/sme-share", query))));
    }

    private static Row row(GrantBudgetView g) {
        Money max = g.grantAccount().allocated();
        return new Row(g, StackedBar.of(max, List.of("paid", "still-to-pay"),
                List.of(g.paidToSmes(), g.committedToSmes().minus(g.paidToSmes())), g.requiredSmeSupport()));
    }
}
