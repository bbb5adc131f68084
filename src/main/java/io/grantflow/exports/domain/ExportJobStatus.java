package io.grantflow.exports.domain;

/** Where a background export stands: it runs, then it is done (its file stored) or it failed. */
public enum ExportJobStatus {
    RUNNING, DONE, FAILED
}
