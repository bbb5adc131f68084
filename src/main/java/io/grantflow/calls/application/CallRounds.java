package io.grantflow.calls.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.CallDefinitionPolicy;
import io.grantflow.calls.domain.Programme;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.Set;

/**
 * Rounds of a scheme: a call may follow another as its next round (the later ESCP-4i call after the first). The
 * round it follows must exist, belong to the same programme and not follow it in turn; a call that names no scheme
 * is of its previous round's scheme. Callers hold the programme's row lock (create and update take it), and rounds
 * share their programme: two drafts changed at once to follow each other are checked one after the other, so no
 * cycle is saved.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CallRounds {

    /** How many rounds back a chain is followed when looking for a cycle. */
    private static final int MAX_CHAIN = 100;

    /** Reports what is wrong with {@code d}'s previous round; {@code programme} null when it is unknown. */
    public void check(CallDefinition d, Programme programme, Violations v) {
        String previous = d.previousRound();
        if (previous == null || !CallDefinitionPolicy.IDENTIFIER.matcher(previous).matches()
                || previous.equals(d.identifier())) {
            return; // none, or reported by the policy
        }
        Call round = Call.byIdentifier(previous).orElse(null);
        if (round == null) {
            v.add("previousRound", "unknown_previous_round", "there is no call " + previous);
            return;
        }
        if (programme != null && !round.programme.id.equals(programme.id)) {
            v.add("previousRound", "previous_round_other_programme", "call " + previous + " belongs to programme "
                    + round.programme.code + ", not " + programme.code + "; rounds of a scheme share their programme");
        }
        if (d.scheme() != null && round.scheme != null && !round.scheme.equals(d.scheme())) {
            v.add("scheme", "scheme_differs_from_previous_round", "call " + previous + " is a round of '"
                    + round.scheme + "', not '" + d.scheme() + "'");
        }
        Set<String> seen = new HashSet<>();
        Call at = round;
        while (at != null && at.previousRound != null && seen.add(at.identifier) && seen.size() < MAX_CHAIN) {
            if (at.previousRound.equals(d.identifier())) {
                v.add("previousRound", "previous_round_cycle", "call " + previous + " already follows "
                        + d.identifier() + " (directly or through other rounds)");
                return;
            }
            at = Call.byIdentifier(at.previousRound).orElse(null);
        }
    }

    /** {@code d} with its previous round's scheme when it names none itself. */
    public CallDefinition withScheme(CallDefinition d) {
        if (d.scheme() != null || d.previousRound() == null) {
            return d;
        }
        String scheme = Call.byIdentifier(d.previousRound()).map(c -> c.scheme).orElse(null);
        return scheme == null ? d : d.withProgrammeRules(d.objectives(), d.requiredActivities(), d.projectPeriod(),
                scheme, d.previousRound());
    }
}
