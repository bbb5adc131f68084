package io.grantflow.notifications.web;

import io.grantflow.notifications.api.NotificationView;

/** A notification on the page, with the page its reference leads to (null: none, e.g. a payment order's). */
public record NotificationItem(NotificationView notification, String href) {

    private static final String APPLICATION = "application:";

    static NotificationItem of(NotificationView n) {
        String ref = n.reference();
        String href = ref != null && ref.startsWith(APPLICATION) && ref.substring(APPLICATION.length()).matches("\\d{1,18}")
                ? "/my/applications/" + ref.substring(APPLICATION.length()) : null;
        return new NotificationItem(n, href);
    }
}
