package io.grantflow.budgets.web;

import io.grantflow.budgets.api.BudgetView;
import io.grantflow.budgets.application.BudgetService;
import io.grantflow.budgets.application.BudgetService.Movement;
import io.grantflow.budgets.web.BudgetDeskModels.Account;
import io.grantflow.budgets.web.BudgetDeskModels.History;
import io.grantflow.budgets.web.BudgetDeskModels.Month;
import io.grantflow.budgets.web.BudgetDeskModels.Overview;
import io.grantflow.budgets.web.BudgetDeskModels.Row;
import io.grantflow.ledger.application.LedgerReplay;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.Roles;
import io.grantflow.shared.time.Brussels;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.LineChart;
import io.grantflow.shared.web.Pages;
import io.grantflow.shared.web.Paging;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officer's budget pages: every programme with its bar and the ledger's reconciliation, then any level of the
 * budget tree with the path above it, the levels below it (each a link: the euros can be followed from a
 * programme down to an SME's payment), its figures month by month as a chart and a table, and the payments of an
 * account committed to a payee. The same {@link BudgetService} as {@code /api/budgets}.
 */
@Path("/desk/budgets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.OFFICER)
public class BudgetDeskPages {

    static final int PAGE_SIZE = 20;

    @Inject
    BudgetService budgets;

    @Inject
    Pages pages;

    @Inject
    Clock clock;

    @Inject
    @Location("budgets/overview.html")
    Template overviewPage;

    @Inject
    @Location("budgets/account.html")
    Template accountPage;

    @GET
    @Operation(hidden = true)
    public TemplateInstance overview(@QueryParam("page") String page) {
        Page<BudgetView> programmes = budgets.programmes(pageOf(page));
        return pages.render(overviewPage.data("overview", new Overview(programmes.items().stream().map(Row::of).toList(),
                Paging.of(programmes, "/desk/budgets", Map.of()), budgets.reconciliation())));
    }

    @GET
    @Path("accounts/{id}")
    @Operation(hidden = true)
    public TemplateInstance account(@PathParam("id") String id, @QueryParam("page") String page,
                                    @QueryParam("payments") String paymentsPage) {
        Long account = id(id);
        String path = "/desk/budgets/accounts/" + account;
        BudgetView level = budgets.account(account, pageOf(page));
        // a level without children may fund the root of another tree (a grant its FSTP envelope): that is below it
        List<BudgetView> funded = level.childrenPage().totalItems() == 0 ? budgets.funded(account) : List.of();
        Page<BudgetView> below = funded.isEmpty()
                ? Page.of(level.children(), pageOf(page), level.childrenPage().totalItems())
                : Page.of(funded, PageRequest.first(PageRequest.MAX_SIZE), funded.size());
        Page<Movement> movements = level.kind().isCommitmentToPayee()
                ? budgets.movements(account, pageOf(paymentsPage)) : null;
        Locale locale = pages.site().locale();
        return pages.render(accountPage.data("desk", new Account(Row.of(level), budgets.above(account),
                below.items().stream().map(Row::of).toList(), Paging.of(below, path, Map.of()),
                history(budgets.history(account), locale), movements == null ? List.of() : movements.items(),
                movements == null ? null : pagingOf(movements, path, page))));
    }

    /** The payments' own pages keep the page of the levels below in their links. */
    private static Paging pagingOf(Page<Movement> movements, String path, String belowPage) {
        Paging p = Paging.of(movements, path, belowPage == null ? Map.of() : Map.of("page", belowPage));
        return new Paging(p.page(), p.pages(), p.total(), swap(p.previous()), swap(p.next()));
    }

    private static String swap(String link) {
        return link == null ? null : link.replaceFirst("([?&])page=(\\d+)$", "$1payments=$2");
    }

    /**
     * The figures at the end of each Brussels month from the first movement to this month; a month without a
     * movement keeps the month before's.
     */
    History history(List<LedgerReplay.Balance> balances, Locale locale) {
        if (balances.isEmpty()) {
            return new History(null, List.of());
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        YearMonth first = YearMonth.from(balances.get(0).at().atZone(Brussels.ZONE));
        YearMonth last = YearMonth.from(clock.instant().atZone(Brussels.ZONE));
        List<Month> months = new ArrayList<>();
        int next = 0;
        LedgerReplay.Balance current = null;
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            while (next < balances.size() && !YearMonth.from(balances.get(next).at().atZone(Brussels.ZONE)).isAfter(m)) {
                current = balances.get(next++);
            }
            months.add(new Month(label.format(m), current.allocated(), current.committed(), current.paid()));
        }
        LineChart chart = LineChart.of(months.stream().map(Month::label).toList(),
                List.of("allocated", "committed", "paid"),
                List.of(amounts(months, Month::allocated), amounts(months, Month::committed),
                        amounts(months, Month::paid)),
                value -> Formats.money(Money.rounded(value, java.math.RoundingMode.HALF_UP), locale));
        return new History(chart, months);
    }

    private static List<BigDecimal> amounts(List<Month> months, java.util.function.Function<Month, Money> figure) {
        return months.stream().map(m -> figure.apply(m).amount()).toList();
    }

    /** An unreadable page number shows the first page, as the other listings do. */
    private static PageRequest pageOf(String page) {
        Violations v = new Violations();
        PageRequest request = PageRequest.parse(page, String.valueOf(PAGE_SIZE), v);
        return v.isEmpty() ? request : PageRequest.first(PAGE_SIZE);
    }

    /** A page address with something else than an id names no account: 404, like an unknown id. */
    private static Long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound("account", id);
        }
    }
}
