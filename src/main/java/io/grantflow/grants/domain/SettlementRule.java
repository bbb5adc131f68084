package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a grant's accepted reports turn into payments (docs/grants.md, "Payments"). Amounts in cents, never rounded
 * in the beneficiary's favour:
 * <ul>
 *   <li><b>Interim payment</b> after an accepted periodic report: the contribution accepted to date, limited to the
 *   ceiling before the balance (the call's {@code interimCeilingPercent} of the maximum grant, rounded down), less
 *   what the grant has been paid or ordered already (pre-financing and earlier interim payments, which are thereby
 *   cleared); never below 0.</li>
 *   <li><b>Closure</b> after the accepted final report: the final grant amount is the contribution accepted to date,
 *   at most the maximum grant; for a call with a minimum SME share it is then reduced, if needed, to the support
 *   actually paid to SMEs divided by that share, rounded down to the cent ({@value #SME_SHARE_RULE}), so that the
 *   support paid is at least the share of it. The balance is the final amount less everything paid; a negative
 *   balance is a recovery. What the grant no longer needs (the maximum less the final amount) is released to the
 *   budget.</li>
 * </ul>
 */
public final class SettlementRule {

    /** The rule code shown with a reduction of the final grant amount by the SME share. */
    public static final String SME_SHARE_RULE = "sme_share_at_closure";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SettlementRule() {
    }

    public record Interim(Money acceptedToDate, Money ceiling, Money paidBefore, Money amount) {
    }

    public record Closure(Money acceptedToDate, Money beforeSmeRule, Money smeSupportPaid, Money smeShareCap,
                          Money smeShareReduction, Money finalAmount, Money paidBefore, Money balance, Money recovery,
                          Money released) {
    }

    public static Interim interim(Money maxGrant, BigDecimal ceilingPercent, Money acceptedToDate, Money paidBefore) {
        Money ceiling = maxGrant.percent(ceilingPercent, RoundingMode.DOWN);
        Money due = min(acceptedToDate, ceiling).minus(paidBefore);
        return new Interim(acceptedToDate, ceiling, paidBefore, due.isNegative() ? Money.ZERO : due);
    }

    /**
     * @param minSmeShare   the call's minimum SME share in percent (0 when the call has none)
     * @param smeSupportPaid the support paid to SMEs out of the grant's envelope
     */
    public static Closure closure(Money maxGrant, Money acceptedToDate, BigDecimal minSmeShare, Money smeSupportPaid,
                                  Money paidBefore) {
        Money before = min(acceptedToDate, maxGrant);
        Money cap = null;
        Money finalAmount = before;
        if (minSmeShare != null && minSmeShare.signum() > 0) {
            cap = Money.rounded(smeSupportPaid.amount().multiply(HUNDRED).divide(minSmeShare, 10, RoundingMode.DOWN),
                    RoundingMode.DOWN);
            finalAmount = min(before, cap);
        }
        Money difference = finalAmount.minus(paidBefore);
        Money balance = difference.isNegative() ? Money.ZERO : difference;
        Money recovery = difference.isNegative() ? Money.ZERO.minus(difference) : Money.ZERO;
        return new Closure(acceptedToDate, before, smeSupportPaid, cap, before.minus(finalAmount), finalAmount,
                paidBefore, balance, recovery, maxGrant.minus(finalAmount));
    }

    private static Money min(Money a, Money b) {
        return a.greaterThan(b) ? b : a;
    }
}
