package io.grantflow.cascade.web;

import io.grantflow.shared.problem.Violation;

import java.util.List;

/**
 * Why a form of an application's page was refused, shown on the page beside the form: the form ({@code report} or
 * {@code withdraw}), the problem's stable code and the violations of its fields.
 */
public record FormProblem(String form, String code, List<Violation> violations) {

    static final String REPORT = "report";
    static final String WITHDRAW = "withdraw";

    /** Whether the problem concerns the form named {@code name}. */
    public boolean concerns(String name) {
        return form.equals(name);
    }

    /** The violations of one field ({@code report}, {@code proof}). */
    public List<Violation> violationsOf(String name, String field) {
        return form.equals(name) ? violations.stream().filter(v -> field.equals(v.field())).toList() : List.of();
    }
}
