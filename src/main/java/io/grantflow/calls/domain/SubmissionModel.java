package io.grantflow.calls.domain;

/** How proposals are collected: one deadline, two stages, or several cut-offs each with its own budget. */
public enum SubmissionModel {
    SINGLE_STAGE,
    TWO_STAGE,
    MULTIPLE_CUTOFFS
}
