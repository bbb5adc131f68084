package io.grantflow.grants.web;

import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a form of the grant's pages was refused, every problem at once: the problem's stable code and each violation
 * with the field it is about, so that the page says it beside that field and links to it from the summary.
 * {@code form} names the form refused (a period's report, the answer, a work package's declaration, a decision).
 */
public record Refused(String form, String code, List<Problem> problems) {

    private static final Pattern COST = Pattern.compile("costs\\[(\\d+)](?:\\.(\\w+))?");

    /** One violation: its field as the service names it ({@code costs[0].amount}, {@code kpis.smes}), its code. */
    public record Problem(String field, String code, String anchor) {

        /** What the problem is about: technical, kpis, cost, answer, summary, reason, question, or form. */
        public String kind() {
            if (field == null) {
                return "form";
            }
            if (field.equals("kpis") || field.startsWith("kpis.")) {
                return "kpis";
            }
            if (field.startsWith("costs")) {
                return "cost";
            }
            return switch (field) {
                case "technical", "answer", "summary", "reason", "question" -> field;
                default -> "form";
            };
        }

        /** The KPI's name, for {@code kpis.NAME}; empty otherwise. */
        public String kpi() {
            return field != null && field.startsWith("kpis.") ? field.substring(5) : "";
        }

        /** The cost line's number (from 1), 0 for the costs as a whole. */
        public int line() {
            Matcher m = field == null ? null : COST.matcher(field);
            return m != null && m.matches() ? Integer.parseInt(m.group(1)) + 1 : 0;
        }

        /** The column of the cost line the problem is about: organisation, category, amount, or empty. */
        public String part() {
            Matcher m = field == null ? null : COST.matcher(field);
            return m != null && m.matches() && m.group(2) != null ? m.group(2) : "";
        }
    }

    /** The refusal of {@code form} by the service, plus what the page could not read; {@code anchor} of the form. */
    static Refused of(String form, DomainException e, List<Violation> unread, String formAnchor) {
        List<Violation> all = new ArrayList<>(unread);
        for (Violation v : e.violations()) {
            if (unread.stream().noneMatch(u -> u.field().equals(v.field()))) {
                all.add(v);
            }
        }
        if (all.isEmpty()) {
            all.add(new Violation(null, e.code(), e.getMessage()));
        }
        return new Refused(form, e.code(), all.stream().map(v -> new Problem(v.field(), v.code(),
                anchor(v.field(), formAnchor))).toList());
    }

    /** The id of the element the field is typed in. */
    static String anchor(String field, String formAnchor) {
        if (field == null) {
            return formAnchor;
        }
        if (field.equals("kpis") || field.startsWith("kpis.")) {
            return "kpis";
        }
        Matcher m = COST.matcher(field);
        if (m.matches()) {
            return "cost-" + m.group(1) + "-" + (m.group(2) == null ? "organisation" : m.group(2));
        }
        if (field.equals("costs")) {
            return "cost-0-organisation";
        }
        return switch (field) {
            case "technical", "answer", "reason", "question" -> field;
            default -> formAnchor;
        };
    }

    public boolean concerns(String name) {
        return form.equals(name);
    }

    /** The problems of the element {@code anchor} (for the message beside it). */
    public List<Problem> at(String anchor) {
        return problems.stream().filter(p -> p.anchor().equals(anchor)).toList();
    }

    public boolean wrong(String anchor) {
        return problems.stream().anyMatch(p -> p.anchor().equals(anchor));
    }
}
