package io.grantflow.evaluation.domain;

/** An expert's assignment to a proposal: the content is readable only once no conflict is declared. */
public enum AssignmentStatus {
    /** Assigned; the expert must declare (absence of) a conflict of interest before reading. */
    ASSIGNED,
    /** No conflict declared: the expert reads and scores the proposal. */
    ACCEPTED,
    /** The expert submitted the evaluation: the scores are locked. */
    SUBMITTED,
    /** The expert declared a conflict: removed, and a replacement was assigned. */
    CONFLICT_DECLARED
}
