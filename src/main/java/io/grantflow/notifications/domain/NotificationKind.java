package io.grantflow.notifications.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of event a person is notified of. Each kind has its texts in
 * {@code templates/mail/kinds/{KIND}.{en,fr,de}.txt} (first line the subject, then the body) and a line in
 * docs/notifications.md naming its recipients; a person chooses per kind how e-mail reaches them
 * ({@link EmailChoice}). In-app notifications are always written.
 */
public enum NotificationKind {
    AWARDED,
    REFUSED,
    REJECTED,
    WAITLISTED,
    PAYMENT_ORDERED,
    TRANCHE_PAID,
    REPORT_REMINDER,
    REPORT_OVERDUE,
    REPORT_RECEIVED,
    REPORT_REJECTED,
    REPORT_FAILED,
    HOST_CONFIRMATION_NEEDED,
    EXCHANGE_PAYMENT_OVERDUE,
    EVALUATION_ASSIGNED,
    EVALUATION_REMINDER,
    EVALUATION_OVERDUE,
    CONSENSUS_READY,
    PROPOSAL_RESUBMITTED,
    CALL_CLOSING_7_DAYS,
    CALL_CLOSING_24_HOURS,
    PAYMENT_AWAITING_APPROVAL,
    CALL_MATCHES_INTERESTS,
    SME_SHARE_BELOW_TRAJECTORY,
    GRANT_REPORT_DUE,
    GRANT_REPORT_OVERDUE,
    GRANT_REPORT_SUBMITTED,
    GRANT_REPORT_ANSWERED,
    GRANT_REPORT_REJECTED,
    GRANT_REPORT_INFORMATION_REQUESTED,
    GRANT_REPORT_ACCEPTED,
    RECOVERY_ORDERED,
    WORK_PACKAGE_ACCEPTED,
    WORK_PACKAGE_REJECTED;

    public static Optional<NotificationKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
    }
}
