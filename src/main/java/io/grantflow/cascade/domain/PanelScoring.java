package io.grantflow.cascade.domain;

/** How an evaluated open call turns its evaluators' scores into the score per criterion that is ranked. */
public enum PanelScoring {
    /** The average of the submitted scores per criterion (2 decimals). */
    AVERAGE,
    /** The scores the consortium records as agreed after reading the evaluations. */
    CONSENSUS
}
