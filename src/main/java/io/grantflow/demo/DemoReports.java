package io.grantflow.demo;

import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.api.ReportDraft;
import io.grantflow.grants.application.GrantReporting;
import io.grantflow.grants.application.ReportReview;
import io.grantflow.grants.domain.CostCategory;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo's grants report on their first period (four months in the pilot round): the consortium writes and
 * submits the report through the same services as the API, and an officer accepts one of them, so that its interim
 * payment waits for a second officer while the other report waits for review.
 */
@ApplicationScoped
class DemoReports {

    @Inject
    GrantReporting reporting;

    @Inject
    ReportReview review;

    /** The first period's report of {@code g}: EUR 500,000.00 of other costs among three beneficiaries, submitted. */
    void submitFirstReport(GrantView g, String user) {
        List<GrantView.Beneficiary> b = g.beneficiaries();
        reporting.saveDraft(g.id(), 1, new ReportDraft("Four months of the partnership: the cluster managers "
                + "matched 40 SMEs with technology providers, ran two open calls for SMEs and trained 25 SME staff.",
                Map.of("smesSupported", new BigDecimal("40"), "staffTrained", new BigDecimal("25")),
                List.of(new GrantReport.Cost(b.get(0).organisation(), CostCategory.PERSONNEL, Money.eur("300000.00")),
                        new GrantReport.Cost(b.get(1 % b.size()).organisation(), CostCategory.TRAVEL,
                                Money.eur("120000.00")),
                        new GrantReport.Cost(b.get(2 % b.size()).organisation(), CostCategory.OTHER_GOODS_AND_SERVICES,
                                Money.eur("80000.00")))), user);
        reporting.submit(g.id(), 1, user);
    }

    void accept(long grant, String officer) {
        review.accept(grant, 1, officer);
    }
}
