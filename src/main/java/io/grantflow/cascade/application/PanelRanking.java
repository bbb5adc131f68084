package io.grantflow.cascade.application;

import io.grantflow.calls.domain.Criterion;
import io.grantflow.cascade.api.PanelRankingView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.ApplicationConsensusScore;
import io.grantflow.cascade.domain.ApplicationScore;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Spread;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.ranking.domain.RankingPolicy;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluated open call's ranking, by the programme's rules ({@link RankingPolicy}): the score per criterion is
 * the average of the submitted evaluations ({@link Spread}) or the consensus the consortium recorded; criterion and
 * overall thresholds; ties broken by the criteria in order; the budget line at what remains of the open call's
 * budget, beyond which the reserve list begins.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelRanking {

    @Inject
    OpenCallCutoffs cutoffs;

    /** What a ranking ranks: the applications in scope and the budget they share (of one cut-off, or none). */
    public record Scope(List<Application> applications, Money limit, Integer cutoff) {
    }

    public record Result(List<RankingPolicy.Placement> placements, List<PanelRankingView.Pending> pending, Money limit,
                         Integer cutoff) {
    }

    public PanelRankingView view(Long openCallId, String user) {
        OpenCall oc = PanelAccess.forConsortium(openCallId, user, false);
        return view(oc, rank(oc));
    }

    /**
     * The ranking's inputs, in this one place: the open call's applications awaiting the decision (they passed the
     * checks) and what remains of its budget. With cut-offs, one cut-off is ranked at a time, against what remains of
     * its own budget: the earliest with an application not yet ranked by a decision; when every waiting application
     * is on a reserve list, the earliest with a reserve list (released budget goes to its reserve).
     */
    Scope scope(OpenCall oc) {
        List<Application> waiting = Application.list("openCallId = ?1 and status = ?2 order by id", oc.id,
                ApplicationStatus.UNDER_REVIEW);
        Integer cutoff = earliestCutoff(waiting, false);
        if (cutoff == null) {
            cutoff = earliestCutoff(waiting, true);
        }
        if (cutoff == null) {
            return new Scope(waiting, LedgerAccount.<LedgerAccount>findById(oc.accountId).available(), null);
        }
        Integer ranked = cutoff;
        return new Scope(waiting.stream().filter(a -> ranked.equals(a.cutoffIndex)).toList(),
                cutoffs.remaining(oc.id, ranked), ranked);
    }

    private static Integer earliestCutoff(List<Application> waiting, boolean reserve) {
        return waiting.stream().filter(a -> a.cutoffIndex != null && (a.reservePosition != null) == reserve)
                .map(a -> a.cutoffIndex).min(Integer::compare).orElse(null);
    }

    Result rank(OpenCall oc) {
        Scope scope = scope(oc);
        List<RankingPolicy.Candidate> candidates = new ArrayList<>();
        List<PanelRankingView.Pending> pending = new ArrayList<>();
        for (Application a : scope.applications()) {
            String name = Organisation.<Organisation>findById(a.organisationId).legalName;
            long submitted = ApplicationAssignment.count("applicationId = ?1 and status = ?2", a.id,
                    AssignmentStatus.SUBMITTED);
            Map<String, BigDecimal> scores = oc.panelScoring == PanelScoring.CONSENSUS ? consensus(oc, a) : average(oc, a);
            if (submitted < oc.evaluatorsPerApplication) {
                pending.add(new PanelRankingView.Pending(a.id, name, submitted + " of " + oc.evaluatorsPerApplication
                        + " evaluations submitted"));
            } else if (scores == null) {
                pending.add(new PanelRankingView.Pending(a.id, name, "the consensus is not recorded"));
            } else {
                candidates.add(new RankingPolicy.Candidate(a.id, name, a.amountToAward, scores));
            }
        }
        List<RankingPolicy.CriterionRule> rules = oc.criteria.stream()
                .map(c -> new RankingPolicy.CriterionRule(c.name, c.weight, c.threshold)).toList();
        List<String> tieBreak = oc.criteria.stream().map(c -> c.name).toList();
        return new Result(RankingPolicy.rank(candidates, new RankingPolicy.Rules(rules, oc.overallThreshold, tieBreak,
                scope.limit(), false)), pending, scope.limit(), scope.cutoff());
    }

    /** The average of the submitted scores per criterion. */
    private static Map<String, BigDecimal> average(OpenCall oc, Application a) {
        List<ApplicationAssignment> done = ApplicationAssignment.list("applicationId = ?1 and status = ?2", a.id,
                AssignmentStatus.SUBMITTED);
        Map<String, List<BigDecimal>> byCriterion = new LinkedHashMap<>();
        for (ApplicationAssignment x : done) {
            ApplicationScore.of(x.id).forEach(s -> byCriterion.computeIfAbsent(s.key.criterion(), k -> new ArrayList<>())
                    .add(s.value().score));
        }
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        for (Criterion c : oc.criteria) {
            averages.put(c.name, Spread.of(byCriterion.getOrDefault(c.name, List.of())).average());
        }
        return averages;
    }

    /** The recorded consensus per criterion; null until every criterion has one. */
    private static Map<String, BigDecimal> consensus(OpenCall oc, Application a) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        ApplicationConsensusScore.of(a.id).forEach(s -> scores.put(s.key.criterion(), s.value().score));
        return oc.criteria.stream().allMatch(c -> scores.get(c.name) != null) ? scores : null;
    }

    PanelRankingView view(OpenCall oc, Result r) {
        List<PanelRankingView.Entry> ranked = r.placements().stream().map(p -> new PanelRankingView.Entry(
                p.candidate().id(), p.candidate().acronym(), p.candidate().requested(), p.position(), p.outcome(),
                p.total(), p.runningTotal(), p.candidate().scores(), p.reasons(),
                Application.<Application>findById(p.candidate().id()).reservePosition)).toList();
        List<PanelRankingView.Decided> decided = Application.<Application>list("openCallId = ?1 and status <> ?2 and id in "
                        + "(select x.applicationId from ApplicationAssignment x) order by id", oc.id,
                ApplicationStatus.UNDER_REVIEW).stream().map(a -> new PanelRankingView.Decided(a.id,
                Organisation.<Organisation>findById(a.organisationId).legalName, a.status, a.awarded)).toList();
        return new PanelRankingView(oc.id, oc.title, oc.panelScoring, oc.budget, r.limit(), r.cutoff(), ranked, r.pending(), decided);
    }
}
