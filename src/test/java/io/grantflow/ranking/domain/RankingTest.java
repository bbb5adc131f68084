package io.grantflow.ranking.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The acts the award tells a ranking: it was awarded (once, and only a funding ranking); a reserve proposal moved up. */
class RankingTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    static Ranking fundingRanking() {
        return new Ranking(1L, 0, 1, Money.eur("4000000.00"), null, "officer1", NOW.minusSeconds(3600));
    }

    static Ranking invitationRanking() {
        return new Ranking(1L, 0, 1, Money.eur("4000000.00"), new BigDecimal("2.5"), "officer1", NOW.minusSeconds(3600));
    }

    static RankingEntry entry(RankingOutcome outcome) {
        return new RankingEntry(new RankingEntry.Key(1L, 7L), 3, outcome, Money.eur("500000.00"),
                List.of("total 12.5 above the threshold"));
    }

    @Test
    void aFundingRankingIsAwardedOnceAndThenFinal() {
        Ranking ranking = fundingRanking();
        ranking.recordAward("officer2", NOW);
        assertThat(ranking.isAwarded()).isTrue();
        assertThat(ranking.awardedBy).isEqualTo("officer2");
        assertThat(ranking.awardedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> ranking.recordAward("officer3", NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ranking_awarded"));
        assertThatThrownBy(ranking::requireNotAwarded)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(ranking.awardedBy).isEqualTo("officer2");
    }

    @Test
    void anInvitationRankingIsNeverAwarded() {
        Ranking ranking = invitationRanking();
        assertThatThrownBy(() -> ranking.recordAward("officer2", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not_a_funding_ranking"));
        assertThat(ranking.isAwarded()).isFalse();
    }

    @Test
    void aReserveProposalMovesUpToTheMainListSayingWhy() {
        RankingEntry entry = entry(RankingOutcome.RESERVE_LIST);
        entry.moveUpFromReserve("moved up: grant 101000001 was released");
        assertThat(entry.outcome).isEqualTo(RankingOutcome.MAIN_LIST);
        assertThat(entry.reasons).containsExactly("total 12.5 above the threshold", "moved up: grant 101000001 was released");
    }

    @Test
    void onlyAReserveProposalMovesUp() {
        for (RankingOutcome outcome : RankingOutcome.values()) {
            if (outcome == RankingOutcome.RESERVE_LIST) {
                continue;
            }
            RankingEntry entry = entry(outcome);
            assertThatThrownBy(() -> entry.moveUpFromReserve("why"))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not_on_the_reserve_list"));
            assertThat(entry.outcome).isEqualTo(outcome);
            assertThat(entry.reasons).hasSize(1);
        }
    }
}
