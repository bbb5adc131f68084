package io.grantflow.proposals;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.Programme;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalEligibilityPolicy;
import io.grantflow.proposals.domain.ProposalFinance;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.time.Brussels;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 17:00:00 Brussels time is the last valid instant, in winter (UTC+1) and in summer (UTC+2). */
class DeadlinePolicyTest {

    private static Call callWithDeadline(String brusselsLocal) {
        Instant deadline = Brussels.parse(brusselsLocal);
        CallDefinition d = new CallDefinition("T-DEADLINE", "t", null, "P", ActionType.PROJECT_GRANT,
                Money.eur("1000000.00"), null, null, null,
                new CallDefinition.FundingRates(new BigDecimal("100"), new BigDecimal("100")),
                deadline.minusSeconds(86400 * 30), SubmissionModel.SINGLE_STAGE,
                List.of(new CallDefinition.DeadlineDefinition("Deadline", deadline, null)), null,
                List.of(new CallDefinition.CriterionDefinition("Relevance", BigDecimal.ONE, BigDecimal.ONE)),
                BigDecimal.ONE, null, new CallDefinition.FstpRules(BigDecimal.ZERO, Money.eur("60000.00")), null, null, null, null, null);
        return Call.draft(d, new Programme("P", "p", Money.eur("1000000.00"), false, Instant.EPOCH), "t", Instant.EPOCH);
    }

    private static List<String> codesAt(Call call, Instant now) {
        ProposalContent content = new ProposalContent("A", "t", null, null, null, List.of(), List.of(),
                List.of(new ProposalContent.BudgetLine(null, Money.eur("1000.00"), null, null, null, null, null)));
        ProposalFinance finance = ProposalFinance.of(content.budgetOrEmpty(), call.fstpFundingRate, call.otherFundingRate);
        return ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content, finance, call, Map.of(),
                call.deadlines.get(0).at, now, 1, false)).stream().map(Violation::code).toList();
    }

    @Test
    void winterDeadlineIs1600Utc() {
        Call call = callWithDeadline("2027-02-10T17:00:00");
        assertThat(call.deadlines.get(0).at).isEqualTo(Instant.parse("2027-02-10T16:00:00Z"));
        assertThat(codesAt(call, Instant.parse("2027-02-10T16:00:00Z"))).doesNotContain("deadline_passed");
        assertThat(codesAt(call, Instant.parse("2027-02-10T16:00:00.001Z"))).contains("deadline_passed");
    }

    @Test
    void summerDeadlineIs1500UtcRightAfterTheSwitch() {
        // daylight saving starts on 28 March 2027
        Call call = callWithDeadline("2027-03-29T17:00:00");
        assertThat(call.deadlines.get(0).at).isEqualTo(Instant.parse("2027-03-29T15:00:00Z"));
        assertThat(codesAt(call, Instant.parse("2027-03-29T15:00:00Z"))).doesNotContain("deadline_passed");
        assertThat(codesAt(call, Instant.parse("2027-03-29T15:00:01Z"))).contains("deadline_passed");
    }
}
