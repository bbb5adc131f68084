package io.grantflow.shared.text;

/**
 * How long a free text may be, by what it is. Each limit is written here once; the checks use
 * {@link io.grantflow.shared.problem.Violations#maxLength} and report {@code too_long}.
 */
public final class TextLimits {

    /** The reason given for a decision: a rejection, a refusal, a verification, a cancellation. */
    public static final int REASON = 500;
    /** A reference to a proof (a document id, a link). */
    public static final int PROOF = 500;
    /** A title or a formal name: a programme's, a call's, a proposal's, a work package's, an organisation's legal name. */
    public static final int TITLE = 300;
    /** A free keyword: a value chain beside a sector (e.g. "hydrogen", "furniture and living"). */
    public static final int KEYWORD = 80;
    /** A short label: a deadline's, an evaluation criterion's name. */
    public static final int LABEL = 100;
    /** A proposal's acronym. */
    public static final int ACRONYM = 40;
    /** A short note on a report (a KPI report's comment). */
    public static final int NOTE = 2000;
    /** A person's or an organisation's name as typed on a form. */
    public static final int NAME = 200;
    /** An identifier typed by a person (a visitor's ID card, a registration number). */
    public static final int IDENTIFIER = 100;
    /** A payee's name on a payment order (SEPA allows 70; registries need more before shortening). */
    public static final int PAYEE_NAME = 300;
    /** What an application is for. */
    public static final int PURPOSE = 2000;
    /** What a payment order is for (its remittance text). */
    public static final int PAYMENT_PURPOSE = 300;
    /** A payment order's reference, quoted to the payee with the transfer. */
    public static final int PAYMENT_REFERENCE = 120;
    /** An evaluator's comment on a criterion. */
    public static final int COMMENT = 5000;
    /** A report of what was done with the support. */
    public static final int REPORT = 10000;

    private TextLimits() {
    }
}
