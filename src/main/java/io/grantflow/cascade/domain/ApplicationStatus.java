package io.grantflow.cascade.domain;

import java.util.List;

/** An SME application's life, driven by fstp-lump-sum.bpmn. */
public enum ApplicationStatus {
    /** Received; the automatic checks run. */
    SUBMITTED,
    /** A rule refused it (the refusals say which). */
    REFUSED,
    /** FCFS with a waiting list: passed the checks when the envelope was exhausted. */
    WAITLISTED,
    /** Evaluated calls: waits for the consortium's decision. */
    UNDER_REVIEW,
    /** The consortium decided against it. */
    REJECTED,
    /** Awarded and committed; the first tranche (if any) is ordered; the report is awaited. */
    AWARDED,
    /** The report is late (it can still be sent). */
    OVERDUE,
    /** The report is in; the consortium verifies it. */
    REPORTED,
    /** The consortium rejected the report once; the SME may resubmit it. */
    REPORT_REJECTED,
    /** Report verified, balance ordered: done. */
    CLOSED,
    /** The report was rejected twice: the unpaid part of the award is released. */
    REPORT_FAILED,
    /** Withdrawn by the SME; the unpaid part of any award is released. */
    WITHDRAWN;

    /** The statuses in which the application holds (or held) an award that counts toward caps. */
    public static final List<ApplicationStatus> AWARDED_STATES = List.of(AWARDED, OVERDUE, REPORTED, REPORT_REJECTED, CLOSED);

    /** The statuses that count as an application to the open call (one per SME unless the call allows more). */
    public static final List<ApplicationStatus> COUNTING = List.of(SUBMITTED, WAITLISTED, UNDER_REVIEW, AWARDED, OVERDUE,
            REPORTED, REPORT_REJECTED, CLOSED, REPORT_FAILED);
}
