package io.grantflow.calls;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinitionPolicy;
import io.grantflow.calls.domain.CallDefinitionPolicy.PastDeadlines;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The call rules on both sides of each boundary, without the server. */
class CallDefinitionPolicyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    static CallDefinition valid() {
        return new CallDefinition("SMP-COSME-2027-TEST-01", "Test", null, "SMP", ActionType.PROJECT_GRANT,
                Money.eur("1000000.00"), 2, Money.eur("0.00"), Money.eur("1000000.00"),
                new CallDefinition.FundingRates(new BigDecimal("100"), new BigDecimal("90")),
                NOW, SubmissionModel.SINGLE_STAGE,
                List.of(new CallDefinition.DeadlineDefinition("Deadline", NOW.plusSeconds(1), null)),
                null, List.of(new CallDefinition.CriterionDefinition("Relevance", BigDecimal.ONE, new BigDecimal("3"))),
                new BigDecimal("5"), null, null, null, null, null, null, null);
    }

    static List<String> codes(CallDefinition d) {
        return CallDefinitionPolicy.check(d, NOW, PastDeadlines.REFUSED).stream().map(Violation::code).toList();
    }

    @Test
    void aValidDefinitionHasNoViolation() {
        assertThat(codes(valid())).isEmpty();
    }

    @Test
    void deadlineOneSecondAheadPassesAndAtNowFails() {
        CallDefinition atNow = with(valid(), List.of(new CallDefinition.DeadlineDefinition(null, NOW, null)));
        assertThat(codes(atNow)).contains("deadline_in_past");
        assertThat(CallDefinitionPolicy.check(atNow, NOW, PastDeadlines.ALLOWED).stream().map(Violation::code))
                .doesNotContain("deadline_in_past");
    }

    @Test
    void budgetMustBePositiveAndMaxGrantWithinIt() {
        CallDefinition d = valid();
        CallDefinition zero = new CallDefinition(d.identifier(), d.title(), null, d.programme(), d.actionType(),
                Money.eur("0.00"), 1, null, null, d.fundingRates(), d.opensAt(), d.submissionModel(), d.deadlines(),
                null, d.criteria(), d.overallThreshold(), null, null, null, null, null, null, null);
        assertThat(codes(zero)).contains("must_be_positive");
        CallDefinition maxAbove = new CallDefinition(d.identifier(), d.title(), null, d.programme(), d.actionType(),
                Money.eur("1000000.00"), 1, null, Money.eur("1000000.01"), d.fundingRates(), d.opensAt(),
                d.submissionModel(), d.deadlines(), null, d.criteria(), d.overallThreshold(), null, null, null, null, null, null, null);
        assertThat(codes(maxAbove)).containsExactly("max_grant_above_budget");
    }

    @Test
    void thresholdsAreHalfPointsWithinTheScale() {
        assertThat(codes(withCriterion("3.5", "5"))).isEmpty();
        assertThat(codes(withCriterion("3.4", "5"))).containsExactly("not_a_half_point");
        assertThat(codes(withCriterion("5", "5"))).isEmpty();
        assertThat(codes(withCriterion("5.5", "5"))).containsExactly("score_out_of_range");
        assertThat(codes(withCriterion("3", "5.5"))).containsExactly("score_out_of_range"); // max total 5
    }

    @Test
    void fundingRateOfExactly100PassesAndAboveFails() {
        CallDefinition d = valid();
        assertThat(codes(withRates(d, "100.00"))).isEmpty();
        assertThat(codes(withRates(d, "100.01"))).containsExactly("percentage_out_of_range");
        assertThat(codes(withRates(d, "0"))).containsExactly("percentage_out_of_range");
        assertThat(codes(withRates(d, "90.001"))).containsExactly("too_many_decimals");
    }

    private static CallDefinition withRates(CallDefinition d, String other) {
        return new CallDefinition(d.identifier(), d.title(), null, d.programme(), d.actionType(), d.budget(),
                d.expectedGrants(), d.minGrant(), d.maxGrant(),
                new CallDefinition.FundingRates(new BigDecimal("100"), new BigDecimal(other)), d.opensAt(),
                d.submissionModel(), d.deadlines(), null, d.criteria(), d.overallThreshold(), null, null, null, null, null, null, null);
    }

    private static CallDefinition withCriterion(String threshold, String overall) {
        CallDefinition d = valid();
        return new CallDefinition(d.identifier(), d.title(), null, d.programme(), d.actionType(), d.budget(),
                d.expectedGrants(), d.minGrant(), d.maxGrant(), d.fundingRates(), d.opensAt(), d.submissionModel(),
                d.deadlines(), null,
                List.of(new CallDefinition.CriterionDefinition("Relevance", BigDecimal.ONE, new BigDecimal(threshold))),
                new BigDecimal(overall), null, null, null, null, null, null, null);
    }

    private static CallDefinition with(CallDefinition d, List<CallDefinition.DeadlineDefinition> deadlines) {
        return new CallDefinition(d.identifier(), d.title(), null, d.programme(), d.actionType(), d.budget(),
                d.expectedGrants(), d.minGrant(), d.maxGrant(), d.fundingRates(), d.opensAt(), d.submissionModel(),
                deadlines, null, d.criteria(), d.overallThreshold(), null, null, null, null, null, null, null);
    }
}
