package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A grant's SME-share rule: of its maximum EU contribution, at least {@code minSmeShare} percent goes
 * to SMEs through its open calls ({@link #required()}, rounded UP: never require less). Along the way
 * the support committed to SMEs keeps pace with what the programme has paid of the grant: a grant
 * paid 40 % of its maximum has committed at least 40 % of the required support, or it is
 * {@link #isBelow below its trajectory}.
 */
public record SmeShareTrajectory(Money maxContribution, BigDecimal minSmeShare) {

    public SmeShareTrajectory {
        Objects.requireNonNull(maxContribution, "maxContribution");
        Objects.requireNonNull(minSmeShare, "minSmeShare");
    }

    /** The SME support the grant must reach in the end. */
    public Money required() {
        return maxContribution.percent(minSmeShare, RoundingMode.UP);
    }

    /** What is still to commit to SMEs to reach {@link #required()}; zero once reached. */
    public Money stillNeeded(Money smeCommitted) {
        Money required = required();
        return required.greaterThan(smeCommitted) ? required.minus(smeCommitted) : Money.ZERO;
    }

    /**
     * The SME support the trajectory asks for once the programme has paid {@code programmePaid}: the required
     * support times the fraction of the grant paid, rounded UP to the cent (committed below it is
     * {@link #isBelow below the trajectory}, exactly).
     */
    public Money expectedBy(Money programmePaid) {
        if (maxContribution.isZero()) {
            return Money.ZERO;
        }
        return Money.rounded(required().amount().multiply(programmePaid.amount())
                .divide(maxContribution.amount(), 10, RoundingMode.UP), RoundingMode.UP);
    }

    /**
     * Whether the SME support committed lags behind the programme's payments:
     * {@code smeCommitted / required < programmePaid / maxContribution}, compared exactly (cross-multiplied).
     */
    public boolean isBelow(Money smeCommitted, Money programmePaid) {
        return smeCommitted.amount().multiply(maxContribution.amount())
                .compareTo(required().amount().multiply(programmePaid.amount())) < 0;
    }
}
