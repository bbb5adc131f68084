package io.grantflow.cascade.api;

import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An application to evaluate, as its evaluator sees it (the programme's {@code AssignmentView} for an SME's
 * application). Before the conflict-of-interest declaration only the open call and the applying organisation
 * are shown; the application ({@code purpose}, {@code sector}, {@code requested}) once no conflict is declared.
 * {@code criteria} are the open call's; {@code scores} the evaluator's own; {@code draftVersion} counts the drafts.
 */
public record ApplicationAssignmentView(Long id, Long application, Long openCall, String openCallTitle,
                                        String organisationName, AssignmentStatus status, Instant assignedAt,
                                        Instant declaredAt, Instant savedAt, Instant submittedAt, int draftVersion,
                                        int minCommentLength, List<OpenCallView.Criterion> criteria,
                                        List<ScoreView> scores, String purpose, String sector, Money requested) {

    public record ScoreView(String criterion, BigDecimal score, String comment) {
    }
}
