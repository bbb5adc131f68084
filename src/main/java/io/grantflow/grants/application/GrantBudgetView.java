package io.grantflow.grants.application;

import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;

/**
 * A grant's budget: its account (allocated = committed = the maximum contribution while it runs;
 * paid = what the programme paid the consortium), its FSTP envelope (what the consortium passes on to
 * third parties through its open calls), and the SME share: planned at submission, required by the
 * call, and actual = support paid to third parties / maximum contribution, rounded down.
 */
public record GrantBudgetView(Long grant, String number, GrantStatus status, String currency, Level grantAccount,
                              Envelope fstpEnvelope, BigDecimal minSmeShare, BigDecimal plannedSmeShare,
                              BigDecimal actualSmeShare) {

    public record Level(Long account, Money allocated, Money committed, Money paid, Money available, Money stillToPay) {
    }

    public record Envelope(Long account, Money planned, Money allocated, Money committed, Money paid, Money available) {
    }
}
