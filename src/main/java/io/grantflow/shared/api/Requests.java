package io.grantflow.shared.api;

import io.grantflow.shared.time.Brussels;

import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Small checks every resource makes on what it was sent. */
public final class Requests {

    private Requests() {
    }

    /** The request body, or a 400 when there is none. */
    public static <T> T body(T body) {
        if (body == null) {
            throw DomainException.malformed("malformed_request", "the request needs a JSON body" , List.of());
        }
        return body;
    }

    /** A numeric id from the path; anything else names no resource (404). */
    public static Long pathId(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw DomainException.notFound(what, id);
        }
    }

    /** An optional whole number from the query; anything else is reported in {@code v}. */
    public static Integer queryInt(String value, String name, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            v.add(name, "invalid_query_parameter", name + " is a whole number");
            return null;
        }
    }

    /** An optional date from the query (e.g. 2027-03-22); anything else is reported in {@code v}. */
    public static java.time.LocalDate queryDate(String value, String name, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (RuntimeException e) {
            v.add(name, "invalid_query_parameter", name + " is a date, e.g. 2027-03-22");
            return null;
        }
    }

    /** An optional ISO 8601 instant from the query ({@link Brussels#parse}); anything else is reported in {@code v}. */
    public static java.time.Instant queryInstant(String value, String name, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Brussels.parse(value.trim());
        } catch (RuntimeException e) {
            v.add(name, "invalid_query_parameter", name + " is an ISO 8601 instant, e.g. 2027-03-01T17:00:00+01:00");
            return null;
        }
    }

    /** An optional true/false from the query; anything else is reported in {@code v}. */
    public static Boolean queryBoolean(String value, String name, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("true") && !s.equals("false")) {
            v.add(name, "invalid_query_parameter", name + " is true or false");
            return null;
        }
        return Boolean.valueOf(s);
    }

    /**
     * An optional enum constant from the query, case-insensitive; anything else is reported in
     * {@code v} with the values the parameter takes.
     */
    public static <E extends Enum<E>> E queryEnum(String value, Class<E> type, String name, Violations v) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(name, "invalid_query_parameter", name + " is one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /**
     * Refuses a query naming a parameter outside {@code declared}: 400 {@code unknown_parameter} with one
     * violation per unknown name, each saying which parameters the endpoint takes. For endpoints that refuse
     * rather than ignore what they do not know ({@link OnlyDeclaredQueryParameters} applies it by itself).
     */
    public static void refuseUnknownParameters(Collection<String> given, Set<String> declared) {
        Violations v = new Violations();
        String takes = declared.isEmpty() ? "no query parameter" : "only " + String.join(", ", new TreeSet<>(declared));
        for (String name : new TreeSet<>(given)) {
            v.check(!declared.contains(name), name, "unknown_parameter", "'" + name + "' is not a parameter here; it takes "
                    + takes);
        }
        if (!v.isEmpty()) {
            throw DomainException.malformed("unknown_parameter", "unknown query parameter"
                    + (v.list().size() == 1 ? "" : "s") + ": " + String.join(", ",
                    v.list().stream().map(io.grantflow.shared.problem.Violation::field).toList()), v.list());
        }
    }
}
