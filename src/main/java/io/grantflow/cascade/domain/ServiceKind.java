package io.grantflow.cascade.domain;

/** The services a provider call selects providers for and an in-kind open call gives SMEs, valued in days. */
public enum ServiceKind {
    COACHING,
    MENTORING,
    TRAINING,
    CONSULTANCY
}
