package io.grantflow.ledger.domain;

/** The levels of the budget tree, and the accounts outside it. */
public enum AccountKind {
    /** Where programme budgets come from (the EU budget); unbounded, carries no balances. */
    SOURCE,
    PROGRAMME,
    CALL,
    CUTOFF,
    /** A legal commitment to one payee out of a call's (or cut-off's) budget. */
    COMMITMENT,
    GRANT,
    FSTP_ENVELOPE,
    OPEN_CALL,
    AWARD,
    /** A payee: what it has been paid. */
    PAYEE;

    /** Accounts that are, from the start, wholly committed to one payee: payments are made from them. */
    public boolean isCommitmentToPayee() {
        return this == COMMITMENT || this == GRANT || this == AWARD;
    }
}
