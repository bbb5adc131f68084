package io.grantflow.ledger.domain;

/** What a transfer does; see docs/money.md for the effect of each on the accounts. */
public enum TransferKind {
    /** SOURCE → PROGRAMME: the programme's budget. */
    FUNDING,
    /** parent budget → child budget (programme → call, call → cut-off, grant → FSTP envelope, …). */
    ALLOCATION,
    /** budget → an account committed to one payee (a grant, an award, a legal commitment). */
    COMMITMENT,
    /** back from a child or commitment to its parent: the unspent part returns. */
    DECOMMITMENT,
    /** commitment → PAYEE: money leaves. */
    PAYMENT,
    /** PAYEE → commitment: money comes back. */
    RECOVERY,
    /** undoes one earlier transfer exactly. */
    REVERSAL,
    /**
     * cut-off → the next cut-off of the same call (or open call): the unused budget of a decided cut-off
     * moves on; debit.allocated −= x, credit.allocated += x (the parent's committed does not change).
     */
    CARRY_OVER
}
