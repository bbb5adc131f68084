package io.grantflow.shared.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a request, so that all of them are reported at once. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String code, String message) {
        list.add(new Violation(field, code, message));
        return this;
    }

    /** Adds the violation when {@code broken} is true. */
    public Violations check(boolean broken, String field, String code, String message) {
        if (broken) {
            add(field, code, message);
        }
        return this;
    }

    public Violations addAll(List<Violation> others) {
        list.addAll(others);
        return this;
    }

    /** Field-presence helper: records {@code required} and returns false when the value is missing. */
    public boolean required(Object value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required", field + " is required");
            return false;
        }
        return true;
    }

    /** Adds {@code too_long} when {@code text} has more than {@code max} characters; false then. */
    public boolean maxLength(String text, String field, int max) {
        if (text != null && text.length() > max) {
            add(field, "too_long", "at most " + max + " characters");
            return false;
        }
        return true;
    }

    /**
     * The reason given for a decision, when it is at most {@link io.grantflow.shared.text.TextLimits#REASON}
     * characters (or absent); else the decision is refused with {@code code} (rule broken, {@code too_long}).
     */
    public static String checkedReason(String reason, String code) {
        Violations v = new Violations();
        if (!v.maxLength(reason, "reason", io.grantflow.shared.text.TextLimits.REASON)) {
            throw DomainException.ruleBroken(code, "the reason is too long", v.list());
        }
        return reason;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** Throws a 400 listing every invalid query parameter, if there is any. */
    public void throwIfAnyBadQuery() {
        if (!list.isEmpty()) {
            throw DomainException.malformed("invalid_query_parameter", "invalid query parameters", list);
        }
    }

    /** Throws a 422 listing every violation, if there is any. */
    public void throwIfAny(String code, String detail) {
        if (!list.isEmpty()) {
            throw DomainException.ruleBroken(code, detail + " (" + list.size() + " problem"
                    + (list.size() == 1 ? "" : "s") + ")", list);
        }
    }
}
