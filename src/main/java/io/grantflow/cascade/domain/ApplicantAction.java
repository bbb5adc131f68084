package io.grantflow.cascade.domain;

/**
 * What a member of the applying organisation may do on an application now ({@link Application#actionsOpen}): the
 * same conditions as the acts themselves ({@link Application#report}, {@link Application#withdraw}), so a page
 * offers only what the act would take.
 */
public enum ApplicantAction {
    /** Send the report with proof: an award waits for it (a ClusterXchange visitor once the visit has ended). */
    REPORT,
    /** Withdraw: the application has not ended; what the award has not paid is released. */
    WITHDRAW
}
