package io.grantflow.ranking.domain;

import io.grantflow.ranking.domain.RankingPolicy.Candidate;
import io.grantflow.ranking.domain.RankingPolicy.CriterionRule;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking rules without the database: thresholds, weighted totals, tie-breaks and the budget line. */
class RankingPolicyTest {

    private static Candidate c(long id, String amount, double a, double b) {
        return new Candidate(id, "P" + id, Money.eur(amount), Map.of("A", BigDecimal.valueOf(a), "B", BigDecimal.valueOf(b)));
    }

    private static RankingPolicy.Rules rules(String weightA, String limit, boolean invitation) {
        return new RankingPolicy.Rules(List.of(new CriterionRule("A", new BigDecimal(weightA), new BigDecimal("3")),
                new CriterionRule("B", BigDecimal.ONE, new BigDecimal("3"))), new BigDecimal("6"), List.of("A", "B"),
                Money.eur(limit), invitation);
    }

    @Test
    void weightsWithTwoDecimalsGiveExactTotalsWithThreeDecimals() {
        var placements = RankingPolicy.rank(List.of(c(1, "10.00", 3.5, 4)), rules("1.25", "100.00", false));
        assertThat(placements.get(0).total()).isEqualByComparingTo("8.375");
    }

    @Test
    void thresholdsTieBreaksAndTheLine() {
        var placements = RankingPolicy.rank(List.of(
                c(1, "40.00", 4, 4.5),   // 8.5, after 2 on A
                c(2, "40.00", 4.5, 4),   // 8.5
                c(3, "30.00", 2.5, 5),   // below A's threshold
                c(4, "30.00", 3, 3),     // 6.0: passes; beyond the line
                c(5, "10.00", 3, 3)),    // 6.0, tie with 4 on every criterion: id order
                rules("1", "80.00", false));
        assertThat(placements).extracting(p -> p.candidate().id()).containsExactly(2L, 1L, 4L, 5L, 3L);
        assertThat(placements).extracting(RankingPolicy.Placement::outcome).containsExactly(RankingOutcome.MAIN_LIST,
                RankingOutcome.MAIN_LIST, RankingOutcome.RESERVE_LIST, RankingOutcome.RESERVE_LIST, RankingOutcome.REJECTED);
        assertThat(placements.get(1).tieBreak()).contains("after P2").contains("A 4.5 > 4.0");
        assertThat(placements.get(3).tieBreak()).contains("creation order");
        assertThat(placements.get(4).reasons()).containsExactly("A 2.5 is below its threshold 3.0");
        // the line stops at the first that does not fit; 5 (EUR 10) comes after it and stays in reserve
        assertThat(placements.get(3).runningTotal()).isEqualTo(Money.eur("120.00"));
    }

    @Test
    void stageOneInvitesUpToTheLimit() {
        var placements = RankingPolicy.rank(List.of(c(1, "50.00", 5, 5), c(2, "50.00", 4, 4), c(3, "50.00", 4, 3.5)),
                new RankingPolicy.Rules(List.of(new CriterionRule("A", BigDecimal.ONE, new BigDecimal("4")),
                        new CriterionRule("B", BigDecimal.ONE, new BigDecimal("4"))), null, List.of("A", "B"),
                        Money.eur("100.00"), true));
        assertThat(placements).extracting(RankingPolicy.Placement::outcome).containsExactly(
                RankingOutcome.INVITED_TO_STAGE_2, RankingOutcome.INVITED_TO_STAGE_2, RankingOutcome.REJECTED);
    }
}
