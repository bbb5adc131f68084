package io.grantflow.money;

import io.grantflow.ledger.domain.CarryOverPolicy;
import io.grantflow.ledger.domain.CarryOverPolicy.Facts;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a cut-off's unused budget may go to the next cut-off: every failing reason at once. */
class CarryOverPolicyTest {

    private static Facts decidedFirstOfTwo(Money unused) {
        return new Facts(true, 0, 2, true, false, unused);
    }

    @Test
    void aDecidedCutOffWithUnusedBudgetAndAnOpenNextCutOffMayCarryOver() {
        assertThat(CarryOverPolicy.check(decidedFirstOfTwo(Money.eur("1000000.00")))).isEmpty();
    }

    @Test
    void nothingUnusedIsRefused() {
        assertThat(CarryOverPolicy.check(decidedFirstOfTwo(Money.ZERO))).extracting(Violation::code)
                .containsExactly("nothing_unused");
    }

    @Test
    void theLastCutOffBeforeItsDecisionGetsEveryReason() {
        assertThat(CarryOverPolicy.check(new Facts(true, 1, 2, false, false, Money.eur("5.00"))))
                .extracting(Violation::code).containsExactly("cutoff_not_decided", "no_next_cutoff");
        assertThat(CarryOverPolicy.check(new Facts(true, 1, 2, false, false, Money.ZERO)))
                .extracting(Violation::code).containsExactly("cutoff_not_decided", "no_next_cutoff", "nothing_unused");
    }

    @Test
    void aDecidedNextCutOffCannotReceive() {
        assertThat(CarryOverPolicy.check(new Facts(true, 0, 3, true, true, Money.eur("0.01"))))
                .extracting(Violation::code).containsExactly("next_cutoff_decided");
    }

    @Test
    void aCallWithoutCutOffsHasNothingToCarry() {
        assertThat(CarryOverPolicy.check(new Facts(false, 0, 1, true, false, Money.eur("10.00"))))
                .extracting(Violation::code).containsExactly("no_cutoffs");
    }
}
