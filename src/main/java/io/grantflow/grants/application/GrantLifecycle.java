package io.grantflow.grants.application;

/**
 * The grant-lifecycle process (bpmn/grant-lifecycle.bpmn), as the grants feature drives it: started at signature;
 * each accepted report settles its period in the caller's transaction (the process's service task calls
 * {@link GrantSettlements#settle}); the final settlement ends it, and so does a termination.
 */
public interface GrantLifecycle {

    void started(Long grantId);

    /** The report of {@code period} was accepted: the process settles it now (once). */
    void reportAccepted(Long grantId, int period);

    void terminated(Long grantId);

    /** The process's current step, for people to read (empty when it has ended). */
    java.util.Optional<String> currentStep(Long grantId);
}
