package io.grantflow.calls.domain;

import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What award criteria must meet wherever they are set (a call, an evaluated open call): at least one, named once,
 * weights above 0 and below 100 with at most 2 decimals, thresholds 0–5 in half points, an overall threshold in half
 * points up to the weighted maximum, tie-break criteria among the criteria. Fields are reported under {@code prefix}.
 */
public final class CriteriaPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private CriteriaPolicy() {
    }

    /** @param tieBreak null: none */
    public static void check(List<CriterionDefinition> criteria, BigDecimal overallThreshold, List<String> tieBreak,
                             String prefix, Violations v) {
        List<CriterionDefinition> all = criteria == null ? List.of() : criteria;
        if (all.isEmpty()) {
            v.add(prefix + "criteria", "criteria_required", "at least one award criterion");
        }
        Set<String> names = new HashSet<>();
        BigDecimal maxTotal = BigDecimal.ZERO;
        for (int i = 0; i < all.size(); i++) {
            String field = prefix + "criteria[" + i + "]";
            CriterionDefinition c = all.get(i);
            if (c == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(c.name(), field + ".name")) {
                v.check(!names.add(c.name()), field + ".name", "duplicate_criterion",
                        "criterion '" + c.name() + "' is defined twice");
                v.check(c.name().length() > TextLimits.LABEL, field + ".name", "too_long", "a criterion name has at most "
                        + TextLimits.LABEL + " characters");
            }
            if (v.required(c.weight(), field + ".weight")) {
                v.check(c.weight().signum() <= 0, field + ".weight", "must_be_positive", "a weight is more than 0");
                v.check(c.weight().compareTo(HUNDRED) >= 0, field + ".weight", "weight_out_of_range",
                        "a weight is less than 100");
                v.check(c.weight().stripTrailingZeros().scale() > 2, field + ".weight", "too_many_decimals",
                        "a weight has at most 2 decimals");
                maxTotal = maxTotal.add(c.weight().multiply(Criterion.MAX_SCORE));
            }
            if (v.required(c.threshold(), field + ".threshold")) {
                halfPointScore(c.threshold(), Criterion.MAX_SCORE, field + ".threshold", v);
            }
        }
        if (v.required(overallThreshold, prefix + "overallThreshold")) {
            halfPointScore(overallThreshold, maxTotal, prefix + "overallThreshold", v);
        }
        List<String> ties = tieBreak == null ? List.of() : tieBreak;
        for (int i = 0; i < ties.size(); i++) {
            v.check(!names.contains(ties.get(i)), prefix + "tieBreak[" + i + "]", "unknown_criterion",
                    "'" + ties.get(i) + "' is not one of the criteria");
        }
        v.check(new HashSet<>(ties).size() != ties.size(), prefix + "tieBreak", "duplicate_criterion",
                "a criterion is listed twice");
    }

    /** A score from 0 to {@code max} in half points. */
    public static void halfPointScore(BigDecimal score, BigDecimal max, String field, Violations v) {
        v.check(score.signum() < 0 || score.compareTo(max) > 0, field, "score_out_of_range",
                field + " must be between 0 and " + max.stripTrailingZeros().toPlainString()
                        + ", was " + score.toPlainString());
        v.check(score.remainder(HALF).signum() != 0, field, "not_a_half_point",
                field + " is scored in half points (e.g. 3 or 3.5)");
    }
}
