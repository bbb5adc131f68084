package io.grantflow.shared.security;

/** The roles of the product, as they appear in the JWT {@code groups} claim. */
public final class Roles {
    public static final String OFFICER = "officer";
    public static final String APPLICANT = "applicant";
    public static final String EVALUATOR = "evaluator";
    public static final String SME = "sme";

    /** Every role of the product (the other groups a token may carry mean nothing here). */
    public static final java.util.Set<String> ALL = java.util.Set.of(OFFICER, APPLICANT, EVALUATOR, SME);

    private Roles() {
    }
}
