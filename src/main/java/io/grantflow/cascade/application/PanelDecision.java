package io.grantflow.cascade.application;

import io.grantflow.cascade.api.PanelRankingView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.ranking.domain.RankingPolicy;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * The consortium decides an evaluated open call by its ranking: the main list is awarded through the award path
 * of every application ({@link ApplicationAward}: the third-party cap, the open call's budget, the ledger's
 * commitment, in the same transaction), those below a threshold are rejected with every reason, the reserve list
 * keeps waiting with its positions. Deciding again awards from the reserve list what the budget now allows (after a
 * withdrawal released an award, say) and changes nothing otherwise; two decisions at once queue on the open call's
 * row lock, so the second finds the first's result.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelDecision {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PanelRanking ranking;

    @Inject
    ApplicationAward award;

    public PanelRankingView decide(Long openCallId, String user) {
        OpenCall oc = PanelAccess.forConsortium(openCallId, user, true);
        PanelRanking.Result result = ranking.rank(oc);
        if (!result.pending().isEmpty()) {
            throw DomainException.conflict("evaluations_pending", "the ranking waits for the evaluations of "
                    + result.pending().size() + " application(s)", result.pending().stream()
                    .map(p -> new Violation("applications[" + p.application() + "]", "evaluation_pending", p.reason()))
                    .toList());
        }
        int reserve = 0;
        for (RankingPolicy.Placement p : result.placements()) {
            Long id = p.candidate().id();
            if (p.outcome() == RankingOutcome.MAIN_LIST) {
                award.decideRanked(id, true, "ranked #" + p.position() + " with a total of "
                        + p.total().stripTrailingZeros().toPlainString(), user);
            } else if (p.outcome() == RankingOutcome.REJECTED) {
                award.decideRanked(id, false, reason(p.reasons()), user);
            } else {
                Application.forUpdate(id).orElseThrow().placeOnReserve(++reserve, clock.instant());
            }
        }
        em.flush();
        return ranking.view(oc, ranking.rank(oc));
    }

    /** Every reason, within what a decision's reason may hold. */
    private static String reason(List<String> reasons) {
        String all = String.join("; ", reasons);
        return all.length() <= TextLimits.REASON ? all : all.substring(0, TextLimits.REASON - 1) + "…";
    }
}
