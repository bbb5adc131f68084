package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationAssignmentView;
import io.grantflow.cascade.api.PanelAssignmentRunView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelEvaluator;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.EvaluatorSelection;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assigning an evaluated open call's applications to evaluators of its pool, as the programme assigns proposals
 * ({@link EvaluatorSelection}): never an evaluator who belongs to the applying organisation (or the host of an
 * exchange), nor one assigned before; the lightest load first. Each application awaiting the decision gets the open
 * call's number of evaluators, one per slot; a run fills only empty slots (running it again changes nothing); a
 * declared conflict gives the slot to the next evaluator of the pool.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelAssignments {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PanelScores scores;

    public PanelAssignmentRunView assign(Long openCallId, String user) {
        OpenCall oc = PanelAccess.forConsortium(openCallId, user, true);
        List<PanelEvaluator> pool = PanelEvaluator.of(oc.id);
        if (pool.isEmpty()) {
            throw DomainException.conflict("evaluator_pool_empty", "open call " + oc.id + " has no evaluators: set its "
                    + "pool first (PUT /api/open-calls/" + oc.id + "/evaluators)");
        }
        List<Application> waiting = Application.list("openCallId = ?1 and status = ?2 order by id", oc.id,
                ApplicationStatus.UNDER_REVIEW);
        int assigned = 0;
        List<PanelAssignmentRunView.Shortfall> shortfalls = new ArrayList<>();
        for (Application a : waiting) {
            Set<Integer> taken = new HashSet<>();
            ApplicationAssignment.ofApplication(a.id).stream().filter(ApplicationAssignment::active)
                    .forEach(x -> taken.add(x.slot));
            List<Integer> free = new ArrayList<>();
            for (int slot = 0; slot < oc.evaluatorsPerApplication; slot++) {
                if (!taken.contains(slot)) {
                    free.add(slot);
                }
            }
            int made = fill(a, pool, free);
            assigned += made;
            if (made < free.size()) {
                shortfalls.add(new PanelAssignmentRunView.Shortfall(a.id, taken.size() + made, oc.evaluatorsPerApplication));
            }
        }
        return new PanelAssignmentRunView(waiting.size(), assigned, shortfalls);
    }

    /** The evaluator declares a conflict of interest (the next evaluator takes the slot over) or none (and reads on). */
    public ApplicationAssignmentView declare(Long id, boolean conflict, String reason, String user) {
        ApplicationAssignment locked = PanelAccess.own(id, user);
        if (!conflict && (locked.status == AssignmentStatus.ACCEPTED || locked.status == AssignmentStatus.SUBMITTED)) {
            return scores.view(locked); // the same declaration again
        }
        locked.requireUndeclared();
        Instant now = clock.instant();
        if (!conflict) {
            locked.declareNoConflict(now);
            return scores.view(locked);
        }
        Violations.checkedReason(reason, "invalid_declaration");
        locked.declareConflict(reason, now);
        em.flush();
        Application a = Application.findById(locked.applicationId);
        if (a.status == ApplicationStatus.UNDER_REVIEW) {
            fill(a, PanelEvaluator.of(locked.openCallId), List.of(locked.slot));
        }
        return scores.view(locked);
    }

    /** Fills the free slots with evaluators of the pool; returns how many it assigned. */
    private int fill(Application a, List<PanelEvaluator> pool, List<Integer> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        Set<Long> excluded = new HashSet<>();
        ApplicationAssignment.ofApplication(a.id).forEach(x -> excluded.add(x.evaluatorId));
        Set<Long> applying = new HashSet<>();
        applying.add(a.organisationId);
        if (a.hostOrganisationId != null) {
            applying.add(a.hostOrganisationId);
        }
        List<EvaluatorSelection.Candidate<PanelEvaluator>> candidates = pool.stream()
                .map(e -> new EvaluatorSelection.Candidate<>(e, e.id, organisations(e), 0,
                        (int) PanelPool.assignments(e))).toList();
        List<PanelEvaluator> chosen = EvaluatorSelection.choose(candidates, applying, excluded, slots.size());
        Instant now = clock.instant();
        for (int i = 0; i < chosen.size(); i++) {
            new ApplicationAssignment(a.id, a.openCallId, chosen.get(i).id, slots.get(i), now).persist();
        }
        em.flush();
        return chosen.size();
    }

    /** The organisations an evaluator belongs to: their memberships, and an expert's declared organisation. */
    private static Set<Long> organisations(PanelEvaluator e) {
        Set<Long> orgs = new HashSet<>(OrganisationMember.organisationsOf(e.username));
        if (e.expertId != null) {
            Expert x = Expert.findById(e.expertId);
            if (x.organisationId != null) {
                orgs.add(x.organisationId);
            }
        }
        return orgs;
    }
}
