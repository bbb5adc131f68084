package io.grantflow.evaluation.application;

import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Read model: the evaluation work waiting for a person (shown by {@code GET /api/me}). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationWaiting {

    /** The expert's assignments still to declare or to score: neither submitted nor given up for a conflict. */
    public List<Long> assignmentsToScore(String user) {
        return Expert.byUsername(user).map(e -> Assignment.<Assignment>list("expertId = ?1 and status in ?2 order by id",
                e.id, List.of(AssignmentStatus.ASSIGNED, AssignmentStatus.ACCEPTED)).stream().map(a -> a.id).toList())
                .orElse(List.of());
    }

    /** Proposals whose consensus is open: an officer agrees it. */
    public List<Long> consensusToAgree() {
        return ProposalEvaluation.<ProposalEvaluation>list("status = ?1 order by proposalId", EvaluationStatus.CONSENSUS)
                .stream().map(e -> e.proposalId).toList();
    }
}
