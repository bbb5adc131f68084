package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a periodic report may hold, its contribution, its periods and its acts. */
class ReportPolicyTest {

    private static final Set<Long> BENEFICIARIES = Set.of(1L, 2L);

    @Test
    void aValidReportHasNoViolations() {
        assertThat(ReportPolicy.check("Work done", Map.of("smes", new BigDecimal("12")),
                List.of(cost(1L, CostCategory.PERSONNEL, "100.00")), BENEFICIARIES).list()).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<GrantReport.Cost> costs = new ArrayList<>();
        costs.add(cost(3L, CostCategory.PERSONNEL, "100.00"));
        costs.add(cost(1L, CostCategory.TRAVEL, "-1.00"));
        costs.add(cost(1L, CostCategory.TRAVEL, "1.00"));
        costs.add(new GrantReport.Cost(2L, null, null));
        List<String> codes = ReportPolicy.check("x".repeat(ReportPolicy.MAX_TECHNICAL + 1),
                Map.of("smes", new BigDecimal("-1"), "rate", new BigDecimal("1.234")), costs, BENEFICIARIES).list()
                .stream().map(Violation::code).toList();
        assertThat(codes).contains("too_long", "not_a_beneficiary", "must_not_be_negative", "duplicate_cost_line",
                "required", "too_many_decimals");
    }

    @Test
    void theContributionIsEachCategoryTimesItsRateRoundedDown() {
        assertThat(ReportPolicy.contribution(Money.eur("60000.00"), Money.eur("500000.00"), new BigDecimal("100"),
                new BigDecimal("90"))).isEqualTo(Money.eur("510000.00"));
        assertThat(ReportPolicy.contribution(Money.eur("0.01"), Money.eur("0.01"), new BigDecimal("75"),
                new BigDecimal("75"))).isEqualTo(Money.ZERO);
    }

    @Test
    void periodsFollowEachOtherAndTheirReportsAreDueAfterTheirEnd() {
        List<ReportingPeriod> p = ReportingPeriod.of(LocalDate.of(2026, 1, 31), 18, 2, 60);
        assertThat(p.get(0).to()).isEqualTo(LocalDate.of(2027, 7, 30));
        assertThat(p.get(1).from()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(p.get(1).reportDue()).isEqualTo(p.get(1).to().plusDays(60));
        assertThat(p.get(1).last()).isTrue();
        assertThat(p.get(0).endedBy(p.get(0).to())).isFalse();
        assertThat(p.get(0).endedBy(p.get(0).to().plusDays(1))).isTrue();
    }

    @Test
    void aRejectedVersionStaysAndTheInformationRequestSuspendsThePaymentDeadline() {
        ReportingPeriod period = ReportingPeriod.of(LocalDate.of(2026, 1, 1), 18, 2, 60).get(0);
        Instant now = Instant.parse("2027-07-10T10:00:00Z");
        GrantReport r = GrantReport.draft(1L, period, 1, Optional.empty(), "coord", now);
        r.write("text", Map.of(), List.of(cost(1L, CostCategory.PERSONNEL, "10.00")), now);
        r.submit("coord", Money.ZERO, Money.ZERO, Money.eur("9.00"), LocalDate.of(2027, 7, 10), 90, now);
        assertThat(r.paymentDueOn).isEqualTo(LocalDate.of(2027, 10, 8));
        r.requestInformation("officer", "Why?", now);
        r.answer("Because", LocalDate.of(2027, 7, 10), LocalDate.of(2027, 7, 20), now);
        assertThat(r.paymentDueOn).isEqualTo(LocalDate.of(2027, 10, 18));
        assertThat(r.suspendedDays).isEqualTo(10);
        r.reject("officer", "Missing timesheets", now);
        assertThatThrownBy(() -> r.write("again", Map.of(), List.of(), now)).hasMessageContaining("REJECTED");
        GrantReport v2 = GrantReport.draft(1L, period, 2, Optional.of(r), "coord", now);
        assertThat(v2.technical).isEqualTo("text");
        assertThat(v2.otherCosts).isEqualTo(Money.eur("10.00"));
        assertThatThrownBy(() -> v2.accept("officer", now)).hasMessageContaining("DRAFT");
    }

    @Test
    void aWorkPackageIsDeclaredBeforeItIsDecidedAndMayBeDeclaredAgainAfterARejection() {
        Instant now = Instant.parse("2027-01-01T00:00:00Z");
        WorkPackage w = new WorkPackage(1L, 1, "WP", new BigDecimal("30"), Money.eur("180000.00"));
        assertThatThrownBy(() -> w.accept("officer", now)).hasMessageContaining("PLANNED");
        w.declareCompleted("coord", "done", now);
        w.reject("officer", "missing", now);
        assertThat(w.rejections).isEqualTo(1);
        w.declareCompleted("coord", "done now", now);
        w.accept("officer", now);
        assertThat(w.is(WorkPackageStatus.ACCEPTED)).isTrue();
        assertThatThrownBy(() -> w.declareCompleted("coord", "again", now)).hasMessageContaining("ACCEPTED");
    }

    private static GrantReport.Cost cost(Long org, CostCategory category, String amount) {
        return new GrantReport.Cost(org, category, Money.eur(amount));
    }
}
