package io.grantflow.organisations.domain;

/** The enterprise size category of Commission Recommendation 2003/361/EC. */
public enum SmeCategory {
    MICRO,
    SMALL,
    MEDIUM,
    NOT_SME,
    /** Not an enterprise (cluster organisation, research organisation, public body, …): the test does not apply. */
    NOT_APPLICABLE;

    public boolean isSme() {
        return this == MICRO || this == SMALL || this == MEDIUM;
    }
}
