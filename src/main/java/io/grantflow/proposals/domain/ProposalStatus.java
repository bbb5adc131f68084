package io.grantflow.proposals.domain;

/** Where a proposal is: drafted, submitted (before the deadline), withdrawn, or re-checked after the deadline. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    /** Re-checked after the deadline and eligible: waits for evaluation. */
    ELIGIBLE,
    /** Re-checked after the deadline and not eligible (the timeline says why). */
    INELIGIBLE,
    /** A stage-1 proposal invited to stage 2 (set by evaluation). */
    INVITED_TO_STAGE_2
}
