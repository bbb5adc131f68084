package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.EvaluationProgress;
import io.grantflow.calls.domain.Call;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.EvaluationStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Following the evaluations up: the reminder and the escalation of a slot whose expert has not
 * submitted (timers of proposal-evaluation.bpmn), and the officers' view of the evaluations' progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EvaluationFollowUp {

    private static final Logger LOG = Logger.getLogger(EvaluationFollowUp.class);

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** The reminder timer of one slot: marks the expert who has not submitted as reminded (once). */
    public void remind(Long proposalId, int slot) {
        activeInSlot(proposalId, slot).filter(a -> a.remind(clock.instant()))
                .ifPresent(a -> {
                    Expert.<Expert>findByIdOptional(a.expertId).ifPresent(x -> notifications.toUser(x.username,
                            NotificationKind.EVALUATION_REMINDER, NotificationParams.of().text("proposal", proposalId),
                            "assignment:" + a.id, java.util.List.of()));
                    LOG.infof("Reminded expert %d of the evaluation of proposal %d (slot %d)", a.expertId, proposalId, slot);
                });
    }

    /** The due date of one slot passed: the officers see the escalation in the call's evaluations. */
    public void escalate(Long proposalId, int slot) {
        activeInSlot(proposalId, slot).filter(a -> a.escalate(clock.instant()))
                .ifPresent(a -> {
                    Expert.<Expert>findByIdOptional(a.expertId).ifPresent(x -> notifications.toUser(x.username,
                            NotificationKind.EVALUATION_OVERDUE, NotificationParams.of().text("proposal", proposalId),
                            "assignment:" + a.id, java.util.List.of()));
                    LOG.warnf("Evaluation of proposal %d (slot %d, expert %d) is overdue", proposalId, slot, a.expertId);
                });
    }

    private static Optional<Assignment> activeInSlot(Long proposalId, int slot) {
        return Assignment.<Assignment>find("proposalId = ?1 and slot = ?2 and status <> ?3", proposalId, slot,
                AssignmentStatus.CONFLICT_DECLARED).firstResultOptional();
    }

    /** The evaluations of a call (or one batch) as the officers follow them: slots, experts, reminders, escalations. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluationProgress> progress(String identifier, Integer cutoff, Boolean overdue, PageRequest page) {
        Call call = ExpertPool.publishedCall(identifier, false);
        StringBuilder q = new StringBuilder("from ProposalEvaluation e where e.callId = :call and exists (select p.id "
                + "from Proposal p where p.id = e.proposalId and p.status <> :withdrawn)");
        Parameters params = Parameters.with("call", call.id).and("withdrawn", ProposalStatus.WITHDRAWN);
        if (cutoff != null) {
            q.append(" and e.deadlineIndex = :cutoff");
            params.and("cutoff", cutoff);
        }
        if (Boolean.TRUE.equals(overdue)) {
            q.append(" and e.status = :individual and (e.dueAt < :now or exists (select a.id from Assignment a where "
                    + "a.proposalId = e.proposalId and a.escalatedAt is not null and a.status <> :conflict))");
            params.and("individual", EvaluationStatus.INDIVIDUAL).and("now", clock.instant())
                    .and("conflict", AssignmentStatus.CONFLICT_DECLARED);
        }
        var query = ProposalEvaluation.<ProposalEvaluation>find(q + " order by e.proposalId", params);
        long total = query.count();
        List<EvaluationProgress> items = query.range(page.offset(), page.lastIndex()).list().stream()
                .map(e -> EvaluationProgress.of(e, Proposal.<Proposal>findById(e.proposalId),
                        Assignment.list("proposalId = ?1 order by slot, id", e.proposalId), expertNames()))
                .toList();
        return Page.of(items, page, total);
    }

    private static Map<Long, String> expertNames() {
        Map<Long, String> names = new HashMap<>();
        Expert.<Expert>listAll().forEach(e -> names.put(e.id, e.name));
        return names;
    }
}
