package io.grantflow.demo;

import io.grantflow.calls.domain.Activity;
import io.grantflow.calls.domain.CallDefinition.CriterionDefinition;
import io.grantflow.cascade.api.ApplicationAssignmentView;
import io.grantflow.cascade.api.ApplicationRequest;
import io.grantflow.cascade.api.PanelPoolRequest;
import io.grantflow.cascade.api.ProviderOfferRequest;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationSubmission;
import io.grantflow.cascade.application.InKindSupport;
import io.grantflow.cascade.application.OpenCallCutoffs;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.application.PanelAssignments;
import io.grantflow.cascade.application.PanelPool;
import io.grantflow.cascade.application.PanelScores;
import io.grantflow.cascade.application.ProviderCalls;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.OpenCallEvaluationTerms;
import io.grantflow.cascade.domain.PanelScoring;
import io.grantflow.cascade.domain.ProviderCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.cascade.domain.ServiceKind;
import io.grantflow.cascade.domain.TypeOfSupport;
import io.grantflow.evaluation.domain.ScoringPolicy;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The demo's open calls as the programmes run them beyond one window and one decision (issue 20): trade-fair lump
 * sums in two cut-offs, the first's unused budget carried to the second; product-development grants evaluated by a
 * panel of the consortium ({@code partner}) and an invited expert ({@code evaluator1}); a call for coaches and
 * coaching in kind by days, paid to the coach. Every act goes through the cascade services.
 */
@ApplicationScoped
class DemoCascadeRounds {

    private static final String COORDINATOR = "coordinator";
    private static final String PARTNER = "partner";
    private static final String EXPERT = "evaluator1";
    private static final String HOST = "host";
    private static final Map<String, String> IBANS = Map.of("sme1", "IT60 X054 2811 1010 0000 0123 456",
            "sme2", "EE38 2200 2210 2014 5685", DemoRounds.LUMEN, "PT50 0002 0123 1234 5678 9015 4",
            DemoRounds.HANSE, "DE89 3704 0044 0532 0130 00", DemoRounds.KRAKOW, "PL61 1090 1014 0000 0712 1981 2874");

    @Inject
    OpenCallService openCalls;

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    ApplicationSubmission submission;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    PanelPool pool;

    @Inject
    PanelAssignments assignments;

    @Inject
    PanelScores scores;

    @Inject
    ProviderCalls providerCalls;

    @Inject
    InKindSupport inKind;

    private DemoHistory h;
    private long grant;
    private long tradeFairs;
    private long panel;
    private long coaching;
    private long coachingOfSme1;
    private int keys;

    /**
     * 30 and 29 days ago: the open calls beyond one window open, the coach offers, SMEs apply: two take EUR 2,000
     * of the first trade-fair cut-off (EUR 3,000, closing 23 days ago), three ask the panel's call for EUR 23,000 of
     * EUR 15,000, sme1 gets three coaching days.
     */
    void openCallsOfNow(DemoHistory history, long grant, DemoRounds.Ids org) {
        this.h = history;
        this.grant = grant;
        h.advanceTo(h.day(-30, 9));
        tradeFairs = openCall(definition("Trade-fair lump sums in two cut-offs",
                "EUR 1,000 towards an SME's stand at a hydrogen trade fair; first come, first served in each cut-off. "
                        + "What the first cut-off leaves is carried to the second.", Instrument.FIXED_LUMP_SUM, "9000.00",
                "1000.00", null, Selection.FIRST_COME_FIRST_SERVED, h.day(40, 17), null, List.of(
                        new OpenCallDefinition.Cutoff(h.day(-23, 17), Money.eur("3000.00"), null),
                        new OpenCallDefinition.Cutoff(h.day(40, 17), Money.eur("6000.00"), null)), null));
        panel = openCall(definition("Product-development grants: evaluated by a panel",
                "Up to EUR 10,000 to turn a hydrogen component into a product; two evaluators score relevance and "
                        + "impact, the best are funded while the budget lasts, the next form the reserve list.",
                Instrument.LUMP_SUM_UP_TO, "15000.00", null, "10000.00", Selection.EVALUATED, h.day(-5, 17),
                new OpenCallEvaluationTerms(List.of(new CriterionDefinition("Relevance", BigDecimal.ONE, new BigDecimal("3")),
                        new CriterionDefinition("Impact", BigDecimal.ONE, new BigDecimal("2.5"))), new BigDecimal("6"), 2,
                        PanelScoring.AVERAGE, 10), null, null));
        h.act(() -> pool.set(panel, new PanelPoolRequest(List.of(PARTNER, EXPERT)), COORDINATOR));
        h.get(() -> providerCalls.create(grant, new ProviderCallDefinition("Coaches for hydrogen SMEs",
                "Experienced coaches for business models and investor readiness, paid by the day (at most EUR 800).",
                ServiceKind.COACHING, Money.eur("800.00"), null, Selection.FIRST_COME_FIRST_SERVED, h.day(-30, 10),
                h.day(30, 17)), key(), COORDINATOR));
        coaching = openCall(definition("Coaching in kind: business models for hydrogen SMEs",
                "Up to 5 days of coaching by a coach of the consortium's roster, worth up to EUR 3,500 and counted as "
                        + "support to the SME; the coach is paid. Förderung in Sachleistungen, accompagnement sur mesure.",
                Instrument.VOUCHER, "35000.00", null, "3500.00", Selection.FIRST_COME_FIRST_SERVED, h.day(45, 17), null,
                null, new OpenCallDefinition.InKind(ServiceKind.COACHING, 5)));
        h.advanceTo(h.day(-30, 11)); // the host cluster offers a coach
        long coaches = providerCalls.ofGrant(grant, COORDINATOR, false).get(0).id();
        h.get(() -> providerCalls.offer(coaches, new ProviderOfferRequest(org.mobility(), Money.eur("700.00"), 20,
                List.of("fr", "en"), "Investor-readiness and business-model coaching for hydrogen start-ups",
                "FR76 3000 6000 0112 3456 7890 189"), key(), HOST));
        h.advanceTo(h.day(-30, 14));
        apply(tradeFairs, "sme1", org.voltaic(), null, "Stand at the Hydrogen Technology Expo Europe", null);
        h.advanceTo(h.day(-30, 15));
        apply(panel, "sme2", org.agro(), "8000.00", "A hydrogen-ready grain dryer, from prototype to product", null);
        h.advanceTo(h.day(-30, 16));
        apply(panel, DemoRounds.LUMEN, org.lumen(), "9000.00", "An optical hydrogen-leak sensor ready for series", null);
        h.advanceTo(h.day(-29, 9));
        apply(panel, DemoRounds.HANSE, org.hanse(), "6000.00", "A hydrogen refuelling module for harbour robots", null);
        coachingOfSme1 = apply(coaching, "sme1", org.voltaic(), null, "Coaching on a hydrogen service business model", 3);
        h.advanceTo(h.day(-29, 10));
        apply(tradeFairs, DemoRounds.KRAKOW, org.krakow(), null, "Stand at World Hydrogen Summit Rotterdam", null);
    }

    /**
     * Two days ago: the coordinator carries the first cut-off's unused EUR 1,000 to the second; the coach reports
     * sme1's three days, sme1 confirms them, the coordinator verifies (the order to the coach waits for
     * {@code partner}); the panel's call, closed, is assigned: {@code partner} scores all three applications,
     * {@code evaluator1} two of them (the third waits for it).
     */
    void decisionsOfNow() {
        h.advanceTo(h.day(-2, 11));
        h.act(() -> cutoffs.carryOver(tradeFairs, 0, COORDINATOR));
        h.act(() -> inKind.reportDelivery(coachingOfSme1, 3, HOST));
        h.advanceTo(h.day(-2, 12));
        h.act(() -> inKind.confirmDelivery(coachingOfSme1, "sme1"));
        h.act(() -> followUp.verify(coachingOfSme1, true, "Three coaching days confirmed by the SME", COORDINATOR));
        h.advanceTo(h.day(-2, 13));
        h.act(() -> assignments.assign(panel, COORDINATOR));
        h.advanceTo(h.day(-2, 14));
        evaluate(PARTNER, 3, Map.of(0, new int[]{4, 4}, 1, new int[]{5, 4}, 2, new int[]{3, 3}));
        h.advanceTo(h.day(-2, 16));
        evaluate(EXPERT, 2, Map.of(0, new int[]{4, 3}, 1, new int[]{5, 5}));
    }

    /** The evaluator declares no conflict and scores its first {@code count} assignments (by application). */
    private void evaluate(String user, int count, Map<Integer, int[]> marks) {
        List<ApplicationAssignmentView> mine = scores.mine(user, PageRequest.first(20)).items().stream()
                .filter(a -> a.openCall() == panel)
                .sorted(java.util.Comparator.comparing(ApplicationAssignmentView::application)).toList();
        for (int i = 0; i < Math.min(count, mine.size()); i++) {
            long id = mine.get(i).id();
            int[] m = marks.get(i);
            h.act(() -> assignments.declare(id, false, null, user));
            h.act(() -> scores.save(id, List.of(
                    new ScoringPolicy.Entry("Relevance", BigDecimal.valueOf(m[0]), "Relevance as " + user
                            + " sees it: the product fits the hydrogen value chain."),
                    new ScoringPolicy.Entry("Impact", BigDecimal.valueOf(m[1]), "Impact as " + user
                            + " sees it: a credible market and a clear plan.")), null, user));
            h.act(() -> scores.submit(id, user));
        }
    }

    private long apply(long openCall, String user, long organisation, String requested, String purpose, Integer days) {
        ApplicationRequest r = new ApplicationRequest(organisation, requested == null ? null : Money.eur(requested),
                purpose, "sme2".equals(user) ? "AGRI_FOOD" : "RENEWABLE_ENERGY", IBANS.get(user), true, true,
                Money.eur("12000.00"), null, null, days);
        return h.id(h.get(() -> submission.submit(openCall, r, key(), user)));
    }

    private long openCall(OpenCallDefinition d) {
        return h.id(h.get(() -> openCalls.create(grant, d, key(), COORDINATOR)));
    }

    private OpenCallDefinition definition(String title, String description, Instrument instrument, String budget,
                                          String fixed, String max, Selection selection, Instant closes,
                                          OpenCallEvaluationTerms panelTerms, List<OpenCallDefinition.Cutoff> cuts,
                                          OpenCallDefinition.InKind days) {
        return new OpenCallDefinition(title, description, instrument, Money.eur(budget),
                fixed == null ? null : Money.eur(fixed), null, max == null ? null : Money.eur(max), List.of(), List.of(),
                selection, false, h.day(-30, 10), closes, BigDecimal.ZERO, 60, 7, null, null, null, null, Map.of(),
                List.of(days == null ? Activity.SME_INTERNATIONALISATION : Activity.SKILLS),
                List.of("hydrogen"), days == null ? null : TypeOfSupport.IN_KIND_SERVICE, null, null, null, cuts,
                panelTerms, days);
    }

    private String key() {
        return "demo-rounds-" + (++keys);
    }
}
