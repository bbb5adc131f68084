package io.grantflow.calls.application;

/**
 * The port to the call-lifecycle process (implemented in the workflow package, so that the
 * engine stays out of this feature). Called inside the publishing transaction.
 */
public interface CallLifecycleWorkflow {

    /** Starts the process of a published call; does nothing if one is already running for it. */
    void start(String callIdentifier, java.time.Instant opensAt, int deadlineCount);

    /** Whether a lifecycle process is running for the call. */
    boolean isRunning(String callIdentifier);
}
