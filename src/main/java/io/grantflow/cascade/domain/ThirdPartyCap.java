package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;

import java.util.Optional;

/**
 * The cap on the support one third party may hold under a grant (EUR 60,000 by the call's rules
 * unless an open call lowers it): what it holds already plus the new amount. Checked when the
 * application is assessed and again at the award, when other awards may have been committed since.
 */
public record ThirdPartyCap(Money cap) {

    /** The refusal's stable code. */
    public static final String CODE = "above_third_party_cap";

    public static ThirdPartyCap of(OpenCall call) {
        return new ThirdPartyCap(call.maxPerThirdParty);
    }

    public boolean allows(Money held, Money amount) {
        return !held.plus(amount).greaterThan(cap);
    }

    /** The refusal when {@code recipient}, holding {@code held}, would be above the cap with {@code amount}. */
    public Optional<Application.Refusal> refusal(String recipient, Money held, Money amount) {
        if (allows(held, amount)) {
            return Optional.empty();
        }
        return Optional.of(new Application.Refusal(CODE, "support to " + recipient + " under this grant would be EUR "
                + held.plus(amount) + " (EUR " + held + " held + EUR " + amount + "), above the cap of EUR " + cap));
    }
}
