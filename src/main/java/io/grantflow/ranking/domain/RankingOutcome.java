package io.grantflow.ranking.domain;

/** Where a ranking places a proposal. */
public enum RankingOutcome {
    /** Within the budget: offered a grant at the award. */
    MAIN_LIST,
    /** Passed, beyond the budget line. */
    RESERVE_LIST,
    /** Below a criterion threshold or the overall threshold. */
    REJECTED,
    /** Stage 1 of a two-stage call: within the invitation line. */
    INVITED_TO_STAGE_2,
    /** Stage 1: passed, beyond the invitation line. */
    NOT_INVITED
}
