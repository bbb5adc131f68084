package io.grantflow.ranking.application;

import io.grantflow.ranking.api.RankingView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.calls.domain.Deadline;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.proposals.application.RankedProposals;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.ranking.domain.Ranking;
import io.grantflow.ranking.domain.RankingPolicy;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks one batch of a call (its deadline, a cut-off, or a stage) from the agreed consensus scores,
 * draws the budget line (or at stage 1 the invitation line), and sets each proposal's status. It can be
 * run again until the award; all of it happens under the call's row lock, so it never interleaves with
 * another ranking or an award of the same call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RankingService {

    private static final List<String> RANKABLE = ProposalStatus.RANKABLE.stream().map(Enum::name).toList();
    private static final List<String> PENDING = ProposalStatus.AWAITING_CONSENSUS.stream().map(Enum::name).toList();

    private static final int BATCH = 1000;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ProposalActs proposals;

    @Inject
    RankingQueries queries;

    @Inject
    io.grantflow.ledger.application.BudgetAllocations budgets;

    public RankingView rank(String identifier, Integer cutoff, String officer, PageRequest page) {
        Call call = Call.byIdentifierForUpdate(identifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
        int index = batch(call, cutoff);
        Instant now = clock.instant();
        Deadline deadline = call.deadlines.get(index);
        if (!now.isAfter(deadline.at)) {
            throw DomainException.conflict("batch_open", "the deadline " + deadline.label + " has not passed");
        }
        Ranking previous = Ranking.of(call.id, index).orElse(null);
        if (previous != null) {
            previous.requireNotAwarded();
        }
        List<Violation> pending = pending(call.id, index);
        if (!pending.isEmpty()) {
            throw DomainException.conflict("evaluation_pending", pending.size() + " proposal(s) of the batch have no agreed consensus yet", pending);
        }
        int stage = call.submissionModel == SubmissionModel.TWO_STAGE ? index + 1 : 1;
        boolean invitation = call.submissionModel == SubmissionModel.TWO_STAGE && stage == 1;
        List<Criterion> criteria = call.criteriaAtStage(stage);
        Set<String> names = new java.util.HashSet<>(criteria.stream().map(c -> c.name).toList());
        List<String> tieBreak = Arrays.stream(call.tieBreak).filter(names::contains).toList();
        // a cut-off's line is drawn against its account: its budget with what a previous cut-off carried over
        Money budget = call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS && deadline.budget != null
                ? budgets.cutoff(call.identifier, index).map(a -> a.allocated).orElse(deadline.budget) : call.budget;

        // lock the batch's proposals: a withdrawal cannot slip in between reading and writing the outcomes
        em.createNativeQuery("select id from grantflow.proposal where call_id = ?1 and deadline_index = ?2 "
                + "order by id for update").setParameter(1, call.id).setParameter(2, index).getResultList();
        List<RankingPolicy.Candidate> candidates = candidates(call.id, index);
        if (candidates.isEmpty()) {
            throw DomainException.conflict("nothing_to_rank", "no proposal of this batch has an agreed consensus");
        }
        if (previous != null) {
            previous.delete();
            em.flush();
        }
        Ranking ranking = new Ranking(call.id, index, stage, budget,
                invitation ? call.stage2InvitationMultiple : null, officer, now);
        ranking.persist();
        em.flush();
        List<RankingPolicy.Placement> placements = RankingPolicy.rank(candidates, new RankingPolicy.Rules(
                criteria.stream().map(c -> new RankingPolicy.CriterionRule(c.name, c.weight, c.threshold)).toList(),
                invitation ? null : call.overallThreshold, tieBreak, ranking.limit(), invitation));
        write(ranking, placements, officer);
        return queries.view(call, ranking, page);
    }

    /** The deadline index of the batch: the only one by default; a call with several names it. */
    public static int batch(Call call, Integer cutoff) {
        if (cutoff == null) {
            if (call.deadlines.size() > 1) {
                throw DomainException.ruleBroken("cutoff_required", "this call has " + call.deadlines.size()
                                + " deadlines; say which batch", List.of(new Violation("cutoff", "required",
                        "a deadline index from 0 to " + (call.deadlines.size() - 1))));
            }
            return 0;
        }
        if (cutoff < 0 || cutoff >= call.deadlines.size()) {
            throw DomainException.ruleBroken("invalid_cutoff", "there is no such batch", List.of(new Violation("cutoff",
                    "out_of_range", "a deadline index from 0 to " + (call.deadlines.size() - 1))));
        }
        return cutoff;
    }

    @SuppressWarnings("unchecked")
    private List<Violation> pending(Long callId, int index) {
        List<Object[]> rows = em.createNativeQuery("select id, acronym, status from grantflow.proposal where call_id = ?1 "
                        + "and deadline_index = ?2 and status in (?3) order by id")
                .setParameter(1, callId).setParameter(2, index).setParameter(3, PENDING).getResultList();
        return rows.stream().map(r -> new Violation("proposals[" + r[0] + "]", "evaluation_pending",
                r[1] + " is " + r[2])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<RankingPolicy.Candidate> candidates(Long callId, int index) {
        List<Object[]> rows = em.createNativeQuery("select p.id, p.acronym, p.requested_contribution, c.criterion, c.score "
                        + "from grantflow.proposal p join grantflow.proposal_evaluation e on e.proposal_id = p.id "
                        + "and e.status = 'AGREED' join grantflow.consensus_score c on c.proposal_id = p.id "
                        + "where p.call_id = ?1 and p.deadline_index = ?2 and p.status in (?3) order by p.id")
                .setParameter(1, callId).setParameter(2, index).setParameter(3, RANKABLE).getResultList();
        Map<Long, RankingPolicy.Candidate> byId = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long id = ((Number) r[0]).longValue();
            RankingPolicy.Candidate c = byId.computeIfAbsent(id, k -> new RankingPolicy.Candidate(k, (String) r[1],
                    Money.of((BigDecimal) r[2]), new LinkedHashMap<>()));
            c.scores().put((String) r[3], (BigDecimal) r[4]);
        }
        return new ArrayList<>(byId.values());
    }

    /** Writes the entries in JDBC batches, then tells the proposals their places (in batches too). */
    private void write(Ranking ranking, List<RankingPolicy.Placement> placements, String officer) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement entry = connection.prepareStatement("insert into grantflow.ranking_entry (ranking_id, "
                    + "proposal_id, position, outcome, total, scores, requested, running_total, tie_break, reasons) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (RankingPolicy.Placement p : placements) {
                    entry.setLong(1, ranking.id);
                    entry.setLong(2, p.candidate().id());
                    entry.setObject(3, p.position(), Types.INTEGER);
                    entry.setString(4, p.outcome().name());
                    entry.setBigDecimal(5, p.total());
                    entry.setObject(6, write(p.candidate().scores()), Types.OTHER);
                    entry.setBigDecimal(7, p.candidate().requested().amount());
                    entry.setBigDecimal(8, p.runningTotal() == null ? null : p.runningTotal().amount());
                    entry.setString(9, p.tieBreak());
                    entry.setObject(10, write(p.reasons()), Types.OTHER);
                    entry.addBatch();
                    if (++n % BATCH == 0) {
                        entry.executeBatch();
                    }
                }
                entry.executeBatch();
            }
        });
        proposals.ranked(placements.stream().map(p -> new RankedProposals.Rank(p.candidate().id(),
                ProposalStatus.valueOf(p.outcome().name()), p.outcome() + (p.position() == null
                ? ": " + String.join("; ", p.reasons())
                : " at position " + p.position() + ", total " + p.total().stripTrailingZeros().toPlainString()))).toList(),
                officer);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
