package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.grantflow.cascade.domain.OpenCallFixture.CLOSES;
import static io.grantflow.cascade.domain.OpenCallFixture.OPENS;
import static io.grantflow.cascade.domain.OpenCallFixture.THIRD_PARTY_CAP;
import static org.assertj.core.api.Assertions.assertThat;

/** An evaluated open call's panel terms: the criteria rule of calls, 1–5 evaluators, a scoring, only when evaluated. */
class OpenCallEvaluationPolicyTest {

    private static final List<CriterionDefinition> RELEVANCE_IMPACT = List.of(
            new CriterionDefinition("Relevance", BigDecimal.ONE, new BigDecimal("3")),
            new CriterionDefinition("Impact", BigDecimal.ONE, new BigDecimal("2.5")));

    private static OpenCallDefinition voucher(Selection selection, OpenCallEvaluationTerms terms) {
        return new OpenCallDefinition("Vouchers", null, Instrument.VOUCHER, Money.eur("10000.00"), null, null,
                Money.eur("2000.00"), List.of("FR"), List.of(), selection, null, OPENS, CLOSES, null, null, null, null, null,
                null, null, null, List.of(), null, null, null, null, null, null, terms, null);
    }

    private static List<Violation> check(OpenCallDefinition d) {
        return OpenCallPolicy.check(d, THIRD_PARTY_CAP);
    }

    @Test
    void completeTermsOfAnEvaluatedCallPass() {
        assertThat(check(voucher(Selection.EVALUATED, new OpenCallEvaluationTerms(RELEVANCE_IMPACT, new BigDecimal("6"),
                2, PanelScoring.AVERAGE, null)))).isEmpty();
        assertThat(check(voucher(Selection.EVALUATED, null))).isEmpty(); // one member decides
    }

    @Test
    void termsBelongToEvaluatedCallsOnly() {
        assertThat(check(voucher(Selection.FIRST_COME_FIRST_SERVED, new OpenCallEvaluationTerms(RELEVANCE_IMPACT,
                new BigDecimal("6"), 2, PanelScoring.CONSENSUS, 10)))).extracting(Violation::code)
                .containsExactly("evaluation_not_evaluated");
    }

    @Test
    void aPanelDoesNotRankAnOpenCallInKindByDays() {
        OpenCallDefinition v = voucher(Selection.EVALUATED, new OpenCallEvaluationTerms(RELEVANCE_IMPACT,
                new BigDecimal("6"), 2, PanelScoring.AVERAGE, null));
        OpenCallDefinition inKind = new OpenCallDefinition(v.title(), v.description(), v.instrument(), v.budget(), null,
                null, v.maxAmount(), v.eligibleCountries(), v.sectors(), v.selection(), null, v.opensAt(), v.closesAt(),
                null, null, null, null, null, null, null, null, v.activities(), null, TypeOfSupport.IN_KIND_SERVICE, null,
                null, null, null, v.evaluation(), new OpenCallDefinition.InKind(ServiceKind.COACHING, 5));
        assertThat(check(inKind)).extracting(Violation::code).contains("panel_not_in_kind");
    }

    @Test
    void everyBrokenTermIsReported() {
        List<CriterionDefinition> bad = List.of(new CriterionDefinition("Relevance", new BigDecimal("1.005"),
                new BigDecimal("3.2")), new CriterionDefinition("Relevance", BigDecimal.ONE, null));
        List<Violation> v = check(voucher(Selection.EVALUATED, new OpenCallEvaluationTerms(bad, new BigDecimal("20"), 6,
                null, -1)));
        assertThat(v).extracting(x -> x.field() + ":" + x.code()).containsExactlyInAnyOrder(
                "evaluation.criteria[0].weight:too_many_decimals",
                "evaluation.criteria[0].threshold:not_a_half_point",
                "evaluation.criteria[1].name:duplicate_criterion",
                "evaluation.criteria[1].threshold:required",
                "evaluation.overallThreshold:score_out_of_range",
                "evaluation.evaluatorsPerApplication:out_of_range",
                "evaluation.scoring:required",
                "evaluation.minCommentLength:out_of_range");
    }

    @Test
    void noCriteriaNoTotal() {
        assertThat(check(voucher(Selection.EVALUATED, new OpenCallEvaluationTerms(List.of(), null, null,
                PanelScoring.AVERAGE, null)))).extracting(x -> x.field() + ":" + x.code()).containsExactlyInAnyOrder(
                "evaluation.criteria:criteria_required", "evaluation.overallThreshold:required",
                "evaluation.evaluatorsPerApplication:required");
    }
}
