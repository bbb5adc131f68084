package io.grantflow.ranking.application;

import io.grantflow.ranking.api.RankingView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.ranking.domain.Ranking;
import io.grantflow.ranking.domain.RankingEntry;
import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A batch's ranking as the officers read it: the rules, the budget line, the counts and a page of entries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RankingQueries {

    @Inject
    EntityManager em;

    public RankingView get(String identifier, Integer cutoff, PageRequest page) {
        Call call = Call.byIdentifier(identifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
        int index = RankingService.batch(call, cutoff);
        Ranking ranking = Ranking.of(call.id, index)
                .orElseThrow(() -> DomainException.notFound("ranking of call", identifier + " (cutoff " + index + ")"));
        return view(call, ranking, page);
    }

    RankingView view(Call call, Ranking ranking, PageRequest page) {
        Call c = em.contains(call) ? call : Call.findById(call.id);
        List<Criterion> criteria = c.criteriaAtStage(ranking.stage);
        Set<String> names = new HashSet<>(criteria.stream().map(x -> x.name).toList());
        Map<RankingOutcome, Long> counts = new EnumMap<>(RankingOutcome.class);
        for (Object[] row : em.createQuery("select e.outcome, count(e) from RankingEntry e where e.key.rankingId = :r "
                + "group by e.outcome", Object[].class).setParameter("r", ranking.id).getResultList()) {
            counts.put((RankingOutcome) row[0], (Long) row[1]);
        }
        RankingOutcome inside = ranking.isInvitation() ? RankingOutcome.INVITED_TO_STAGE_2 : RankingOutcome.MAIN_LIST;
        RankingOutcome beyond = ranking.isInvitation() ? RankingOutcome.NOT_INVITED : RankingOutcome.RESERVE_LIST;
        RankingEntry last = RankingEntry.<RankingEntry>find("key.rankingId = ?1 and outcome = ?2 order by position desc",
                ranking.id, inside).firstResult();
        RankingEntry first = RankingEntry.<RankingEntry>find("key.rankingId = ?1 and outcome = ?2 order by position",
                ranking.id, beyond).firstResult();
        Money totalInside = last == null ? Money.ZERO : last.runningTotal;
        RankingView.Line line = new RankingView.Line(last == null ? null : last.position, totalInside,
                ranking.limit().minus(totalInside), first == null ? null : first.position);

        var query = RankingEntry.<RankingEntry>find("key.rankingId = ?1 order by position nulls last, total desc, "
                + "key.proposalId", ranking.id);
        long total = query.count();
        List<RankingEntry> entries = query.range(page.offset(), page.lastIndex()).list();
        Map<Long, String> acronyms = new HashMap<>();
        if (!entries.isEmpty()) {
            em.createQuery("select p.id, p.acronym from Proposal p where p.id in :ids", Object[].class)
                    .setParameter("ids", entries.stream().map(e -> e.key.proposalId()).toList()).getResultList()
                    .forEach(r -> acronyms.put((Long) r[0], (String) r[1]));
        }
        List<RankingView.Entry> items = entries.stream().map(e -> new RankingView.Entry(e.position, e.key.proposalId(),
                acronyms.get(e.key.proposalId()), e.outcome, e.total, scaled(e.scores), e.requested,
                e.runningTotal, e.tieBreak, e.reasons)).toList();
        return new RankingView(c.identifier, ranking.deadlineIndex, ranking.stage,
                ranking.isInvitation() ? "STAGE_2_INVITATION" : "FUNDING", ranking.budget, ranking.invitationMultiple,
                ranking.limit(),
                criteria.stream().map(x -> new RankingView.CriterionRule(x.name, x.weight.setScale(2),
                        x.threshold.setScale(1))).toList(),
                ranking.isInvitation() ? null : c.overallThreshold.setScale(1),
                Arrays.stream(c.tieBreak).filter(names::contains).toList(), line, counts, ranking.computedAt,
                ranking.computedBy, ranking.awardedAt, ranking.awardedBy, Page.of(items, page, total));
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> scores) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        scores.forEach((k, v) -> out.put(k, v.setScale(1, RoundingMode.UNNECESSARY)));
        return out;
    }
}
