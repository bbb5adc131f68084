package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Grants in each state of their life, for plain domain tests: EUR 1,000,000.00 of which 30 % must reach SMEs. */
public final class GrantFixture {

    public static final String OFFICER = "alice.officer";
    public static final String COORDINATOR_MEMBER = "claire.coordinator";
    public static final Instant OFFERED_AT = Instant.parse("2026-04-01T09:00:00Z");
    public static final Instant LATER = Instant.parse("2026-04-15T09:00:00Z");
    public static final Money MAX_CONTRIBUTION = Money.eur("1000000.00");
    public static final BigDecimal MIN_SME_SHARE = new BigDecimal("30.00");
    public static final Long ENVELOPE_ACCOUNT = 77L;
    public static final Long PRE_FINANCING_ORDER = 88L;

    private GrantFixture() {
    }

    public static Grant offeredGrant() {
        return offeredGrant(MAX_CONTRIBUTION, MIN_SME_SHARE);
    }

    public static Grant offeredGrant(Money maxContribution, BigDecimal minSmeShare) {
        List<PaymentSchedule.Instalment> schedule = PaymentSchedule.of(maxContribution, new BigDecimal("40"),
                List.of(new BigDecimal("40")), false, List.of());
        return new Grant("101000001", 10L, 1L, 0, 100L, List.of(100L, 101L, 102L), "EUROCLUSTER",
                maxContribution, Money.eur("400000.00"), minSmeShare, schedule, false, 50L, OFFICER, OFFERED_AT);
    }

    public static Grant signedGrant() {
        Grant g = offeredGrant();
        g.sign(COORDINATOR_MEMBER, ENVELOPE_ACCOUNT, PRE_FINANCING_ORDER, java.util.List.of(), null, LATER);
        return g;
    }

    public static Grant declinedGrant() {
        Grant g = offeredGrant();
        g.decline(COORDINATOR_MEMBER, "the consortium broke up", LATER);
        return g;
    }

    public static Grant terminatedGrant() {
        Grant g = signedGrant();
        g.terminate(OFFICER, "no progress", 0, LATER);
        return g;
    }
}
