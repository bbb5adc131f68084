package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.ApplicationAssignment;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.PanelEvaluator;
import io.grantflow.grants.domain.Grant;
import io.grantflow.shared.problem.DomainException;

/**
 * Who acts on an evaluated open call's panel evaluation: its consortium sets the pool, assigns, reads the ranking
 * and decides; an evaluator acts only on their own assignments (anyone else is told they do not exist).
 */
final class PanelAccess {

    private PanelAccess() {
    }

    /** The open call (locked when {@code lock}) for a member of its consortium; it must be evaluated by a panel. */
    static OpenCall forConsortium(Long openCallId, String user, boolean lock) {
        OpenCall oc = (lock ? OpenCall.forUpdate(openCallId) : OpenCall.<OpenCall>findByIdOptional(openCallId))
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        if (!ApplicationAccess.ofConsortium(Grant.<Grant>findById(oc.grantId), user)) {
            throw DomainException.forbidden("not_consortium_member", "the consortium running the open call "
                    + "chooses its evaluators, assigns them and decides");
        }
        if (!oc.evaluatedByPanel()) {
            throw DomainException.conflict("not_evaluated_by_panel", "open call " + oc.id + " has no evaluation terms: "
                    + (oc.selection == io.grantflow.cascade.domain.Selection.EVALUATED
                    ? "one consortium member decides each application (POST /api/applications/{id}/decision)"
                    : "it is first-come-first-served"));
        }
        return oc;
    }

    /** The evaluator's own assignment, locked; someone else's or none: not found. */
    static ApplicationAssignment own(Long id, String user) {
        ApplicationAssignment a = ApplicationAssignment.forUpdate(id).orElse(null);
        if (a == null || !PanelEvaluator.<PanelEvaluator>findById(a.evaluatorId).username.equals(user)) {
            throw DomainException.notFound("assignment", String.valueOf(id));
        }
        return a;
    }
}
