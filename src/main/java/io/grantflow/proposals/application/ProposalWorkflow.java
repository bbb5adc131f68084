package io.grantflow.proposals.application;

import java.util.Optional;

/** The port to the proposal-lifecycle process (implemented in the workflow package). */
public interface ProposalWorkflow {

    /** Starts the process at the first submission. */
    void submitted(Long proposalId, int version);

    /** A resubmission replaced the submitted version. */
    void resubmitted(Long proposalId, int version);

    /** The deadline of the proposal's batch passed: the process re-checks it. */
    void deadlinePassed(Long proposalId);

    /** Withdrawal ends the process. */
    void withdrawn(Long proposalId);

    /** The name of the step the process waits in, if it runs. */
    Optional<String> currentStep(Long proposalId);
}
