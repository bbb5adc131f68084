package io.grantflow.demo;

import io.grantflow.calls.domain.Activity;
import io.grantflow.cascade.api.ApplicationRequest;
import io.grantflow.cascade.application.ApplicationSubmission;
import io.grantflow.cascade.application.OpenCallCutoffs;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The demo's open calls as the programmes run them beyond one window: an open call in two cut-offs whose first
 * closed with budget left, carried to the second by the consortium. Every act goes through the cascade services.
 */
@ApplicationScoped
class DemoCascadeRounds {

    private static final String COORDINATOR = "coordinator";

    @Inject
    OpenCallService openCalls;

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    ApplicationSubmission submission;

    private DemoHistory h;
    private long grant;
    private long tradeFairs;
    private int keys;

    /**
     * 30 days ago: trade-fair lump sums in two cut-offs (EUR 3,000 closing 23 days ago, EUR 6,000 closing in 40 days),
     * first come, first served; two SMEs take EUR 2,000 of the first.
     */
    void cutoffCall(DemoHistory history, long grant, DemoRounds.Ids org) {
        this.h = history;
        this.grant = grant;
        h.advanceTo(h.day(-30, 9));
        tradeFairs = openCall(new OpenCallDefinition("Trade-fair lump sums in two cut-offs",
                "EUR 1,000 towards an SME's stand at a hydrogen trade fair; first come, first served in each cut-off. "
                        + "What the first cut-off leaves is carried to the second.",
                Instrument.FIXED_LUMP_SUM, Money.eur("9000.00"), Money.eur("1000.00"), null, null, List.of(), List.of(),
                Selection.FIRST_COME_FIRST_SERVED, false, h.day(-30, 10), h.day(40, 17), BigDecimal.ZERO, 60, 7, null,
                null, null, null, Map.of(), List.of(Activity.SME_INTERNATIONALISATION), List.of("hydrogen", "trade fairs"),
                null, null, null, null, List.of(
                new OpenCallDefinition.Cutoff(h.day(-23, 17), Money.eur("3000.00"), null),
                new OpenCallDefinition.Cutoff(h.day(40, 17), Money.eur("6000.00"), null)), null, null));
        h.advanceTo(h.day(-30, 14));
        apply(tradeFairs, "sme1", org.voltaic(), "RENEWABLE_ENERGY", "IT60 X054 2811 1010 0000 0123 456",
                "Stand at the Hydrogen Technology Expo Europe");
        h.advanceTo(h.day(-29, 10));
        apply(tradeFairs, DemoRounds.KRAKOW, org.krakow(), "RENEWABLE_ENERGY", "PL61 1090 1014 0000 0712 1981 2874",
                "Stand at World Hydrogen Summit Rotterdam");
    }

    /** Two days ago: the first cut-off is decided; the coordinator carries its unused EUR 1,000 to the second. */
    void carryOver() {
        h.advanceTo(h.day(-2, 11));
        h.act(() -> cutoffs.carryOver(tradeFairs, 0, COORDINATOR));
    }

    private void apply(long openCall, String user, long organisation, String sector, String iban, String purpose) {
        ApplicationRequest r = new ApplicationRequest(organisation, null, purpose, sector, iban, true, true,
                Money.eur("12000.00"), null);
        h.get(() -> submission.submit(openCall, r, key(), user));
    }

    private long openCall(OpenCallDefinition d) {
        return h.id(h.get(() -> openCalls.create(grant, d, key(), COORDINATOR)));
    }

    private String key() {
        return "demo-rounds-" + (++keys);
    }
}
