package io.grantflow.ranking.domain;

import io.grantflow.ranking.domain.RankingPolicy.Candidate;
import io.grantflow.ranking.domain.RankingPolicy.CriterionRule;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An evaluated open call ranks the averages of its evaluators (2 decimals): exact totals, readable reasons. */
class RankingPolicyAveragesTest {

    private static final RankingPolicy.Rules RULES = new RankingPolicy.Rules(List.of(
            new CriterionRule("Relevance", new BigDecimal("1.25"), new BigDecimal("3")),
            new CriterionRule("Impact", BigDecimal.ONE, new BigDecimal("2.5"))), new BigDecimal("6"),
            List.of("Relevance", "Impact"), Money.eur("3000.00"), false);

    private static Candidate c(long id, String relevance, String impact) {
        return new Candidate(id, "A" + id, Money.eur("2000.00"),
                Map.of("Relevance", new BigDecimal(relevance), "Impact", new BigDecimal(impact)));
    }

    @Test
    void averagesWithTwoDecimalsGiveExactTotalsWithFourDecimals() {
        var placements = RankingPolicy.rank(List.of(c(1, "3.25", "3.75"), c(2, "4.17", "4.00")), RULES);
        assertThat(placements).extracting(p -> p.candidate().id()).containsExactly(2L, 1L);
        assertThat(placements.get(0).total()).isEqualByComparingTo("9.2125");
        assertThat(placements.get(1).total()).isEqualByComparingTo("7.8125");
        assertThat(placements).extracting(RankingPolicy.Placement::outcome)
                .containsExactly(RankingOutcome.MAIN_LIST, RankingOutcome.RESERVE_LIST);
    }

    @Test
    void reasonsShowAnAverageAsItIsAndHalfPointsWithOneDecimal() {
        var placements = RankingPolicy.rank(List.of(c(1, "2.75", "2.00")), RULES);
        assertThat(placements.get(0).outcome()).isEqualTo(RankingOutcome.REJECTED);
        assertThat(placements.get(0).reasons()).containsExactly("Relevance 2.75 is below its threshold 3.0",
                "Impact 2.0 is below its threshold 2.5", "total 5.4375 is below the overall threshold 6");
    }
}
