package io.grantflow.notifications.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the notifications page, in English; {@code messages/notices_fr.properties} and
 * {@code notices_de.properties} translate them. A notification's subject and text come from its kind's templates in
 * the page's language (NotificationItem), its kind's name from here.
 */
@MessageBundle(value = "notices", locale = "en")
public interface NotificationMessages {

    @Message("My notifications")
    String title();

    @Message("What happened to your applications, evaluations, reports and payments, newest first, in the language of this page. Which of them also reach you by e-mail is yours to choose.")
    String intro();

    @Message("You have no notifications.")
    String empty();

    @Message("My applications")
    String myApplications();

    @Message("Some values in the address could not be read; the first page is shown.")
    String unreadablePage();

    @Message("{count} {#if count == 1}notification{#else}notifications{/if}")
    String count(long count);

    @Message("Brussels time")
    String brusselsTime();

    @Message("See the application")
    String seeApplication();

    @Message("Open")
    String open();

    @Message("{#when kind}"
            + "{#is 'AWARDED'}Awarded"
            + "{#is 'REFUSED'}Refused"
            + "{#is 'REJECTED'}Not selected"
            + "{#is 'WAITLISTED'}Waiting list"
            + "{#is 'PAYMENT_ORDERED'}Payment ordered"
            + "{#is 'REPORT_REMINDER'}Report reminder"
            + "{#is 'REPORT_OVERDUE'}Report overdue"
            + "{#is 'EXCHANGE_PAYMENT_OVERDUE'}Exchange payment overdue"
            + "{#is 'REPORT_RECEIVED'}Report received"
            + "{#is 'REPORT_REJECTED'}Report rejected"
            + "{#is 'REPORT_FAILED'}Report rejected again"
            + "{#is 'EVALUATION_REMINDER'}Evaluation reminder"
            + "{#is 'EVALUATION_OVERDUE'}Evaluation overdue"
            + "{#is 'TRANCHE_PAID'}Tranche paid"
            + "{#is 'PAYMENT_AWAITING_APPROVAL'}Payment awaiting approval"
            + "{#is 'HOST_CONFIRMATION_NEEDED'}Visit to confirm"
            + "{#is 'EVALUATION_ASSIGNED'}Evaluation assigned"
            + "{#is 'CONSENSUS_READY'}Consensus ready"
            + "{#is 'PROPOSAL_RESUBMITTED'}Proposal resubmitted"
            + ""
            + "{#is 'CALL_CLOSING_7_DAYS'}Call closes in 7 days"
            + "{#is 'CALL_CLOSING_24_HOURS'}Call closes in 24 hours"
            + "{#is 'CALL_MATCHES_INTERESTS'}Open call for you"
            + "{#is 'SME_SHARE_BELOW_TRAJECTORY'}SME share below trajectory"
            + "{#is 'GRANT_REPORT_DUE'}Grant report due"
            + "{#is 'GRANT_REPORT_OVERDUE'}Grant report overdue"
            + "{#is 'GRANT_REPORT_SUBMITTED'}Grant report to review"
            + "{#is 'GRANT_REPORT_ANSWERED'}Information on a grant report received"
            + "{#is 'GRANT_REPORT_REJECTED'}Grant report rejected"
            + "{#is 'GRANT_REPORT_INFORMATION_REQUESTED'}Information requested on a grant report"
            + "{#is 'GRANT_REPORT_ACCEPTED'}Grant report accepted"
            + "{#is 'RECOVERY_ORDERED'}Recovery ordered"
            + "{#is 'WORK_PACKAGE_ACCEPTED'}Work package accepted"
            + "{#is 'WORK_PACKAGE_REJECTED'}Work package rejected"
            + "{#else}{kind}{/when}")
    String kind(String kind);
}
