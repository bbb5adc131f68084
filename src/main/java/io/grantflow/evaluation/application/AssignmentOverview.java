package io.grantflow.evaluation.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.evaluation.domain.Assignment;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who evaluates which proposal of a call, with the conflicts of interest in sight: each slot's expert and status,
 * the experts who declared a conflict (and why; a replacement took their slot), and the experts of the call's pool
 * that {@link io.grantflow.evaluation.domain.ExpertSelection} never assigns to the proposal because they belong to
 * an organisation of its consortium.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssignmentOverview {

    /** The proposals an officer assigns, or has assigned: from eligible on (not drafts, withdrawn or ineligible). */
    private static final List<ProposalStatus> SHOWN = List.of(ProposalStatus.ELIGIBLE, ProposalStatus.UNDER_EVALUATION,
            ProposalStatus.EVALUATED, ProposalStatus.MAIN_LIST, ProposalStatus.RESERVE_LIST, ProposalStatus.REJECTED,
            ProposalStatus.INVITED_TO_STAGE_2, ProposalStatus.NOT_INVITED);

    /** One proposal's assignments and conflicts. */
    public record ProposalAssignments(Long proposal, String acronym, ProposalStatus status, int deadlineIndex,
                                      List<Slot> slots, List<Slot> conflicts, List<String> sameOrganisation) {
    }

    /** An expert in a slot: their status, and for a declared conflict when and why. */
    public record Slot(int slot, String expert, AssignmentStatus status, Instant declaredAt, String reason) {
    }

    @Inject
    ExpertPool pool;

    public Page<ProposalAssignments> of(String identifier, PageRequest page) {
        Call call = ExpertPool.publishedCall(identifier, false);
        var query = Proposal.<Proposal>find("call.id = ?1 and status in ?2", Sort.by("id"), call.id, SHOWN);
        long total = query.count();
        List<Expert> members = pool.members(call);
        List<Proposal> shown = query.range(page.offset(), page.lastIndex()).list();
        Map<Long, List<Assignment>> byProposal = new HashMap<>();
        if (!shown.isEmpty()) {
            Assignment.<Assignment>list("proposalId in ?1 order by slot, id", shown.stream().map(p -> p.id).toList())
                    .forEach(a -> byProposal.computeIfAbsent(a.proposalId, k -> new java.util.ArrayList<>()).add(a));
        }
        Set<Long> expertIds = new HashSet<>();
        byProposal.values().forEach(as -> as.forEach(a -> expertIds.add(a.expertId)));
        Map<Long, String> names = new HashMap<>(); // only the experts of this page, not every registered one
        if (!expertIds.isEmpty()) {
            Expert.<Expert>list("id in ?1", expertIds).forEach(e -> names.put(e.id, e.name));
        }
        List<ProposalAssignments> items = shown.stream().map(p -> {
            List<Assignment> all = byProposal.getOrDefault(p.id, List.of());
            Set<Long> consortium = new HashSet<>(p.organisationIds());
            return new ProposalAssignments(p.id, p.acronym, p.status, p.deadlineIndex,
                    all.stream().filter(a -> a.status != AssignmentStatus.CONFLICT_DECLARED).map(a -> slot(a, names)).toList(),
                    all.stream().filter(a -> a.status == AssignmentStatus.CONFLICT_DECLARED).map(a -> slot(a, names)).toList(),
                    members.stream().filter(e -> e.organisationId != null && consortium.contains(e.organisationId))
                            .map(e -> e.name).toList());
        }).toList();
        return Page.of(items, page, total);
    }

    private static Slot slot(Assignment a, Map<Long, String> names) {
        return new Slot(a.slot, names.get(a.expertId), a.status, a.declaredAt,
                a.conflictReason == null ? "" : a.conflictReason);
    }
}
