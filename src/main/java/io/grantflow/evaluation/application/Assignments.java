package io.grantflow.evaluation.application;

import io.grantflow.evaluation.api.AssignmentView;
import io.grantflow.evaluation.api.AssignmentRun;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.ExpertsPerProposal;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.evaluation.domain.ExpertSelection;
import io.grantflow.evaluation.domain.ProposalEvaluation;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigning eligible proposals to experts of the call's pool without conflicts of interest, starting
 * each evaluation once its slots are filled, and replacing an expert who declares a conflict; each expert
 * assigned is told.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class Assignments {

    private static final List<ProposalStatus> ASSIGNABLE = List.of(ProposalStatus.ELIGIBLE, ProposalStatus.UNDER_EVALUATION);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ExpertPool pool;

    @Inject
    ProposalActs proposals;

    @Inject
    AssignmentAccess access;

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    Notifications notifications;

    /**
     * Assigns every eligible proposal of the call (or of one cut-off's batch) to N experts from the
     * pool (the call's {@code expertsPerProposal} unless the request says otherwise), filling only the
     * evaluation slots that have no expert: running it again changes nothing. A proposal whose slots
     * are all filled starts its evaluation (proposal-evaluation.bpmn), due after the call's evaluation days.
     */
    public AssignmentRun assign(String identifier, Integer perProposal, Integer cutoff) {
        Call call = ExpertPool.publishedCall(identifier, true);
        if (perProposal != null && !ExpertsPerProposal.inRange(perProposal)) {
            throw DomainException.ruleBroken("invalid_assignment", "the number of experts is " + ExpertsPerProposal.range(),
                    List.of(new Violation("expertsPerProposal", "out_of_range", ExpertsPerProposal.range())));
        }
        requireClosed(call, cutoff);
        List<Expert> experts = pool.members(call);
        if (experts.isEmpty()) {
            throw DomainException.conflict("expert_pool_empty", "the call " + call.identifier + " has no experts in its "
                    + "pool: register experts (POST /api/experts) and put them in the call's pool "
                    + "(PUT /api/calls/" + call.identifier + "/experts), then assign again");
        }
        int requested = perProposal == null ? call.expertsPerProposal : perProposal;
        List<Proposal> eligible = cutoff == null
                ? Proposal.list("call.id = ?1 and status in ?2 order by id", call.id, ASSIGNABLE)
                : Proposal.list("call.id = ?1 and status in ?2 and deadlineIndex = ?3 order by id", call.id,
                ASSIGNABLE, cutoff);
        int created = 0;
        int started = 0;
        List<AssignmentRun.Shortfall> shortfalls = new ArrayList<>();
        for (Proposal p : eligible) {
            Proposal.byIdForUpdate(p.id); // serialises with submissions: none is lost between the last slot and the start
            ProposalEvaluation evaluation = ProposalEvaluation.findById(p.id);
            Set<Integer> taken = new HashSet<>();
            Assignment.<Assignment>list("proposalId = ?1 and status <> ?2", p.id, AssignmentStatus.CONFLICT_DECLARED)
                    .forEach(a -> taken.add(a.slot));
            int highest = taken.stream().mapToInt(Integer::intValue).max().orElse(-1);
            int needed = evaluation != null ? evaluation.expertsRequired : Math.max(requested, highest + 1);
            List<Integer> free = new ArrayList<>();
            for (int slot = 0; slot < needed; slot++) {
                if (!taken.contains(slot)) {
                    free.add(slot);
                }
            }
            List<Assignment> filled = fill(p, experts, free);
            int added = filled.size();
            created += added;
            if (added < free.size()) {
                shortfalls.add(new AssignmentRun.Shortfall(p.id, needed - free.size() + added, needed));
            } else if (evaluation == null) {
                start(p, needed);
                started++;
            }
            assigned(p, filled);
        }
        return new AssignmentRun(eligible.size(), created, requested, started, shortfalls);
    }

    /** The expert declares a conflict of interest (a replacement takes the slot over) or none (and reads on). */
    public AssignmentView declare(Long id, boolean conflict, String reason, String user) {
        Assignment locked = access.lockedOwn(id, user);
        if (!conflict && (locked.status == AssignmentStatus.ACCEPTED || locked.status == AssignmentStatus.SUBMITTED)) {
            return access.view(locked, true); // the same declaration again
        }
        locked.requireUndeclared();
        Instant now = clock.instant();
        if (!conflict) {
            locked.declareNoConflict(now);
            return access.view(locked, true);
        }
        Violations.checkedReason(reason, "invalid_declaration");
        locked.declareConflict(reason, now);
        em.flush();
        Proposal p = Proposal.findById(locked.proposalId);
        assigned(p, fill(p, pool.members(p.call), List.of(locked.slot))); // a replacement takes the slot over
        return access.view(locked, false);
    }

    /**
     * Proposals are assigned once their deadline has passed (their eligibility is re-checked then):
     * before it, assigning is a 409 {@code call_not_closed} naming the deadline, never an empty run.
     * Without a cut-off, the call's first deadline counts (a later cut-off's proposals wait for theirs).
     */
    private void requireClosed(Call call, Integer cutoff) {
        if (cutoff != null && (cutoff < 0 || cutoff >= call.deadlines.size())) {
            throw DomainException.ruleBroken("invalid_assignment", "the call has no deadline " + cutoff,
                    List.of(new Violation("cutoff", "out_of_range", "from 0 to " + (call.deadlines.size() - 1))));
        }
        int index = cutoff == null ? 0 : cutoff;
        Instant deadline = call.deadlines.get(index).at;
        if (!clock.instant().isAfter(deadline)) {
            throw DomainException.conflict("call_not_closed", "nothing can be assigned yet: the deadline "
                    + (call.deadlines.size() > 1 ? index + " " : "") + "of the call " + call.identifier + " is "
                    + Brussels.format(deadline)
                    + "; proposals are assigned after it, once their eligibility has been re-checked");
        }
    }

    /** Every slot has an expert: the evaluation starts, and slots submitted before it count at once. */
    private void start(Proposal p, int experts) {
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(p.call.evaluationDays));
        Instant reminder = due.minus(Duration.ofDays(p.call.reminderDays));
        new ProposalEvaluation(p.id, p.call.id, p.deadlineIndex, experts, now, due, reminder).persist();
        proposals.evaluationStarted(p, experts, due);
        em.flush();
        workflow.started(p.id, experts, due, reminder);
        Assignment.<Assignment>list("proposalId = ?1 and status = ?2", p.id, AssignmentStatus.SUBMITTED)
                .forEach(a -> workflow.individualSubmitted(p.id, a.slot));
    }

    /** Fills the free slots with experts from the pool; returns the assignments it made. */
    private List<Assignment> fill(Proposal p, List<Expert> experts, List<Integer> slots) {
        int missing = slots.size();
        if (missing <= 0) {
            return List.of();
        }
        Set<Long> excluded = new HashSet<>();
        Assignment.<Assignment>list("proposalId", p.id).forEach(a -> excluded.add(a.expertId));
        Set<String> tags = new HashSet<>(Arrays.asList(p.tags));
        tags.addAll(Arrays.asList(p.call.sectors));
        List<Expert> chosen = ExpertSelection.choose(ExpertSelection.candidates(experts, load(experts)),
                new HashSet<>(p.organisationIds()), tags, excluded, missing);
        Instant now = clock.instant();
        List<Assignment> made = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Assignment a = new Assignment(p.id, chosen.get(i).id, slots.get(i), now);
            a.persist();
            made.add(a);
        }
        em.flush();
        return made;
    }

    /**
     * Tells each newly assigned expert (with the evaluation's due date once it has started). No organisation
     * is told: who evaluates a proposal is not the consortium's to know.
     */
    private void assigned(Proposal p, List<Assignment> made) {
        Instant due = ProposalEvaluation.<ProposalEvaluation>findByIdOptional(p.id).map(e -> e.dueAt).orElse(null);
        for (Assignment a : made) {
            Expert.<Expert>findByIdOptional(a.expertId).ifPresent(x -> notifications.toUser(x.username,
                    NotificationKind.EVALUATION_ASSIGNED, NotificationParams.of().text("proposal", p.id)
                            .text("acronym", p.acronym).text("call", p.call.identifier).instant("due", due),
                    "assignment:" + a.id, List.of()));
        }
    }

    /** How many active assignments each expert of the pool already has. */
    private Map<Long, Integer> load(List<Expert> experts) {
        Map<Long, Integer> load = new HashMap<>();
        if (experts.isEmpty()) {
            return load;
        }
        List<Object[]> rows = em.createQuery("select a.expertId, count(a) from Assignment a where a.expertId in :ids "
                        + "and a.status <> :conflict group by a.expertId", Object[].class)
                .setParameter("ids", experts.stream().map(e -> e.id).toList())
                .setParameter("conflict", AssignmentStatus.CONFLICT_DECLARED).getResultList();
        rows.forEach(r -> load.put((Long) r[0], ((Number) r[1]).intValue()));
        return load;
    }
}
