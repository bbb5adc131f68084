package io.grantflow.proposals.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The money of a proposal: the requested EU contribution is each cost category times its funding
 * rate (support to third parties at the call's FSTP rate, all other costs at the other rate),
 * each product rounded HALF_EVEN to cents; the planned SME share is the support planned for SMEs
 * divided by the requested contribution, compared exactly (never rounded before the comparison).
 */
public record ProposalFinance(Money fstpCosts, Money otherCosts, Money requestedContribution,
                              Money plannedSmeSupport) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static ProposalFinance of(List<ProposalContent.BudgetLine> lines, BigDecimal fstpRate, BigDecimal otherRate) {
        Money fstp = Money.ZERO;
        Money other = Money.ZERO;
        for (ProposalContent.BudgetLine line : lines) {
            if (line != null) {
                fstp = fstp.plus(line.fstp());
                other = other.plus(line.otherCosts());
            }
        }
        Money smeSupport = fstp.percent(fstpRate);
        return new ProposalFinance(fstp, other, smeSupport.plus(other.percent(otherRate)), smeSupport);
    }

    public Money totalCosts() {
        return fstpCosts.plus(otherCosts);
    }

    /** True when the planned SME share is at least {@code minimumPercent}: support × 100 ≥ minimum × contribution. */
    public boolean smeShareAtLeast(BigDecimal minimumPercent) {
        return plannedSmeSupport.amount().multiply(HUNDRED)
                .compareTo(minimumPercent.multiply(requestedContribution.amount())) >= 0;
    }

    /** The planned SME share in percent, for display (4 decimals, rounded down so it never overstates). */
    public BigDecimal plannedSmeSharePercent() {
        if (requestedContribution.isZero()) {
            return BigDecimal.ZERO.setScale(4);
        }
        return plannedSmeSupport.amount().multiply(HUNDRED)
                .divide(requestedContribution.amount(), 4, RoundingMode.DOWN);
    }
}
