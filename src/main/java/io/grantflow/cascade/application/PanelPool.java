package io.grantflow.cascade.application;

import io.grantflow.cascade.api.PanelEvaluatorView;
import io.grantflow.cascade.api.PanelPoolRequest;
import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelEvaluator;
import io.grantflow.evaluation.domain.AssignmentStatus;
import io.grantflow.evaluation.domain.Expert;
import io.grantflow.grants.domain.Grant;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pool of an evaluated open call's evaluators, chosen by its consortium: users of the consortium's
 * organisations (members) or experts of the programme's pool it invites, by username. Setting it replaces
 * the pool; an evaluator who holds assignments stays.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PanelPool {

    @Inject
    Clock clock;

    public List<PanelEvaluatorView> set(Long openCallId, PanelPoolRequest request, String user) {
        OpenCall oc = PanelAccess.forConsortium(openCallId, user, true);
        Grant g = Grant.findById(oc.grantId);
        List<String> given = request.evaluators() == null ? List.of() : request.evaluators();
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "evaluators[" + i + "]";
            String name = given.get(i) == null ? null : UserNames.normalise(given.get(i)).orElse(null);
            names.add(name);
            if (v.required(name, field)) {
                v.check(!seen.add(name), field, "duplicate_evaluator", "'" + name + "' is listed twice");
                v.check(kind(name, g).isEmpty(), field, "unknown_evaluator", "'" + name + "' is neither a user of the "
                        + "consortium's organisations nor an expert of the programme's pool");
            }
        }
        List<PanelEvaluator> pool = PanelEvaluator.of(oc.id);
        for (PanelEvaluator e : pool) {
            v.check(!seen.contains(e.username) && assignments(e) > 0, "evaluators", "evaluator_assigned",
                    "'" + e.username + "' evaluates applications of this open call and stays in the pool");
        }
        v.throwIfAny("invalid_evaluator_pool", "the pool of evaluators cannot be set");
        pool.stream().filter(e -> !seen.contains(e.username)).forEach(PanelEvaluator::delete);
        Set<String> kept = new HashSet<>(pool.stream().map(e -> e.username).toList());
        for (String name : names) {
            if (!kept.contains(name)) {
                PanelEvaluator.Kind kind = kind(name, g).orElseThrow();
                Long expert = kind == PanelEvaluator.Kind.EXPERT ? Expert.byUsername(name).orElseThrow().id : null;
                new PanelEvaluator(oc.id, name, kind, expert, user, clock.instant()).persist();
            }
        }
        return views(oc.id);
    }

    public List<PanelEvaluatorView> get(Long openCallId, String user) {
        return views(PanelAccess.forConsortium(openCallId, user, false).id);
    }

    private static List<PanelEvaluatorView> views(Long openCallId) {
        return PanelEvaluator.of(openCallId).stream()
                .map(e -> new PanelEvaluatorView(e.id, e.username, e.kind, assignments(e))).toList();
    }

    /** A member of the consortium's organisations first; else an expert of the programme's pool; else none. */
    private static Optional<PanelEvaluator.Kind> kind(String username, Grant g) {
        if (OrganisationMember.isMemberOfAny(username, Arrays.asList(g.beneficiaries))) {
            return Optional.of(PanelEvaluator.Kind.MEMBER);
        }
        return Expert.byUsername(username).map(x -> PanelEvaluator.Kind.EXPERT);
    }

    static long assignments(PanelEvaluator e) {
        return ApplicationAssignment.count("evaluatorId = ?1 and status <> ?2", e.id, AssignmentStatus.CONFLICT_DECLARED);
    }
}
