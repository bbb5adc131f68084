package io.grantflow.workflow;

/** Names of process variables, as the BPMN files use them. */
public final class ProcessVariables {

    /** The call's topic identifier (also the business key of its call-lifecycle instance). */
    public static final String CALL_IDENTIFIER = "callIdentifier";
    /** How many deadlines (stages or cut-offs) the call has. */
    public static final String DEADLINE_COUNT = "deadlineCount";
    /** When the call opens (a date; the first timer waits for it). */
    public static final String OPENS_AT = "opensAt";
    /** The deadline the current iteration waits for (a local date variable of the iteration). */
    public static final String DEADLINE_AT = "deadlineAt";
    /** The proposal's id (its process's business key is the same, as a string). */
    public static final String PROPOSAL_ID = "proposalId";
    /** The submitted version the process is about. */
    public static final String VERSION = "version";
    /** Outcome of the re-check after the deadline. */
    public static final String ELIGIBLE = "eligible";
    /** The payment order of a payment-approval instance. */
    public static final String PAYMENT_ORDER_ID = "paymentOrderId";
    /** The second person's decision. */
    public static final String APPROVED = "approved";
    /** Whether the execution paid (false: failed for lack of funds). */
    public static final String PAID = "paid";
    /** Whether the order was cancelled before it was paid (its commitment released). */
    public static final String CANCELLED = "cancelled";
    /** Camunda's index of the current multi-instance iteration: the deadline being waited for. */
    public static final String LOOP_COUNTER = "loopCounter";

    /** How many experts evaluate the proposal: the number of parallel individual evaluations. */
    public static final String EXPERTS_REQUIRED = "expertsRequired";
    /** When the individual evaluations are due (a date; the escalation timer waits for it). */
    public static final String DUE_AT = "dueAt";
    /** When the experts who have not submitted are reminded (a date). */
    public static final String REMINDER_AT = "reminderAt";
    /** The evaluation slot a receive task waits for (local; the loop counter of its instance). */
    public static final String SLOT = "slot";

    /** The SME application of an fstp-lump-sum instance. */
    public static final String APPLICATION_ID = "applicationId";
    /** Whether the open call is first-come-first-served (the award is automatic). */
    public static final String FCFS = "fcfs";
    /** Outcome of the automatic checks. */
    public static final String PASSED = "passed";
    /** Whether the award was committed; if not, whether it went on the waiting list. */
    public static final String AWARDED = "awarded";
    public static final String WAITLISTED = "waitlisted";
    /** When the SME's report is due (a date; its reminder uses {@link #REMINDER_AT}). */
    public static final String REPORT_DUE_AT = "reportDueAt";
    /** The consortium's verification of the report, and whether a rejected report may come again. */
    public static final String VERIFIED = "verified";
    public static final String MAY_RESUBMIT = "mayResubmit";

    private ProcessVariables() {
    }

    public static final String GRANT_ID = "grantId";

    /** The reporting period whose accepted report the grant-lifecycle process settles. */
    public static final String PERIOD = "period";

    /** Whether the grant closed (its final report was settled). */
    public static final String CLOSED = "closed";
}
