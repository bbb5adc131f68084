package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;

/**
 * An enterprise related to the applicant: a partner (holding 25–50%) counts pro rata to the share,
 * a linked enterprise (more than 50%, or control) counts in full.
 */
public record RelatedEnterprise(String name, Relation relation, BigDecimal ownershipShare,
                                BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal) {

    public enum Relation { PARTNER, LINKED }
}
