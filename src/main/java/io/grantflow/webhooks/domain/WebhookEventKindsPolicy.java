package io.grantflow.webhooks.domain;

import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.shared.problem.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of event an endpoint hears: at least one, each a {@link NotificationKind} name (exactly, as
 * the payload's {@code type} says it) or {@code "*"} for all. Every unknown kind is reported.
 */
public final class WebhookEventKindsPolicy {

    public static final String UNKNOWN = "unknown_event_kind";
    public static final int MAX_KINDS = 100;

    private WebhookEventKindsPolicy() {
    }

    public static List<Violation> check(List<String> kinds, String field) {
        List<Violation> violations = new ArrayList<>();
        if (kinds == null || kinds.isEmpty()) {
            violations.add(new Violation(field, "required", "name the kinds of event to hear, or \"*\" for all"));
            return violations;
        }
        if (kinds.size() > MAX_KINDS) {
            violations.add(new Violation(field, "too_long", "at most " + MAX_KINDS + " kinds"));
            return violations;
        }
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            if (kind == null || !(kind.equals(WebhookEndpoint.ALL_KINDS) || NotificationKind.parse(kind).isPresent())) {
                violations.add(new Violation(field + "[" + i + "]", UNKNOWN, "'" + kind + "' is not a kind of event; "
                        + "the kinds are \"*\" (all) and " + List.of(NotificationKind.values())));
            }
        }
        return violations;
    }

    /** The kinds as stored: each once, in the order given; just {@code "*"} when it is among them. */
    public static List<String> normalised(List<String> kinds) {
        if (kinds.contains(WebhookEndpoint.ALL_KINDS)) {
            return List.of(WebhookEndpoint.ALL_KINDS);
        }
        return kinds.stream().distinct().toList();
    }
}
