package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;

import java.time.Instant;
import java.util.List;

/**
 * What the cut-offs of an open call must satisfy; reports every violation. Their closing dates are strictly
 * increasing and after the opening; the last is the open call's closing ({@code closesAt}, which may be left out
 * and is then taken from it); each budget is positive and together they are the open call's budget; at most
 * {@link #MAX_CUTOFFS}; a waiting list needs every cut-off first come, first served. No cut-offs: one window,
 * nothing to check.
 */
public final class OpenCallCutoffPolicy {

    /** An open call has at most this many cut-offs (one a month over a year). */
    public static final int MAX_CUTOFFS = 12;

    private OpenCallCutoffPolicy() {
    }

    public static List<Violation> check(OpenCallDefinition d) {
        Violations v = new Violations();
        List<OpenCallDefinition.Cutoff> cutoffs = d.cutoffList();
        if (cutoffs.isEmpty()) {
            return v.list();
        }
        v.check(cutoffs.size() > MAX_CUTOFFS, "cutoffs", "too_many", "at most " + MAX_CUTOFFS + " cut-offs");
        Instant previous = d.opensAt();
        Money sum = Money.ZERO;
        boolean budgetsKnown = true;
        for (int i = 0; i < cutoffs.size(); i++) {
            String field = "cutoffs[" + i + "]";
            OpenCallDefinition.Cutoff c = cutoffs.get(i);
            if (!v.required(c, field)) {
                budgetsKnown = false;
                continue;
            }
            if (v.required(c.closesAt(), field + ".closesAt")) {
                if (previous != null) {
                    v.check(!c.closesAt().isAfter(previous), field + ".closesAt", i == 0 ? "closes_before_opening"
                            : "cutoffs_not_increasing", i == 0 ? "a cut-off closes after opensAt"
                            : "each cut-off closes after the one before it");
                }
                previous = c.closesAt();
            }
            v.check(Boolean.TRUE.equals(d.waitlist()) && c.selection() == Selection.EVALUATED, field + ".selection",
                    "waitlist_needs_fcfs", "a waiting list applies to first-come-first-served cut-offs");
            if (v.required(c.budget(), field + ".budget")) {
                v.check(!c.budget().isPositive(), field + ".budget", "must_be_positive", "more than EUR 0.00");
                sum = sum.plus(c.budget());
            } else {
                budgetsKnown = false;
            }
        }
        OpenCallDefinition.Cutoff last = cutoffs.get(cutoffs.size() - 1);
        if (d.closesAt() != null && last != null && last.closesAt() != null) {
            v.check(!d.closesAt().equals(last.closesAt()), "closesAt", "last_cutoff_not_closing",
                    "the open call closes with its last cut-off (" + last.closesAt() + "); or leave closesAt out");
        }
        if (budgetsKnown && d.budget() != null) {
            v.check(sum.compareTo(d.budget()) != 0, "cutoffs", "cutoff_budgets_mismatch", "the cut-offs' budgets add up to EUR "
                    + sum + ", not the open call's budget of EUR " + d.budget());
        }
        return v.list();
    }
}
