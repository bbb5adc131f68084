package io.grantflow.cascade.domain;

/**
 * What comes next for an application, as its applicant sees it ({@link Application#nextStep}): whose turn it is
 * and, for a report, from or by when.
 */
public enum NextStep {
    /** The automatic checks run. */
    CHECKS,
    /** The consortium decides (evaluated open calls). */
    DECISION,
    /** On the waiting list: awarded if money of the open call is released. */
    WAITING_LIST,
    /** ClusterXchange: the visit; the visitor reports from its last day. */
    VISIT,
    /** The report with proof, due by the report date. */
    REPORT,
    /** The report is late; it can still be sent. */
    REPORT_OVERDUE,
    /** The consortium verifies the report. */
    VERIFICATION,
    /** Nothing: the application has ended (closed, refused, rejected, failed or withdrawn). */
    NONE
}
