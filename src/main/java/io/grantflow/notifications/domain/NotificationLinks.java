package io.grantflow.notifications.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a notification's reference leads to, as a path of the service (the e-mails make it absolute
 * with {@code grantflow.public-url}); none for a reference no page shows.
 */
public final class NotificationLinks {

    private static final Pattern REFERENCE = Pattern.compile("([a-z-]+):([A-Za-z0-9._-]{1,120})(?::.*)?");

    private NotificationLinks() {
    }

    public static Optional<String> path(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.empty();
        }
        String id = m.group(2);
        boolean numeric = id.matches("\\d{1,18}");
        return Optional.ofNullable(switch (m.group(1)) {
            case "application" -> numeric ? "/my/applications/" + id : null;
            case "assignment" -> "/desk/evaluations";
            case "visit" -> "/desk/visits"; // an exchange whose host confirms the visit (visit:{application id})
            case "payment-order" -> "/desk/payments";
            case "open-call" -> numeric ? "/open-calls/" + id : null;
            case "call" -> "/calls/" + id;
            case "proposal" -> "/my/organisations";
            case "consensus" -> numeric ? "/desk/consensus/" + id : "/desk/consensus";
            case "grant" -> numeric ? "/desk/sme-share" : null;
            // a grant's reports and work packages: the consortium's grant page, the officers' review desk
            case "grant-report", "work-package" -> numeric ? "/desk/grants/" + id : null;
            case "grant-review" -> "/desk/grant-reports";
            default -> null;
        });
    }
}
