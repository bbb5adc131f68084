package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violations;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a periodic report may hold, every problem reported at once ({@value #CODE}): a technical text of at most
 * 20,000 characters; at most 50 KPIs, each a name of at most 100 characters and a value from 0 with at most 2
 * decimals; at most 200 cost lines, each of a beneficiary of the grant, a category and an amount from EUR 0.00,
 * one line per beneficiary and category. Submitting needs the technical text.
 */
public final class ReportPolicy {

    public static final String CODE = "invalid_report";
    public static final int MAX_TECHNICAL = 20_000;
    public static final int MAX_KPIS = 50;
    public static final int MAX_COSTS = 200;

    private ReportPolicy() {
    }

    public static Violations check(String technical, Map<String, BigDecimal> kpis, List<GrantReport.Cost> costs,
                                   Set<Long> beneficiaries) {
        Violations v = new Violations();
        v.maxLength(technical, "technical", MAX_TECHNICAL);
        Map<String, BigDecimal> k = kpis == null ? Map.of() : kpis;
        v.check(k.size() > MAX_KPIS, "kpis", "too_many", "at most " + MAX_KPIS + " KPIs");
        for (var e : k.entrySet()) {
            String field = "kpis." + e.getKey();
            v.check(e.getKey().isBlank() || e.getKey().length() > 100, field, "invalid_name",
                    "a KPI's name has 1 to 100 characters");
            if (v.required(e.getValue(), field)) {
                v.check(e.getValue().signum() < 0, field, "must_not_be_negative", "a KPI's value is 0 or more");
                v.check(e.getValue().stripTrailingZeros().scale() > 2, field, "too_many_decimals",
                        "a KPI's value has at most 2 decimals");
            }
        }
        List<GrantReport.Cost> c = costs == null ? List.of() : costs;
        v.check(c.size() > MAX_COSTS, "costs", "too_many", "at most " + MAX_COSTS + " cost lines");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.size(); i++) {
            String field = "costs[" + i + "]";
            GrantReport.Cost line = c.get(i);
            if (line == null) {
                v.add(field, "required", field + " is required");
                continue;
            }
            if (v.required(line.organisation(), field + ".organisation")) {
                v.check(!beneficiaries.contains(line.organisation()), field + ".organisation", "not_a_beneficiary",
                        "organisation " + line.organisation() + " is not a beneficiary of the grant");
            }
            v.required(line.category(), field + ".category");
            if (v.required(line.amount(), field + ".amount")) {
                v.check(line.amount().isNegative(), field + ".amount", "must_not_be_negative",
                        "a cost is EUR 0.00 or more");
            }
            v.check(line.organisation() != null && line.category() != null
                    && !seen.add(line.organisation() + ":" + line.category()), field, "duplicate_cost_line",
                    "one line per beneficiary and category");
        }
        return v;
    }

    /** Before submission: the technical part is written. */
    public static Violations submittable(GrantReport r) {
        Violations v = new Violations();
        v.check(r.technical == null || r.technical.isBlank(), "technical", "required",
                "the technical part is written before the report is submitted");
        return v;
    }

    /** The contribution a report asks for: FSTP at its rate plus every other cost at the other rate, each rounded down. */
    public static Money contribution(Money fstpCosts, Money otherCosts, BigDecimal fstpRate, BigDecimal otherRate) {
        return fstpCosts.percent(fstpRate, java.math.RoundingMode.DOWN)
                .plus(otherCosts.percent(otherRate, java.math.RoundingMode.DOWN));
    }
}
