package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.evaluation.domain.Score;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An expert scores the criteria of an assigned proposal: drafts, then one submission that locks them. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Scoring {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    AssignmentAccess access;

    @Inject
    EvaluationWorkflow workflow;

    /**
     * Saves a draft: the entries given replace those criteria's score and comment; criteria not
     * given, and a comment left out (null), keep what was saved before. {@code replaces}: the draft version the
     * caller read (null: whatever is saved); a newer one saved since is a 409 {@code draft_outdated}.
     */
    public AssignmentView saveScores(Long id, List<ScoringPolicy.Entry> entries, Integer replaces, String user) {
        Assignment a = access.lockedOwn(id, user);
        a.requireScorable();
        a.requireLatestDraft(replaces);
        Proposal p = Proposal.findById(a.proposalId);
        Set<String> criteria = new LinkedHashSet<>(p.call.criteriaAtStage(p.stage).stream().map(c -> c.name).toList());
        new Violations().addAll(ScoringPolicy.checkDraft(entries, criteria)).throwIfAny("invalid_scores",
                "the scores cannot be saved");
        for (ScoringPolicy.Entry e : entries) {
            Score s = Score.<Score>find("key.assignmentId = ?1 and key.criterion = ?2", a.id, e.criterion()).firstResult();
            if (s == null) {
                s = new Score(a.id, e.criterion());
                s.persist();
            }
            s.value().write(e);
        }
        a.draftSaved(clock.instant());
        em.flush();
        return access.view(a, true);
    }

    /** Submits the evaluation: every criterion scored and commented; then it is locked. */
    public AssignmentView submitScores(Long id, String user) {
        Assignment a = access.lockedOwn(id, user);
        if (a.status == AssignmentStatus.SUBMITTED) {
            return access.view(a, true);
        }
        a.requireScorable();
        // one submission at a time per proposal, and never between the last slot's assignment and the start
        Proposal p = Proposal.byIdForUpdate(a.proposalId).orElseThrow();
        if (p.status == ProposalStatus.WITHDRAWN) {
            throw DomainException.conflict("proposal_withdrawn", "the proposal was withdrawn; its evaluation ended");
        }
        ProposalEvaluation evaluation = ProposalEvaluation.forUpdate(p.id).orElse(null);
        Map<String, ScoringPolicy.Entry> saved = new HashMap<>();
        Score.of(a.id).forEach(s -> saved.put(s.key.criterion(), s.value().entry(s.key.criterion())));
        new Violations().addAll(ScoringPolicy.checkComplete(saved,
                        p.call.criteriaAtStage(p.stage).stream().map(c -> c.name).toList(), p.call.minCommentLength))
                .throwIfAny("evaluation_incomplete", "the evaluation cannot be submitted");
        a.submit(clock.instant());
        em.flush();
        if (evaluation != null) {
            workflow.individualSubmitted(p.id, a.slot);
        }
        return access.view(a, true);
    }
}
