package io.grantflow.evaluation.domain;

import io.grantflow.calls.domain.Criterion;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores are 0–5 in half points for the call's criteria; submitting needs every criterion scored and commented. */
public final class ScoringPolicy {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private ScoringPolicy() {
    }

    public record Entry(String criterion, BigDecimal score, String comment) {
    }

    /** What a draft may contain. */
    public static List<Violation> checkDraft(List<Entry> entries, Set<String> criteria) {
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "scores[" + i + "]";
            Entry e = entries.get(i);
            if (e == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(e.criterion(), field + ".criterion")) {
                v.check(!criteria.contains(e.criterion()), field + ".criterion", "unknown_criterion",
                        "'" + e.criterion() + "' is not a criterion of the call " + criteria);
                v.check(!seen.add(e.criterion()), field + ".criterion", "duplicate_criterion", "scored twice");
            }
            if (e.score() != null) {
                v.check(e.score().signum() < 0 || e.score().compareTo(FIVE) > 0, field + ".score", "score_out_of_range",
                        "a score is from 0 to 5");
                v.check(e.score().remainder(HALF).signum() != 0, field + ".score", "not_a_half_point",
                        "scores are given in half points");
            }
            v.check(e.comment() != null && e.comment().length() > TextLimits.COMMENT, field + ".comment", "too_long",
                    "a comment has at most " + TextLimits.COMMENT + " characters");
        }
        return v.list();
    }

    /**
     * What submitting needs: a score and a comment of at least {@code minCommentLength} characters
     * (the call's parameter) for every criterion; {@code saved} maps a criterion to its score and comment.
     */
    public static List<Violation> checkComplete(Map<String, Entry> saved, List<String> criteria, int minCommentLength) {
        Violations v = new Violations();
        for (String c : criteria) {
            Entry s = saved.get(c);
            v.check(s == null || s.score() == null, c, "criterion_not_scored", "'" + c + "' has no score");
            v.check(s == null || s.comment() == null || s.comment().strip().length() < minCommentLength, c,
                    "comment_too_short", "'" + c + "' needs a comment of at least " + minCommentLength + " characters");
        }
        return v.list();
    }

    /** The weighted total of complete scores: weights of 2 decimals times half points, exact at 3 decimals. */
    public static BigDecimal weightedTotal(List<Criterion> criteria, Map<String, Entry> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            total = total.add(c.weight.multiply(scores.get(c.name).score()));
        }
        return total.setScale(3, RoundingMode.UNNECESSARY);
    }
}
