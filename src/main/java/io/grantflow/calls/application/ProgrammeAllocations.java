package io.grantflow.calls.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallDefinition;
import io.grantflow.calls.domain.Programme;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a programme's calls allocate of its budget, and the rule that they allocate at most that budget: one place
 * for creating, replacing and checking a call definition ({@link CallService}).
 */
@ApplicationScoped
class ProgrammeAllocations {

    /** The programme of a call definition (its row locked if asked), or a violation when there is none. */
    Programme programme(String code, boolean lock, Violations v) {
        if (code == null) {
            return null;
        }
        Programme p = (lock ? Programme.byCodeForUpdate(code) : Programme.byCode(code)).orElse(null);
        v.check(p == null, "programme", "unknown_programme", "there is no programme with code '" + code + "'");
        return p;
    }

    /** The calls of a programme may together allocate at most its budget (a replaced draft's budget not counted). */
    void checkBudget(Programme programme, CallDefinition d, Call replaced, Violations v) {
        if (programme == null || d.budget() == null || !d.budget().isPositive()) {
            return;
        }
        Money others = byProgramme().getOrDefault(programme.id, Money.ZERO);
        if (replaced != null && replaced.programme.id.equals(programme.id)) {
            others = others.minus(replaced.budget);
        }
        Money total = others.plus(d.budget());
        v.check(total.greaterThan(programme.budget), "budget", "programme_budget_exceeded",
                "the calls of programme " + programme.code + " would allocate " + total + ", more than its budget "
                        + programme.budget + " (available: " + programme.budget.minus(others) + ")");
    }

    /** What the calls of each programme allocate (drafts included), by programme id. */
    Map<Long, Money> byProgramme() {
        Map<Long, Money> result = new HashMap<>();
        List<Object[]> rows = Call.getEntityManager()
                .createQuery("select c.programme.id, sum(c.budget) from Call c group by c.programme.id", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            result.put((Long) row[0], row[1] instanceof Money m ? m : Money.of((BigDecimal) row[1]));
        }
        return result;
    }
}
