package io.grantflow.grants.domain;

/**
 * The cost categories a beneficiary declares in a periodic report. Financial support to third parties is not
 * declared: the service knows it from the ledger (what the grant's FSTP envelope paid), and it is funded at the
 * call's FSTP rate; every category here is funded at the call's rate for other costs.
 */
public enum CostCategory {
    PERSONNEL,
    SUBCONTRACTING,
    TRAVEL,
    EQUIPMENT,
    OTHER_GOODS_AND_SERVICES,
    INDIRECT
}
