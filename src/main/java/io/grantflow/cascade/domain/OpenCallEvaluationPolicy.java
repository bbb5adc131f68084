package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.CriteriaPolicy;
import io.grantflow.shared.problem.Violations;

/**
 * The evaluation terms of an open call: only for an evaluated one; criteria and thresholds as a call's
 * ({@link CriteriaPolicy}, the same rule); 1–5 evaluators per application; a way to combine the scores.
 * An evaluated open call without terms is decided by one consortium member (the single decision).
 */
public final class OpenCallEvaluationPolicy {

    private OpenCallEvaluationPolicy() {
    }

    public static void check(OpenCallDefinition d, Violations v) {
        OpenCallEvaluationTerms t = d.evaluation();
        if (t == null) {
            return;
        }
        v.check(d.selection() != null && d.selection() != Selection.EVALUATED, "evaluation", "evaluation_not_evaluated",
                "evaluation terms belong to an open call whose selection is EVALUATED");
        v.check(d.inKind() != null, "evaluation", "panel_not_in_kind", "an open call in kind by days is decided "
                + "application by application (its amount is known once the provider is named), not by a panel's ranking");
        CriteriaPolicy.check(t.criteria(), t.overallThreshold(), null, "evaluation.", v);
        if (v.required(t.evaluatorsPerApplication(), "evaluation.evaluatorsPerApplication")) {
            v.check(t.evaluatorsPerApplication() < OpenCallEvaluationTerms.MIN_EVALUATORS
                            || t.evaluatorsPerApplication() > OpenCallEvaluationTerms.MAX_EVALUATORS,
                    "evaluation.evaluatorsPerApplication", "out_of_range", "from " + OpenCallEvaluationTerms.MIN_EVALUATORS
                            + " to " + OpenCallEvaluationTerms.MAX_EVALUATORS);
        }
        v.required(t.scoring(), "evaluation.scoring");
        v.check(t.minCommentLength() != null && (t.minCommentLength() < 0
                        || t.minCommentLength() > OpenCallEvaluationTerms.MAX_MIN_COMMENT_LENGTH),
                "evaluation.minCommentLength", "out_of_range", "from 0 to " + OpenCallEvaluationTerms.MAX_MIN_COMMENT_LENGTH);
    }
}
