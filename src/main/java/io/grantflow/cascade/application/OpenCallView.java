package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An open call as SMEs see it in the public listing, with what is left of its budget. */
public record OpenCallView(Long id, Long grant, String grantNumber, String consortium, String title, String description,
                           Instrument instrument, String currency, Money budget, Money committed, Money available,
                           Money fixedAmount, Money minAmount, Money maxAmount, List<String> eligibleCountries,
                           List<String> sectors, List<String> activities, Selection selection, boolean waitlist, Instant opensAt,
                           Instant closesAt, boolean open, BigDecimal firstTranchePercent, int reportDays,
                           Money maxPerThirdParty, Money deMinimisCap, int applicationsPerSme,
                           Map<String, Money> hostAmounts) {
}
