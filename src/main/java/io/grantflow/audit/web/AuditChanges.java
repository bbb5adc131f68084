package io.grantflow.audit.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What one audit record changed, as a page lists it: each field with its value before and after. The database's
 * trigger records an update as {@code {field: [before, after]}} (only the fields that changed) and an insert or a
 * delete as the whole row ({@code {field: value}}): an insert has only values after, a delete only values before.
 */
public final class AuditChanges {

    private AuditChanges() {
    }

    /** One field: its value before and after the change as text (empty where there is none). */
    public record Change(String field, String before, String after) {
    }

    public static List<Change> of(String operation, Object changes) {
        List<Change> out = new ArrayList<>();
        if (!(changes instanceof JsonNode node) || !node.isObject()) {
            if (changes != null) {
                out.add(new Change("", "", String.valueOf(changes)));
            }
            return out;
        }
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if ("UPDATE".equals(operation) && v.isArray() && v.size() == 2) {
                out.add(new Change(e.getKey(), text(v.get(0)), text(v.get(1))));
            } else if ("DELETE".equals(operation)) {
                out.add(new Change(e.getKey(), text(v), ""));
            } else {
                out.add(new Change(e.getKey(), "", text(v)));
            }
        });
        return out;
    }

    /** A value as a reader sees it: text without its quotes, nothing for null, other JSON as written. */
    static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }
}
