package io.grantflow.grants.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages of a grant's life (the consortium's grant and period pages, the officers' review desk), in
 * English; {@code messages/grantlife_fr.properties} and {@code grantlife_de.properties} translate them.
 */
@MessageBundle(value = "grantlife", locale = "en")
public interface GrantLifeMessages {

    // ---- the consortium's pages

    @Message("Grant {number} – {acronym}")
    String grantTitle(String number, String acronym);

    @Message("Where you are")
    String breadcrumb();

    @Message("My grants")
    String myGrants();

    @Message("Reports and payments")
    String grantLink();

    @Message("Status")
    String status();

    @Message("{#when status}{#is 'OFFERED'}Offered, not signed yet{#is 'SIGNED'}Signed, running{#is 'DECLINED'}Declined{#is 'TERMINATED'}Terminated{#is 'CLOSED'}Closed{#else}{status}{/when}")
    String grantStatus(String status);

    @Message("Coordinator")
    String coordinator();

    @Message("Start date")
    String startDate();

    @Message("End of the project period")
    String projectEnd();

    @Message("Maximum EU contribution")
    String maxContribution();

    @Message("Final grant amount")
    String finalAmount();

    @Message("Closed on")
    String closedAt();

    @Message("Reporting periods")
    String periodsTitle();

    @Message("The grant has no reporting periods yet: they are set when it is signed.")
    String noPeriods();

    @Message("Each period's report is submitted by the coordinator once the period is over, by its due date at the latest. The officer then has until the payment deadline to decide; a question stops that deadline until it is answered.")
    String periodsIntro();

    @Message("Period")
    String period();

    @Message("Dates")
    String dates();

    @Message("First day")
    String firstDay();

    @Message("Last day")
    String lastDay();

    @Message("Report due")
    String reportDue();

    @Message("State")
    String state();

    @Message("Payment deadline")
    String paymentDue();

    @Message("What it settled")
    String settledTitle();

    @Message("{#if last}Period {index} (final){#else}Period {index}{/if}")
    String periodName(int index, boolean last);

    @Message("{#when state}{#is 'RUNNING'}Running{#is 'DUE'}Over, report to submit{#is 'SUBMITTED'}Submitted, with the officer{#is 'INFORMATION_REQUESTED'}Question from the officer{#is 'REJECTED'}Rejected, to correct{#is 'ACCEPTED'}Accepted{#is 'DRAFT'}Draft{#else}{state}{/when}")
    String periodState(String state);

    @Message("version {version}")
    String versionN(int version);

    @Message("overdue")
    String overdue();

    @Message("Interim payment {amount}")
    String interimShort(String amount);

    @Message("Final amount {amount}")
    String finalShort(String amount);

    @Message("balance {amount}")
    String balanceShort(String amount);

    @Message("recovery {amount}")
    String recoveryShort(String amount);

    @Message("Payment schedule")
    String scheduleTitle();

    @Message("Instalment")
    String instalment();

    @Message("When")
    String when();

    @Message("Share")
    String share();

    @Message("Amount")
    String amount();

    @Message("{#when kind}{#is 'PRE_FINANCING'}Pre-financing{#is 'INTERIM'}Interim payment{#is 'BALANCE'}Balance{#is 'WORK_PACKAGE'}Work package{#else}{kind}{/when}")
    String instalmentKind(String kind);

    @Message("Pre-financing of {amount}:")
    String preFinancingLine(String amount);

    @Message("Work packages")
    String workPackagesTitle();

    @Message("Work package {number}: {title}")
    String workPackage(int number, String title);

    @Message("{share} of the lump sum, {amount}")
    String wpLine(String share, String amount);

    @Message("{#when status}{#is 'PLANNED'}Planned{#is 'DECLARED'}Declared completed, with the officer{#is 'ACCEPTED'}Accepted{#is 'REJECTED'}Rejected{#else}{status}{/when}")
    String wpStatus(String status);

    @Message("paid with period {period}")
    String paidWith(Integer period);

    @Message("Rejected: {reason}")
    String rejectedBecause(String reason);

    @Message("What was done and delivered")
    String summaryLabel();

    @Message("A short account of the work and its deliverables, at most 2,000 characters; the officer reads it before deciding.")
    String summaryHint();

    @Message("Declare completed")
    String declareButton();

    @Message("Members of the coordinating organisation declare work packages completed.")
    String coordinatorDeclares();

    @Message("Work package {number} declared completed: the officer decides now.")
    String declaredNotice(Integer number);

    @Message("Period {index} report – grant {number}")
    String periodTitle(int index, String number);

    @Message("{#when done}{#is 'saved'}Draft saved (version {version}).{#is 'submitted'}Report submitted (version {version}): the officer reviews it now.{#is 'answered'}Answer sent: the payment deadline runs again.{#else}Done.{/when}")
    String doneNotice(String done, int version);

    @Message("Version")
    String version();

    @Message("the deadline stands still until the question is answered")
    String suspended();

    @Message("The officer's question")
    String questionTitle();

    @Message("The payment deadline stands still until the coordinator answers.")
    String questionHint();

    @Message("Answer")
    String answerLabel();

    @Message("Send the answer")
    String answerButton();

    @Message("Members of the coordinating organisation answer the officer.")
    String coordinatorAnswers();

    @Message("Version {version} was rejected")
    String rejectedTitle(int version);

    @Message("Correct the report below: it becomes a new version, and the rejected one stays as it was.")
    String correctHint();

    @Message("Correct the report (version {version})")
    String correctTitle(int version);

    @Message("Draft (version {version})")
    String draftTitle(int version);

    @Message("Write the report")
    String writeTitle();

    @Message("Save the draft as often as you like; any member of the consortium may write it. The coordinator submits it once the period is over. The support paid to third parties is not declared: it is taken from the ledger at submission.")
    String formIntro();

    @Message("The report")
    String reportTitle();

    @Message("Technical report")
    String technicalLabel();

    @Message("What the consortium did in the period; needed to submit, at most 20,000 characters.")
    String technicalHint();

    @Message("KPIs of the period")
    String kpisLabel();

    @Message("One per line, as name = value, e.g. smesSupported = 12 (values from 0, at most 2 decimals).")
    String kpisHint();

    @Message("Costs")
    String costsTitle();

    @Message("One line per beneficiary and category, amounts in euros (e.g. 12,500.00). Leave a line empty to leave it out; after saving, more empty lines are offered.")
    String costsHint();

    @Message("Cost line {line}")
    String costLine(int line);

    @Message("line {line}")
    String lineN(int line);

    @Message("{#when part}{#is 'organisation'}Beneficiary{#is 'category'}Category{#is 'amount'}Amount (EUR){#else}{part}{/when}")
    String costPart(String part);

    @Message("{#when category}{#is 'PERSONNEL'}Personnel{#is 'SUBCONTRACTING'}Subcontracting{#is 'TRAVEL'}Travel and subsistence{#is 'EQUIPMENT'}Equipment{#is 'OTHER_GOODS_AND_SERVICES'}Other goods and services{#is 'INDIRECT'}Indirect costs{#else}{category}{/when}")
    String category(String category);

    @Message("Save the draft")
    String saveButton();

    @Message("Save and submit")
    String submitButton();

    @Message("Members of the coordinating organisation submit the report.")
    String coordinatorSubmits();

    @Message("Versions")
    String versionsTitle();

    @Message("Version {version}: {#when status}{#is 'DRAFT'}draft{#is 'SUBMITTED'}submitted{#is 'INFORMATION_REQUESTED'}question from the officer{#is 'REJECTED'}rejected{#is 'ACCEPTED'}accepted{#else}{status}{/when}")
    String versionLine(int version, String status);

    @Message("submitted {at} by {who}")
    String submittedOn(String at, String who);

    @Message("Reason")
    String reasonLabel();

    @Message("KPIs")
    String kpisTitle();

    @Message("No KPIs reported.")
    String noKpis();

    @Message("No costs declared.")
    String noCosts();

    @Message("Beneficiary")
    String beneficiary();

    @Message("Total")
    String total();

    @Message("Costs declared")
    String otherCosts();

    @Message("Support paid to third parties in the period (ledger)")
    String fstpCosts();

    @Message("Paid to third parties to date")
    String fstpPaidToDate();

    @Message("Contribution asked")
    String contribution();

    // ---- what a period settled

    @Message("Contribution accepted to date")
    String acceptedToDate();

    @Message("Ceiling of interim payments")
    String ceiling();

    @Message("Paid or ordered before")
    String paidBefore();

    @Message("Interim payment")
    String interimPayment();

    @Message("Support paid to SMEs")
    String smeSupportPaid();

    @Message("SME-share reduction")
    String smeShareReduction();

    @Message("SMEs were paid {paid}, so the grant is at most {cap} (the SME share at closure)")
    String smeShareExplained(String paid, String cap);

    @Message("Recovery")
    String recovery();

    @Message("due by {day}")
    String dueOn(String day);

    @Message("Balance")
    String balance();

    @Message("Released to the budget")
    String released();

    @Message("Payment order")
    String paymentOrder();

    @Message("Order {order}")
    String orderLine(Long order);

    @Message("No payment: nothing more is due")
    String noOrder();

    @Message("to the payment desk, where a second officer approves it")
    String paymentDeskLink();

    @Message("Settled")
    String settled();

    @Message("by {who}")
    String by(String who);

    // ---- refusals

    @Message("The form could not be saved")
    String refusedTitle();

    @Message("The decision could not be recorded")
    String decisionRefused();

    @Message("{#when code}"
            + "{#is 'required'}Fill this in."
            + "{#is 'too_long'}This text is too long."
            + "{#is 'too_many'}Too many lines."
            + "{#is 'invalid_name'}A KPI's name has 1 to 100 characters."
            + "{#is 'invalid_kpi_line'}Each line is name = value."
            + "{#is 'duplicate_kpi'}This KPI is given twice."
            + "{#is 'invalid_number'}Not a number, e.g. 12 or 12.5."
            + "{#is 'must_not_be_negative'}0 or more."
            + "{#is 'too_many_decimals'}At most 2 decimals."
            + "{#is 'not_a_beneficiary'}Choose a beneficiary of the grant."
            + "{#is 'invalid_category'}Choose a category."
            + "{#is 'invalid_amount'}Not an amount in euros, e.g. 12,500.00."
            + "{#is 'duplicate_cost_line'}One line per beneficiary and category."
            + "{#is 'costs_not_reported'}A lump-sum grant reports no costs: its work packages are paid when accepted."
            + "{#is 'period_not_ended'}The period is not over yet: its report is submitted after its last day (the draft is saved)."
            + "{#is 'report_wrong_status'}The report is not in a state that allows this any more; the page shows where it stands."
            + "{#is 'grant_not_running'}The grant is not running: nothing more is reported or decided on it."
            + "{#is 'not_a_coordinator_member'}Only members of the coordinating organisation do this."
            + "{#is 'invalid_report'}Some fields cannot be used as they are."
            + "{#is 'invalid_decision'}Give the reason (at most 2,000 characters)."
            + "{#is 'invalid_work_package'}Say what was done (at most 2,000 characters)."
            + "{#is 'previous_report_not_accepted'}Periods are settled in order: accept the previous period's report first."
            + "{#is 'payments_pending'}Payment orders of this grant still wait for approval or execution: decide them before the final report is accepted."
            + "{#is 'work_packages_pending'}Work packages declared completed wait for a decision: decide them first."
            + "{#is 'insufficient_funds'}The budget does not hold enough for this payment."
            + "{#is 'invalid_payment'}The payment cannot be ordered as it is."
            + "{#is 'work_package_wrong_status'}The work package is not in a state that allows this any more."
            + "{#else}This cannot be done as it is.{/when}")
    String problem(String code);

    @Message("rule: {code}")
    String ruleCode(String code);

    // ---- the officers' review desk

    @Message("Grant reports to review")
    String reviewTitle();

    @Message("Periodic and final reports of signed grants waiting for your decision, declared work packages, and overdue reports.")
    String reviewCardSummary();

    @Message("Reports submitted by consortia, oldest first: accepting one settles its period (the interim payment, or at closure the final amount), and the payment order then waits for a second officer.")
    String reviewIntro();

    @Message("{count} {#if count == 1}report waits{#else}reports wait{/if} for a decision")
    String waitingReports(long count);

    @Message("No report waits for a decision.")
    String noWaitingReports();

    @Message("Grant")
    String grant();

    @Message("Submitted")
    String submitted();

    @Message("Brussels time")
    String brusselsTime();

    @Message("answered")
    String answered();

    @Message("Work packages declared completed")
    String declaredTitle();

    @Message("No work package waits for a decision.")
    String noDeclared();

    @Message("declared {at} by {who}")
    String declaredOn(String at, String who);

    @Message("Declared")
    String declared();

    @Message("Overdue reports")
    String overdueTitle();

    @Message("No report is overdue.")
    String noOverdue();

    @Message("Days late")
    String daysLate();

    @Message("{#when done}{#is 'accepted'}Report accepted: the period is settled (below).{#is 'rejected'}Report rejected: the consortium corrects it in a new version.{#is 'questioned'}Question sent: the payment deadline stands still until the consortium answers.{#else}Done.{/when}")
    String decidedNotice(String done);

    @Message("{#when done}{#is 'accepted'}Work package accepted: it is paid with the grant's next payment.{#is 'rejected'}Work package rejected: it pays nothing until declared again and accepted.{#else}Done.{/when}")
    String wpDecidedNotice(String done);

    @Message("The grant's audit trail")
    String auditLink();

    @Message("No version of this report has been submitted.")
    String notSubmitted();

    @Message("final report")
    String finalReport();

    @Message("The consortium is correcting this report in a new version.")
    String correcting();

    @Message("The consortium has not answered yet.")
    String waitingAnswer();

    @Message("Decide")
    String decideTitle();

    @Message("Accepting settles the period now: the interim payment from the contribution accepted to date, capped by the ceiling, less what was paid before.")
    String acceptHint();

    @Message("Accepting the final report closes the grant: the final amount (with the SME-share rule), then the balance or a recovery.")
    String acceptFinalHint();

    @Message("Accept the report")
    String acceptButton();

    @Message("Why the report is rejected, for the consortium to correct it (required, at most 2,000 characters).")
    String reasonHint();

    @Message("Reject the report")
    String rejectButton();

    @Message("Question to the consortium")
    String questionLabel();

    @Message("Required, at most 2,000 characters; the payment deadline stands still until the consortium answers.")
    String questionFieldHint();

    @Message("Request information")
    String questionButton();

    @Message("Earlier versions")
    String earlierTitle();

    @Message("Accepted, the work package is paid with the grant's next payment.")
    String acceptWpHint();

    @Message("Accept the work package")
    String acceptWpButton();

    @Message("Reject the work package")
    String rejectWpButton();
}
