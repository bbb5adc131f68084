package io.grantflow.ranking.application;

import io.grantflow.ranking.domain.Ranking;
import io.grantflow.ranking.domain.RankingEntry;
import io.grantflow.ranking.domain.RankingOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * What the ranking feature publishes to the award (grants): the lists to offer grants to, and the two
 * acts the award tells a ranking — it was awarded; a reserve-list proposal moved up. Grants never
 * write a ranking's rows themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RankingAwards {

    @Inject
    Clock clock;

    /** The ranking's entries on one list, in ranking order. */
    public List<RankingEntry> list(Ranking ranking, RankingOutcome outcome) {
        return RankingEntry.list("key.rankingId = ?1 and outcome = ?2 order by position", ranking.id, outcome);
    }

    /** Grants were offered to the main list by {@code officer}. */
    public void awarded(Ranking ranking, String officer) {
        ranking.recordAward(officer, clock.instant());
    }

    /** Grant {@code released} was released and the reserve-list proposal of {@code entry} was offered {@code offered}. */
    public void movedUpFromReserve(RankingEntry entry, String released, String offered) {
        entry.moveUpFromReserve("moved up from the reserve list: grant " + released + " was released; offered grant "
                + offered);
    }
}
