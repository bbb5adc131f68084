package io.grantflow.evaluation.domain;

/** Where the evaluation of one proposal is. */
public enum EvaluationStatus {
    /** The experts evaluate it individually. */
    INDIVIDUAL,
    /** Every individual evaluation is in: the rapporteur drafts the consensus. */
    CONSENSUS,
    /** The consensus is agreed: its scores count for the ranking. */
    AGREED
}
