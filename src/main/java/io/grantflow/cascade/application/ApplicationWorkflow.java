package io.grantflow.cascade.application;

import java.time.Instant;
import java.util.Optional;

/** The port to fstp-lump-sum.bpmn (implemented in the workflow package); business key = application id. */
public interface ApplicationWorkflow {

    /** Starts the process in the caller's transaction: checks and, first-come-first-served, the award run at once. */
    void submitted(Long applicationId, boolean firstComeFirstServed);

    /** Completes the consortium's award decision. */
    void decided(Long applicationId, boolean approved);

    /** A waiting-list application may try the award again. */
    void promoted(Long applicationId);

    void reported(Long applicationId);

    /** Completes the verification; a rejected report may be resubmitted when {@code mayResubmit}. */
    void verified(Long applicationId, boolean verified, boolean mayResubmit);

    void withdrawn(Long applicationId);

    /** The dates of the report timers, set when the award is committed. */
    record ReportDates(Instant reminderAt, Instant dueAt) {
    }

    Optional<String> currentStep(Long applicationId);
}
