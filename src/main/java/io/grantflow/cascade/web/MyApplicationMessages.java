package io.grantflow.cascade.web;

import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.NextStep;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the "My applications" pages, in English; {@code messages/myapps_fr.properties} and
 * {@code myapps_de.properties} translate them, {@code myapps_en.properties} holds the English labels of the enums
 * ({@code status_$AWARDED}, {@code next_$REPORT}). Codes (refusals, problems) are shown beside their plain words,
 * so that a person can quote them; an unknown code or process step is shown as it is.
 */
@MessageBundle(value = "myapps", locale = "en")
public interface MyApplicationMessages {

    /** The application's status in plain words. */
    @Message
    String status(ApplicationStatus status);

    /** What comes next, where no date goes with it. */
    @Message
    String next(NextStep next);

    @Message("My applications")
    String listTitle();

    @Message("Every application of your organisations, newest first: where it stands and what comes next.")
    String listIntro();

    @Message("My notifications")
    String notificationsLink();

    @Message("You have no applications yet.")
    String empty();

    @Message("Find an open call to apply to")
    String findOpenCall();

    @Message("Some values in the address could not be read; the first page is shown.")
    String unreadablePage();

    @Message("{count} {#if count == 1}application{#else}applications{/if}")
    String count(long count);

    @Message("Open call")
    String openCall();

    @Message("Organisation")
    String organisation();

    @Message("Status")
    String statusLabel();

    @Message("Requested")
    String requested();

    @Message("{amount} (set by the open call)")
    String fixedAmount(String amount);

    @Message("The open call")
    String seeOpenCall();

    @Message("To award")
    String toAward();

    @Message("Awarded")
    String awarded();

    @Message("Submitted")
    String submitted();

    @Message("What is next")
    String nextLabel();

    @Message("Report with proof due by {due}")
    String nextReport(String due);

    @Message("Report overdue: it was due by {due}; you can still send it")
    String nextReportOverdue(String due);

    @Message("The visit: the visitor reports from its last day, {day}")
    String nextVisit(String day);

    @Message("Brussels time")
    String brusselsTime();

    @Message("Application {id}")
    String applicationNumber(Long id);

    @Message("All my applications")
    String backToList();

    @Message("Where it stands")
    String standing();

    @Message("Why it was refused")
    String refusals();

    @Message("rule")
    String ruleCode();

    @Message("{#when code}"
            + "{#is 'not_an_sme'}The organisation is not an SME by its figures."
            + "{#is 'country_not_eligible'}The organisation's country is not among the open call's countries."
            + "{#is 'sector_not_eligible'}The sector is not among the open call's sectors."
            + "{#is 'undertaking_in_difficulty'}An undertaking in difficulty is not supported."
            + "{#is 'double_funding'}The same costs may not be funded twice."
            + "{#is 'too_many_applications'}The organisation already has as many applications to this open call as it allows."
            + "{#is 'above_de_minimis'}The de minimis aid over three years would pass the cap."
            + "{#is 'amount_not_fixed'}This open call pays one fixed amount only."
            + "{#is 'amount_below_minimum'}The amount requested is below the open call's minimum."
            + "{#is 'amount_above_maximum'}The amount requested is above the open call's maximum."
            + "{#is 'above_third_party_cap'}The support to the organisation under this grant would pass the cap per third party."
            + "{#is 'envelope_exhausted'}The open call's budget was spent."
            + "{#is 'host_not_a_cluster'}The host is not a cluster organisation."
            + "{#is 'organisation_not_validated'}The organisation's type has not been validated by an officer yet."
            + "{#is 'host_same_country'}The host is in the same country as the organisation."
            + "{#is 'invalid_stay'}An exchange lasts from 3 working days to 1 month."
            + "{#is 'visitor_already_took_part'}The visitor has already taken part in an exchange."
            + "{#is 'no_host_amount'}The open call pays no lump sum for hosts in that country."
            + "{#else}{message}{/when}")
    String refusal(String code, String message);

    @Message("Where the process stands")
    String processStep();

    @Message("{#when step}"
            + "{#is 'Automatic checks'}the automatic checks"
            + "{#is 'Award decision by the consortium'}the consortium's decision"
            + "{#is 'On the waiting list'}on the waiting list"
            + "{#is 'Commit the award'}the award is committed"
            + "{#is 'Order the first tranche'}the first tranche is ordered"
            + "{#is 'Report with proof'}waiting for your report with proof"
            + "{#is 'Verification by the consortium'}the consortium verifies your report"
            + "{#is 'Order the balance'}the balance is ordered"
            + "{#is 'Release the award'}what was not paid is released"
            + "{#else}{step}{/when}")
    String step(String step);

    @Message("The money")
    String money();

    @Message("Tranches")
    String tranches();

    @Message("First tranche")
    String firstTranche();

    @Message("to be paid by")
    String paymentDue();

    @Message("Balance")
    String balance();

    @Message("Payment order {id}")
    String paymentOrder(Long id);

    @Message("{#when status}"
            + "{#is 'PENDING_APPROVAL'}due: awaiting approval"
            + "{#is 'APPROVED'}approved: being paid"
            + "{#is 'PAID'}paid"
            + "{#is 'REJECTED'}rejected: not paid"
            + "{#is 'FAILED'}failed: not paid"
            + "{#is 'CANCELLED'}cancelled: not paid"
            + "{#else}{status}{/when}")
    String trancheStatus(String status);

    @Message("This open call pays no first tranche: the whole amount is paid once your report is accepted.")
    String noFirstTranche();

    @Message("The balance is ordered once the consortium has accepted your report.")
    String balanceLater();

    @Message("The report")
    String reportSection();

    @Message("Due by")
    String reportDue();

    @Message("Sent on")
    String reportedAt();

    @Message("Rejected reports")
    String reportRejections();

    @Message("The exchange (ClusterXchange)")
    String exchange();

    @Message("Visitor")
    String visitor();

    @Message("Host")
    String host();

    @Message("Stay")
    String stay();

    @Message("{from} to {to}")
    String fromTo(String from, String to);

    @Message("Distance")
    String distance();

    @Message("{km} km")
    String kilometres(Integer km);

    @Message("Confirmed by the host")
    String hostConfirmed();

    @Message("not yet")
    String notYet();

    @Message("Timeline")
    String timeline();

    @Message("{#when step}"
            + "{#is 'SUBMITTED'}Application submitted"
            + "{#is 'CHECKS_PASSED'}The automatic checks passed"
            + "{#is 'REFUSED'}Refused by a rule"
            + "{#is 'WAITLISTED'}Put on the waiting list"
            + "{#is 'APPROVED'}Approved by the consortium"
            + "{#is 'REJECTED'}Not selected by the consortium"
            + "{#is 'AWARDED'}Awarded"
            + "{#is 'PAYMENT_ORDERED'}Payment ordered"
            + "{#is 'REPORT_REMINDER'}Reminder: the report is due soon"
            + "{#is 'OVERDUE'}The report is overdue"
            + "{#is 'REPORTED'}Report sent"
            + "{#is 'REPORT_VERIFIED'}Report accepted"
            + "{#is 'REPORT_REJECTED'}Report rejected: it may be sent again"
            + "{#is 'REPORT_FAILED'}Report rejected again"
            + "{#is 'HOST_CONFIRMED'}The host confirmed the visit"
            + "{#is 'RELEASED'}What was not paid was released"
            + "{#is 'WITHDRAWN'}Withdrawn"
            + "{#is 'CLOSED'}Closed"
            + "{#else}{step}{/when}")
    String event(String step);

    @Message("What you can do")
    String actions();

    @Message("Nothing is expected from you on this application now.")
    String noActions();

    @Message("Send the report with proof")
    String reportTitle();

    @Message("Your report")
    String report();

    @Message("What was done with the support. At most {max} characters.")
    String reportHint(Integer max);

    @Message("Proof")
    String proof();

    @Message("A reference to the evidence: a link or a document number (uploading files comes later). At most {max} characters.")
    String proofHint(Integer max);

    @Message("Send the report")
    String sendReport();

    @Message("Withdraw the application")
    String withdrawTitle();

    @Message("Withdrawing ends the application for good; what the award has not paid is released.")
    String withdrawText();

    @Message("I understand, and I withdraw this application")
    String withdrawConfirm();

    @Message("Withdraw")
    String withdraw();

    @Message("{#when done}"
            + "{#is 'reported'}Your report was sent. The consortium verifies it; the balance follows once it is accepted."
            + "{#is 'withdrawn'}Your application was withdrawn."
            + "{#else}Done.{/when}")
    String done(String done);

    @Message("{#when code}"
            + "{#is 'report_not_expected'}No report is expected for this application now."
            + "{#is 'visit_not_ended'}The visit has not ended yet: the visitor reports from its last day."
            + "{#is 'invalid_report'}The report could not be sent: see the fields below."
            + "{#is 'application_ended'}This application has ended: it can no longer be withdrawn."
            + "{#is 'withdrawal_not_confirmed'}Tick the box to confirm that you withdraw the application."
            + "{#else}The request could not be completed.{/when}")
    String problem(String code);

    @Message("Error code")
    String problemCode();

    @Message("{#when code}"
            + "{#is 'required'}{#if field == 'proof'}Enter a reference to the proof.{#else}Enter your report.{/if}"
            + "{#is 'too_long'}{#if field == 'proof'}The reference is too long.{#else}The report is too long.{/if}"
            + "{#else}{code}{/when}")
    String violation(String field, String code);
}
