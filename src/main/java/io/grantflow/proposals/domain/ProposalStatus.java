package io.grantflow.proposals.domain;

import java.util.List;

/** Where a proposal is: drafted, submitted (before the deadline), withdrawn, or re-checked after the deadline. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    /** Re-checked after the deadline and eligible: waits for evaluation. */
    ELIGIBLE,
    /** Re-checked after the deadline and not eligible (the timeline says why). */
    INELIGIBLE,
    /** Every evaluation slot has an expert: the experts evaluate it. */
    UNDER_EVALUATION,
    /** The consensus is agreed; it waits for the ranking. */
    EVALUATED,
    /** Ranked within the budget: a grant is offered at the award. */
    MAIN_LIST,
    /** Passed the thresholds but beyond the budget line: offered a grant when a main-list grant is declined. */
    RESERVE_LIST,
    /** Below a criterion threshold or the overall threshold (the ranking says which). */
    REJECTED,
    /** A stage-1 proposal invited to stage 2 (set by the stage-1 ranking). */
    INVITED_TO_STAGE_2,
    /** A stage-1 proposal that passed but was beyond the invitation line. */
    NOT_INVITED;

    /** Evaluated or already placed: what a ranking ranks (again, until the award). */
    public static final List<ProposalStatus> RANKABLE = List.of(EVALUATED, MAIN_LIST, RESERVE_LIST, REJECTED,
            INVITED_TO_STAGE_2, NOT_INVITED);

    /** Still on its way to an agreed consensus: a batch with one of these cannot be ranked yet. */
    public static final List<ProposalStatus> AWAITING_CONSENSUS = List.of(SUBMITTED, ELIGIBLE, UNDER_EVALUATION);

    /** Whether a ranking has placed it (it can no longer be withdrawn). */
    public boolean isRanked() {
        return this == MAIN_LIST || this == RESERVE_LIST || this == REJECTED || this == INVITED_TO_STAGE_2
                || this == NOT_INVITED;
    }
}
