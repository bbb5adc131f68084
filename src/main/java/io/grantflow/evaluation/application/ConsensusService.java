package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.ConsensusView;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ConsensusScore;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.evaluation.domain.Score;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.evaluation.domain.Spread;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The consensus of a proposal: opened by proposal-evaluation.bpmn when every individual evaluation
 * is in, drafted and agreed by the rapporteur (an officer). The agreed weighted total is what the
 * ranking uses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ConsensusService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ProposalActs proposals;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    Notifications notifications;

    /**
     * The service task: opens the consensus once, whatever the number of times the engine runs it, and tells
     * the officers who can be reached that it can be drafted: the rapporteur if one is named, and the officer
     * who created the call (officers as such cannot be listed: the role comes with each person's token).
     */
    public void open(Long proposalId) {
        ProposalEvaluation.forUpdate(proposalId).filter(e -> e.openConsensus(clock.instant())).ifPresent(e -> {
            Proposal p = Proposal.findById(proposalId);
            List<String> officers = new ArrayList<>();
            if (e.rapporteur != null) {
                officers.add(e.rapporteur);
            }
            if (p.call.createdBy != null) {
                officers.add(p.call.createdBy);
            }
            notifications.toUsers(officers, NotificationKind.CONSENSUS_READY, NotificationParams.of()
                    .text("proposal", p.id).text("acronym", p.acronym).text("call", p.call.identifier)
                    .number("experts", e.expertsRequired), "consensus:" + p.id, List.of());
        });
    }

    /** The consensus as stored (in a transaction of its own when there is none: see {@link AssignmentAccess#myAssignment}). */
    public ConsensusView view(Long proposalId) {
        ProposalEvaluation e = ProposalEvaluation.<ProposalEvaluation>findByIdOptional(proposalId)
                .orElseThrow(() -> DomainException.notFound("evaluation of proposal", String.valueOf(proposalId)));
        return view(e);
    }

    /** Saves a draft: entries replace those criteria's score and comment; a comment left out keeps the earlier one. */
    public ConsensusView save(Long proposalId, List<ScoringPolicy.Entry> entries, String officer) {
        ProposalEvaluation e = openFor(proposalId);
        Proposal p = Proposal.findById(proposalId);
        new Violations().addAll(ScoringPolicy.checkDraft(entries == null ? List.of() : entries,
                        new LinkedHashSet<>(names(p)))).throwIfAny("invalid_consensus", "the consensus cannot be saved");
        for (ScoringPolicy.Entry entry : entries) {
            ConsensusScore s = ConsensusScore.findById(new ConsensusScore.Key(proposalId, entry.criterion()));
            if (s == null) {
                s = new ConsensusScore(proposalId, entry.criterion());
                s.persist();
            }
            s.value().write(entry);
        }
        e.rapporteur = officer;
        em.flush();
        return view(e);
    }

    /** Agrees the consensus: every criterion scored and commented; the weighted total then counts for the ranking. */
    public ConsensusView agree(Long proposalId, String officer) {
        ProposalEvaluation e = ProposalEvaluation.forUpdate(proposalId)
                .orElseThrow(() -> DomainException.notFound("evaluation of proposal", String.valueOf(proposalId)));
        if (e.status == EvaluationStatus.AGREED) {
            return view(e);
        }
        e.requireConsensusOpen();
        Proposal p = Proposal.findById(proposalId);
        Map<String, ScoringPolicy.Entry> saved = new HashMap<>();
        ConsensusScore.of(proposalId).forEach(s -> saved.put(s.key.criterion(), s.value().entry(s.key.criterion())));
        new Violations().addAll(ScoringPolicy.checkComplete(saved, names(p), p.call.minCommentLength))
                .throwIfAny("consensus_incomplete", "the consensus cannot be agreed");
        BigDecimal total = ScoringPolicy.weightedTotal(p.call.criteriaAtStage(p.stage), saved);
        e.agree(officer, total, clock.instant());
        proposals.consensusAgreed(p, total, officer);
        em.flush();
        workflow.consensusAgreed(proposalId);
        return view(e);
    }

    private ProposalEvaluation openFor(Long proposalId) {
        ProposalEvaluation e = ProposalEvaluation.forUpdate(proposalId)
                .orElseThrow(() -> DomainException.notFound("evaluation of proposal", String.valueOf(proposalId)));
        e.requireConsensusOpen();
        return e;
    }

    private static List<String> names(Proposal p) {
        return p.call.criteriaAtStage(p.stage).stream().map(c -> c.name).toList();
    }

    private ConsensusView view(ProposalEvaluation e) {
        Proposal p = Proposal.findById(e.proposalId);
        List<Assignment> submitted = Assignment.list("proposalId = ?1 and status = ?2 order by slot",
                e.proposalId, AssignmentStatus.SUBMITTED);
        boolean showIndividual = e.status != EvaluationStatus.INDIVIDUAL;
        Map<String, ConsensusScore> consensus = new HashMap<>();
        ConsensusScore.of(e.proposalId).forEach(s -> consensus.put(s.key.criterion(), s));
        Map<Long, String> experts = new HashMap<>();
        Map<Long, Map<String, Score>> scores = new HashMap<>();
        if (showIndividual) {
            for (Assignment a : submitted) {
                experts.put(a.id, Expert.<Expert>findByIdOptional(a.expertId).map(x -> x.name).orElse(null));
                Map<String, Score> byCriterion = new HashMap<>();
                Score.of(a.id).forEach(s -> byCriterion.put(s.key.criterion(), s));
                scores.put(a.id, byCriterion);
            }
        }
        List<ConsensusView.CriterionConsensus> criteria = new ArrayList<>();
        for (Criterion c : p.call.criteriaAtStage(p.stage)) {
            List<ConsensusView.Individual> individual = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            if (showIndividual) {
                for (Assignment a : submitted) {
                    Score s = scores.get(a.id).get(c.name);
                    individual.add(new ConsensusView.Individual(a.id, experts.get(a.id),
                            s == null ? null : s.score().setScale(1), s == null ? null : s.comment()));
                    if (s != null && s.score() != null) {
                        values.add(s.score());
                    }
                }
            }
            Spread spread = Spread.of(values);
            ConsensusScore cs = consensus.get(c.name);
            criteria.add(new ConsensusView.CriterionConsensus(c.name, c.weight.setScale(2), c.threshold.setScale(1),
                    individual, spread.min(), spread.max(), spread.spread(), spread.average(), spread.divergent(),
                    cs == null || cs.score() == null ? null : cs.score().setScale(1), cs == null ? null : cs.comment()));
        }
        return new ConsensusView(e.proposalId, p.call.identifier, p.acronym, p.stage, e.status, e.expertsRequired,
                submitted.size(), e.rapporteur, e.consensusOpenedAt, e.agreedAt,
                e.total, criteria);
    }
}
