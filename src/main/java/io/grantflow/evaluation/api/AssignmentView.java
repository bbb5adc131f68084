package io.grantflow.evaluation.api;

import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.proposals.api.ProposalView;

import java.time.Instant;
import java.util.List;

/**
 * An assignment as its expert sees it. Before the conflict-of-interest declaration only what is needed
 * to declare is shown (call, acronym, title, participants); {@code proposal} is filled afterwards.
 * {@code draftVersion} counts the drafts saved (a save names the one it replaces); {@code dueAt} is when the
 * evaluation is due, once it has started (every slot of the proposal has an expert).
 */
public record AssignmentView(Long id, String call, Long proposalId, String acronym, String title,
                             List<Participant> participants, AssignmentStatus status, Instant assignedAt,
                             Instant declaredAt, Instant savedAt, Instant submittedAt, int draftVersion,
                             Instant dueAt, List<ScoreView> scores, ProposalView proposal) {

    /** The expert's own score for one criterion; nobody else's is ever shown here. */
    public record ScoreView(String criterion, java.math.BigDecimal score, String comment) {
    }

    public record Participant(Long organisation, String legalName, String country) {
    }
}
