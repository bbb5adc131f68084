package io.grantflow.cascade.web;

import io.grantflow.shared.problem.Violation;

import java.util.List;

/**
 * The problems of a refused form by field, to show beside each field: those of {@code field} itself and of its parts
 * ({@code targetMarkets[1]}, {@code inKind.maxDays} belong to {@code targetMarkets}, {@code inKind}).
 */
public record FieldProblems(List<Violation> all) {

    public List<Violation> of(String field) {
        return all.stream().filter(v -> v.field() != null && (v.field().equals(field)
                || v.field().startsWith(field + "[") || v.field().startsWith(field + "."))).toList();
    }

    public boolean has(String field) {
        return !of(field).isEmpty();
    }
}
