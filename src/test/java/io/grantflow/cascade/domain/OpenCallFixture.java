package io.grantflow.cascade.domain;

import io.grantflow.calls.domain.Activity;

import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Open calls and their definitions as the rules see them (no database), in the style of ddd-by-examples' PatronFixture. */
public final class OpenCallFixture {

    public static final Money THIRD_PARTY_CAP = Money.eur("60000.00");
    public static final Instant OPENS = Instant.parse("2027-03-01T08:00:00Z");
    public static final Instant CLOSES = Instant.parse("2027-06-30T15:00:00Z");

    private OpenCallFixture() {
    }

    /** The Euroclusters voucher: up to EUR 10,000 (at least 1,000), first come first served, in France, Italy and Spain. */
    public static OpenCall euroclustersOpenCall() {
        OpenCall oc = base(Instrument.VOUCHER, Selection.FIRST_COME_FIRST_SERVED);
        oc.minAmount = Money.eur("1000.00");
        oc.maxAmount = Money.eur("10000.00");
        oc.eligibleCountries = new String[]{"FR", "IT", "ES"};
        return oc;
    }

    /** Exactly EUR 1,000 to each SME, first come first served. */
    public static OpenCall fixedLumpSumOpenCall() {
        OpenCall oc = base(Instrument.FIXED_LUMP_SUM, Selection.FIRST_COME_FIRST_SERVED);
        oc.fixedAmount = Money.eur("1000.00");
        return oc;
    }

    /** A voucher up to EUR 20,000 whose applications the consortium evaluates. */
    public static OpenCall evaluatedOpenCall() {
        OpenCall oc = base(Instrument.VOUCHER, Selection.EVALUATED);
        oc.maxAmount = Money.eur("20000.00");
        return oc;
    }

    /** ClusterXchange: EUR 1,100 for a host in France, EUR 800 in Germany. */
    public static OpenCall clusterXchangeOpenCall() {
        OpenCall oc = base(Instrument.CLUSTERXCHANGE, Selection.FIRST_COME_FIRST_SERVED);
        oc.hostAmounts = new LinkedHashMap<>(Map.of("FR", Money.eur("1100.00"), "DE", Money.eur("800.00")));
        return oc;
    }

    private static OpenCall base(Instrument instrument, Selection selection) {
        OpenCall oc = new OpenCall();
        oc.id = 7L;
        oc.grantId = 3L;
        oc.title = "Green transition vouchers";
        oc.instrument = instrument;
        oc.selection = selection;
        oc.budget = Money.eur("100000.00");
        oc.opensAt = OPENS;
        oc.closesAt = CLOSES;
        oc.firstTranchePercent = new BigDecimal("40");
        oc.reportDays = OpenCallDefinition.DEFAULT_REPORT_DAYS;
        oc.reminderDays = OpenCallDefinition.DEFAULT_REMINDER_DAYS;
        oc.maxPerThirdParty = THIRD_PARTY_CAP;
        oc.deMinimisCap = OpenCallDefinition.DEFAULT_DE_MINIMIS_CAP;
        oc.applicationsPerSme = instrument == Instrument.CLUSTERXCHANGE ? null : 1;
        oc.applicantTypes = ApplicantTypes.stored(instrument, null);
        oc.createdBy = "coordinator";
        return oc;
    }

    /** A valid definition of the Euroclusters voucher call. */
    public static OpenCallDefinition euroclustersDefinition() {
        return new OpenCallDefinition("Green transition vouchers", "Vouchers for SMEs", Instrument.VOUCHER,
                Money.eur("100000.00"), null, Money.eur("1000.00"), Money.eur("10000.00"), List.of("FR", "IT", "ES"),
                List.of("AEROSPACE_DEFENCE"), Selection.FIRST_COME_FIRST_SERVED, true, OPENS, CLOSES,
                new BigDecimal("40"), 60, 7, null, true, null, 1, null, List.of(Activity.values()[0]));
    }

    /** A valid ClusterXchange definition. */
    public static OpenCallDefinition clusterXchangeDefinition(Map<String, Money> hostAmounts) {
        return new OpenCallDefinition("ClusterXchange", null, Instrument.CLUSTERXCHANGE, Money.eur("50000.00"), null,
                null, null, List.of(), List.of(), Selection.FIRST_COME_FIRST_SERVED, false, OPENS, CLOSES, null, null,
                null, null, null, null, null, hostAmounts, List.of());
    }
}
