package io.grantflow.organisations.domain;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;

/** Staff headcount in annual work units, annual turnover and balance-sheet total. */
public record SmeFigures(BigDecimal staffHeadcount, Money annualTurnover, Money balanceSheetTotal) {
}
