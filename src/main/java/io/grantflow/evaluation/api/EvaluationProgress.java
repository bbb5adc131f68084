package io.grantflow.evaluation.api;

import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.proposals.domain.Proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One proposal's evaluation as the officers follow it: each assignment with its slot, the
 * reminder and the escalation (set by the process's timers), never the scores.
 */
public record EvaluationProgress(Long proposalId, String acronym, int deadlineIndex, EvaluationStatus status,
                                 int expertsRequired, int submitted, Instant startedAt, Instant reminderAt,
                                 Instant dueAt, boolean escalated, Instant consensusOpenedAt, String rapporteur,
                                 Instant agreedAt, BigDecimal total, List<Slot> assignments) {

    public record Slot(Long assignmentId, int slot, Long expertId, String expert, AssignmentStatus status,
                       Instant assignedAt, Instant submittedAt, Instant remindedAt, Instant escalatedAt) {
    }

    public static EvaluationProgress of(ProposalEvaluation e, Proposal p, List<Assignment> assignments, Map<Long, String> names) {
        List<Slot> slots = assignments.stream().map(a -> new Slot(a.id, a.slot, a.expertId, names.get(a.expertId),
                a.status, a.assignedAt, a.submittedAt, a.remindedAt, a.escalatedAt)).toList();
        int submitted = (int) assignments.stream().filter(a -> a.status == AssignmentStatus.SUBMITTED).count();
        boolean escalated = assignments.stream().anyMatch(a -> a.active() && a.escalatedAt != null);
        return new EvaluationProgress(e.proposalId, p.acronym, e.deadlineIndex, e.status, e.expertsRequired, submitted,
                e.startedAt, e.reminderAt, e.dueAt, escalated, e.consensusOpenedAt, e.rapporteur, e.agreedAt,
                e.total, slots);
    }
}
