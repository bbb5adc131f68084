package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.grantflow.cascade.domain.OpenCallFixture.CLOSES;
import static io.grantflow.cascade.domain.OpenCallFixture.OPENS;
import static io.grantflow.cascade.domain.OpenCallFixture.THIRD_PARTY_CAP;
import static io.grantflow.cascade.domain.OpenCallFixture.euroclustersDefinition;
import static org.assertj.core.api.Assertions.assertThat;

class OpenCallCutoffPolicyTest {

    private static final Instant MIDDLE = Instant.parse("2027-04-30T15:00:00Z");

    /** The Euroclusters voucher (EUR 100,000 from OPENS to CLOSES) with these cut-offs and closing. */
    private static OpenCallDefinition withCutoffs(Instant closesAt, OpenCallDefinition.Cutoff... cutoffs) {
        OpenCallDefinition d = euroclustersDefinition();
        return new OpenCallDefinition(d.title(), d.description(), d.instrument(), d.budget(), d.fixedAmount(),
                d.minAmount(), d.maxAmount(), d.eligibleCountries(), d.sectors(), d.selection(), d.waitlist(),
                d.opensAt(), closesAt, d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(),
                d.maxPerThirdParty(), d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(),
                d.activities(), d.valueChains(), d.typeOfSupport(), d.applicantTypes(), d.targetMarkets(),
                d.collectsEntrepreneurProfile(), cutoffs.length == 0 ? null : java.util.Arrays.asList(cutoffs), null, null);
    }

    private static OpenCallDefinition.Cutoff cutoff(Instant closesAt, String budget) {
        return new OpenCallDefinition.Cutoff(closesAt, budget == null ? null : Money.eur(budget), null);
    }

    private static List<String> codes(OpenCallDefinition d) {
        return OpenCallCutoffPolicy.check(d).stream().map(Violation::code).toList();
    }

    @Test
    void twoCutOffsThatCloseInTurnAndShareTheBudgetPass() {
        OpenCallDefinition d = withCutoffs(CLOSES, cutoff(MIDDLE, "60000.00"),
                new OpenCallDefinition.Cutoff(CLOSES, Money.eur("40000.00"), Selection.FIRST_COME_FIRST_SERVED));
        assertThat(OpenCallCutoffPolicy.check(d)).isEmpty();
        assertThat(OpenCallPolicy.check(d, THIRD_PARTY_CAP)).isEmpty();
    }

    @Test
    void theClosingMayBeLeftOutAndIsTheLastCutOffs() {
        OpenCallDefinition d = withCutoffs(null, cutoff(MIDDLE, "60000.00"), cutoff(CLOSES, "40000.00"));
        assertThat(d.closing()).isEqualTo(CLOSES);
        assertThat(OpenCallPolicy.check(d, THIRD_PARTY_CAP)).isEmpty();
    }

    @Test
    void withoutCutOffsThereIsNothingToCheck() {
        assertThat(OpenCallCutoffPolicy.check(euroclustersDefinition())).isEmpty();
        assertThat(euroclustersDefinition().closing()).isEqualTo(CLOSES);
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        OpenCallDefinition d = withCutoffs(CLOSES, cutoff(OPENS, "60000.00"), cutoff(OPENS.minusSeconds(1), "0.00"),
                cutoff(MIDDLE, "30000.00"));
        assertThat(OpenCallCutoffPolicy.check(d)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cutoffs[0].closesAt", "closes_before_opening"),
                org.assertj.core.groups.Tuple.tuple("cutoffs[1].closesAt", "cutoffs_not_increasing"),
                org.assertj.core.groups.Tuple.tuple("cutoffs[1].budget", "must_be_positive"),
                org.assertj.core.groups.Tuple.tuple("closesAt", "last_cutoff_not_closing"),
                org.assertj.core.groups.Tuple.tuple("cutoffs", "cutoff_budgets_mismatch"));
    }

    @Test
    void missingDatesAndBudgetsAreRequired() {
        OpenCallDefinition d = withCutoffs(null, cutoff(null, "100000.00"), cutoff(CLOSES, null), null);
        assertThat(OpenCallCutoffPolicy.check(d)).extracting(Violation::field)
                .containsExactly("cutoffs[0].closesAt", "cutoffs[1].budget", "cutoffs[2]");
    }

    @Test
    void aWaitingListNeedsEveryCutOffFirstComeFirstServed() {
        OpenCallDefinition d = withCutoffs(CLOSES, cutoff(MIDDLE, "60000.00"),
                new OpenCallDefinition.Cutoff(CLOSES, Money.eur("40000.00"), Selection.EVALUATED));
        assertThat(d.waitlist()).isTrue();
        assertThat(OpenCallCutoffPolicy.check(d)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cutoffs[1].selection", "waitlist_needs_fcfs"));
    }

    @Test
    void atMostTwelveCutOffs() {
        List<OpenCallDefinition.Cutoff> thirteen = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            thirteen.add(cutoff(OPENS.plus(Duration.ofDays(7L * i)), i == 13 ? "4000.00" : "8000.00"));
        }
        OpenCallDefinition d = withCutoffs(null, thirteen.toArray(OpenCallDefinition.Cutoff[]::new));
        assertThat(codes(d)).containsExactly("too_many");
    }
}
