package io.grantflow.cascade.domain;

import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What an in-kind award by days is worth and whether it may be made, every reason at once: the named provider is on
 * the grant's roster for the open call's service and has the days; the value is days × its day rate, at most the
 * open call's {@code maxAmount}; that value is support to the SME, so it counts against the SME's cap per third
 * party and its de minimis ceiling. The caller holds the grant's and the provider's row locks.
 */
public final class InKindValue {

    public static final String NOT_ON_ROSTER = "provider_not_on_roster";
    public static final String CAPACITY_EXCEEDED = "provider_capacity_exceeded";

    private InKindValue() {
    }

    /** What the database knows: the SME, the support it holds under the grant, the provider and its service. */
    public record Facts(Organisation sme, Money heldUnderGrant, ProviderOffer provider, ServiceKind providerService) {
    }

    public record Outcome(Money value, List<Application.Refusal> refusals) {
        public boolean passed() {
            return refusals.isEmpty();
        }
    }

    /** Days × rate, rounded to the cent, at most {@code cap} (null: no cap). */
    public static Money of(int days, Money dayRate, Money cap) {
        Money value = Money.rounded(dayRate.amount().multiply(BigDecimal.valueOf(days)), RoundingMode.HALF_EVEN);
        return cap != null && value.greaterThan(cap) ? cap : value;
    }

    public static Outcome check(OpenCall call, Application a, Facts f) {
        List<Application.Refusal> r = new ArrayList<>();
        ProviderOffer p = f.provider();
        if (p == null || !p.onRoster() || !p.grantId.equals(call.grantId) || f.providerService() != call.inKindService) {
            r.add(new Application.Refusal(NOT_ON_ROSTER, "no provider of " + call.inKindService + " on the grant's roster"
                    + (p == null ? " has the days asked for" : " is offer " + p.id)));
            return new Outcome(null, r);
        }
        if (p.daysAvailable() < a.days) {
            r.add(new Application.Refusal(CAPACITY_EXCEEDED, "the provider has " + p.daysAvailable() + " day(s) left, not "
                    + a.days));
        }
        Money value = of(a.days, p.dayRate, call.maxAmount);
        ThirdPartyCap.of(call).refusal(f.sme().legalName, f.heldUnderGrant(), value).ifPresent(r::add);
        if (call.deMinimisCap != null && ApplicantTypes.undertaking(f.sme())
                && a.deMinimisReceived.plus(value).greaterThan(call.deMinimisCap)) {
            r.add(new Application.Refusal("above_de_minimis", "de minimis aid would be EUR "
                    + a.deMinimisReceived.plus(value) + " over 3 years, above EUR " + call.deMinimisCap));
        }
        return new Outcome(value, r);
    }
}
