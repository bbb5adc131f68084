package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.grantflow.cascade.domain.ApplicationFixture.sme;
import static io.grantflow.cascade.domain.ProviderFixture.coachingApplication;
import static io.grantflow.cascade.domain.ProviderFixture.inKindCoaching;
import static io.grantflow.cascade.domain.ProviderFixture.rosterCoach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An in-kind award by days: days × the provider's rate, capped; the SME's cap and de minimis; the provider's days. */
class InKindValueTest {

    private static InKindValue.Outcome check(Application a, Money held, ProviderOffer p, ServiceKind service) {
        return InKindValue.check(inKindCoaching(), a, new InKindValue.Facts(sme(), held, p, service));
    }

    private static java.util.List<String> codes(InKindValue.Outcome o) {
        return o.refusals().stream().map(Application.Refusal::code).toList();
    }

    @Test
    void daysTimesTheDayRateCappedByTheMaximumAmount() {
        assertThat(check(coachingApplication(4), Money.ZERO, rosterCoach(), ServiceKind.COACHING).value())
                .isEqualTo(Money.eur("2800.00"));
        assertThat(check(coachingApplication(5), Money.ZERO, rosterCoach(), ServiceKind.COACHING).value())
                .isEqualTo(Money.eur("3000.00"));
        assertThat(InKindValue.of(3, Money.eur("333.33"), null)).isEqualTo(Money.eur("999.99"));
    }

    @Test
    void theValueCountsAgainstTheSmesCapAndDeMinimis() {
        InKindValue.Outcome nearCap = check(coachingApplication(4), Money.eur("57500.00"), rosterCoach(), ServiceKind.COACHING);
        assertThat(codes(nearCap)).containsExactly(ThirdPartyCap.CODE);
        Application declared = coachingApplication(4);
        declared.deMinimisReceived = Money.eur("298000.00");
        assertThat(codes(check(declared, Money.ZERO, rosterCoach(), ServiceKind.COACHING))).containsExactly("above_de_minimis");
        assertThat(codes(check(coachingApplication(4), Money.eur("57200.00"), rosterCoach(), ServiceKind.COACHING))).isEmpty();
    }

    @Test
    void theProviderIsOnTheRosterForTheServiceAndHasTheDays() {
        assertThat(codes(check(coachingApplication(2), Money.ZERO, null, null))).containsExactly(InKindValue.NOT_ON_ROSTER);
        assertThat(codes(check(coachingApplication(2), Money.ZERO, rosterCoach(), ServiceKind.MENTORING)))
                .containsExactly(InKindValue.NOT_ON_ROSTER);
        ProviderOffer underReview = rosterCoach();
        underReview.assess(java.util.List.of(), Selection.EVALUATED, Instant.now());
        assertThat(codes(check(coachingApplication(2), Money.ZERO, underReview, ServiceKind.COACHING)))
                .containsExactly(InKindValue.NOT_ON_ROSTER);
        ProviderOffer busy = rosterCoach();
        busy.reserve(9);
        assertThat(codes(check(coachingApplication(2), Money.eur("59900.00"), busy, ServiceKind.COACHING)))
                .containsExactly(InKindValue.CAPACITY_EXCEEDED, ThirdPartyCap.CODE);
        assertThatThrownBy(() -> busy.reserve(2)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", InKindValue.CAPACITY_EXCEEDED);
        busy.release(9);
        assertThat(busy.daysAvailable()).isEqualTo(10);
    }

    @Test
    void theProviderIsOwedTheDaysDeliveredNeverMoreThanTheValue() {
        Application a = coachingApplication(5);
        a.id = 11L;
        InKindAward k = InKindAward.of(a, rosterCoach(), Money.eur("3000.00"));
        assertThat(k.deliveredValue()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> k.confirmDelivery("sme", Instant.now())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "delivery_not_reported");
        assertThatThrownBy(() -> k.reportDelivery(6, "coach", Instant.now())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "invalid_delivery");
        k.reportDelivery(5, "coach", Instant.now());
        k.confirmDelivery("sme", Instant.now());
        assertThat(k.deliveredValue()).isEqualTo(Money.eur("3000.00")); // 5 × 700 is capped at the value
        InKindAward partly = InKindAward.of(a, rosterCoach(), Money.eur("3000.00"));
        partly.reportDelivery(3, "coach", Instant.now());
        assertThat(partly.confirmDelivery("sme", Instant.now())).isTrue();
        assertThat(partly.confirmDelivery("sme", Instant.now())).isFalse();
        assertThat(partly.deliveredValue()).isEqualTo(Money.eur("2100.00"));
        assertThat(partly.undeliveredDays()).isEqualTo(2);
        assertThatThrownBy(() -> partly.reportDelivery(4, "coach", Instant.now())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "delivery_confirmed");
    }
}
