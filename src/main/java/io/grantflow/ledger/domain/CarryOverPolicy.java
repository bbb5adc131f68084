package io.grantflow.ledger.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * When the unused budget of a cut-off may be carried to the next cut-off (of a programme call or of a
 * consortium's open call): the cut-off is decided (its batch awarded or closed), there is a next cut-off
 * that is not decided yet, and something of the cut-off's budget is unused. Reports every failing reason.
 */
public final class CarryOverPolicy {

    /** The facts of one cut-off, read under the owner's lock. */
    public record Facts(boolean hasCutoffs, int index, int cutoffCount, boolean decided, boolean nextDecided,
                        Money unused) {
    }

    private CarryOverPolicy() {
    }

    public static List<Violation> check(Facts f) {
        List<Violation> violations = new ArrayList<>();
        if (!f.hasCutoffs()) {
            violations.add(new Violation("cutoff", "no_cutoffs", "this call has no cut-offs: nothing is carried"));
            return violations;
        }
        if (!f.decided()) {
            violations.add(new Violation("cutoff", "cutoff_not_decided",
                    "cut-off " + f.index() + " is not decided yet: its budget may still be awarded"));
        }
        if (f.index() + 1 >= f.cutoffCount()) {
            violations.add(new Violation("cutoff", "no_next_cutoff",
                    "cut-off " + f.index() + " is the last: there is no next cut-off to carry to"));
        } else if (f.nextDecided()) {
            violations.add(new Violation("cutoff", "next_cutoff_decided",
                    "cut-off " + (f.index() + 1) + " is decided already: what it receives could no longer be awarded"));
        }
        if (!f.unused().isPositive()) {
            violations.add(new Violation("amount", "nothing_unused",
                    "cut-off " + f.index() + " has no unused budget (available " + f.unused() + ")"));
        }
        return violations;
    }
}
