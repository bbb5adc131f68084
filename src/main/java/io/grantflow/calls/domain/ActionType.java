package io.grantflow.calls.domain;

/** The type of action a call funds. */
public enum ActionType {
    BUDGET_BASED_GRANT,
    LUMP_SUM_GRANT,
    PROJECT_GRANT,
    GRANT_FOR_FINANCIAL_SUPPORT
}
