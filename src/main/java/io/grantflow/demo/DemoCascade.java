package io.grantflow.demo;

import io.grantflow.calls.domain.Activity;
import io.grantflow.cascade.api.ApplicationRequest;
import io.grantflow.cascade.application.ApplicationAward;
import io.grantflow.cascade.application.ApplicationFollowUp;
import io.grantflow.cascade.application.ApplicationQueries;
import io.grantflow.cascade.application.ApplicationSubmission;
import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.application.OpenCallService;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.payments.application.PaymentDecisions;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's cascade funding: the H2VALLEYS consortium (coordinator, partner) runs open calls from its
 * grant's FSTP envelope, SMEs apply, report and are paid; what is open now and waiting today is the
 * end of that story. Every act goes through the cascade and payment services.
 */
@ApplicationScoped
class DemoCascade {

    private static final String COORDINATOR = "coordinator";
    private static final String PARTNER = "partner";

    @Inject
    OpenCallService openCalls;

    @Inject
    ApplicationSubmission submission;

    @Inject
    ApplicationAward award;

    @Inject
    ApplicationFollowUp followUp;

    @Inject
    ApplicationQueries queries;

    @Inject
    PaymentDecisions payments;

    private DemoHistory h;
    private int keys;

    private long grant;
    private DemoRounds.Ids org;
    private long paidInFull;
    private long verified;
    private long reported;
    private long travel;
    private long international;
    private long exchange;
    private long training;
    private final Map<String, Long> applicationIds = new LinkedHashMap<>();

    /**
     * 140 to 106 days ago: a first open call of grant {@code grant}, long closed: awards, reports,
     * verification, tranches ordered by one member of the consortium and approved by the other, paid.
     */
    void firstOpenCall(DemoHistory history, long grant, DemoRounds.Ids org) {
        this.h = history;
        this.grant = grant;
        this.org = org;
        h.advanceTo(h.day(-140, 9));
        long vouchers = openCall(definition("Hydrogen readiness vouchers", "Fixed lump sums for SMEs that "
                        + "assess how hydrogen fits their processes.", Instrument.FIXED_LUMP_SUM, "30000.00", "5000.00",
                null, Selection.FIRST_COME_FIRST_SERVED, h.day(-140, 10), h.day(-100, 17), "50", 150));
        h.advanceTo(h.day(-139, 11));
        paidInFull = apply("paid", vouchers, "sme1", org.voltaic(), null, "RENEWABLE_ENERGY",
                "IT60 X054 2811 1010 0000 0123 456", "Hydrogen readiness assessment of our component lines");
        h.advanceTo(h.day(-138, 11));
        verified = apply("verified", vouchers, DemoRounds.LUMEN, org.lumen(), null, "RENEWABLE_ENERGY",
                "PT50 0002 0123 1234 5678 9015 4", "Optical sensors for hydrogen leak detection");
        h.advanceTo(h.day(-137, 11));
        reported = apply("reported", vouchers, DemoRounds.KRAKOW, org.krakow(), null, "RENEWABLE_ENERGY",
                "PL61 1090 1014 0000 0712 1981 2874", "Pressure sensors for hydrogen storage");
        h.advanceTo(h.day(-136, 9)); // the partner approves the first tranches the coordinator ordered
        approveTranches(PARTNER, paidInFull, verified, reported);
        h.advanceTo(h.day(-136, 10));
        h.advanceTo(h.day(-110, 10));
        h.act(() -> followUp.report(paidInFull, "Assessment done: two lines can switch to hydrogen by 2027.",
                "https://files.example.eu/voltaic/h2-assessment.pdf", "sme1"));
        h.advanceTo(h.day(-108, 10));
        h.act(() -> followUp.verify(paidInFull, true, "Report and proof complete", COORDINATOR));
        h.advanceTo(h.day(-106, 10));
        approveTranches(PARTNER, paidInFull);
        h.advanceTo(h.day(-106, 11));
    }

    /** 40 days ago: a report that the partner verifies later. */
    void reportOfLumen() {
        h.advanceTo(h.day(-40, 10));
        h.act(() -> followUp.report(verified, "Prototype leak detector tested at the partner's site.",
                "https://files.example.eu/lumen/test-report.pdf", DemoRounds.LUMEN));
    }

    /** 30 days ago: the open calls that are open now. */
    void openCallsOfNow() {
        h.advanceTo(h.day(-30, 9));
        // first-come-first-served travel vouchers with a waiting list
        travel = openCall(waitlisted(definition("Travel vouchers to Hydrogen Europe trade fairs",
                "Up to EUR 1,500 for an SME's travel to a hydrogen trade fair, first come first served.",
                Instrument.TRAVEL_VOUCHER, "3000.00", null, "1500.00", Selection.FIRST_COME_FIRST_SERVED,
                h.day(-30, 10), h.day(30, 17), "0", 60), List.of("hydrogen", "trade fairs")));
        // evaluated internationalisation grants, half paid on award
        international = openCall(internationalisation(definition("Internationalisation grants: markets outside the EU",
                "Up to EUR 10,000 for an SME's first steps on a market outside the EU; the consortium selects.",
                Instrument.LUMP_SUM_UP_TO, "40000.00", null, "10000.00", Selection.EVALUATED, h.day(-30, 10),
                h.day(25, 17), "50", 120)));
        // ClusterXchange, lump sums by host country
        exchange = openCall(exchange(h.day(-30, 10), h.day(60, 17)));
        // a training lump sum
        training = openCall(definition("Training lump sum: hydrogen safety for SME staff",
                "EUR 2,000 towards certified hydrogen-safety training of an SME's staff.", Instrument.FIXED_LUMP_SUM,
                "20000.00", "2000.00", null, Selection.FIRST_COME_FIRST_SERVED, h.day(-30, 10), h.day(20, 17), "0", 90));
    }

    /** 20 to 3 days ago: SMEs apply to the open calls of now; the consortium decides and verifies. */
    void applicationsOfNow() {
        h.advanceTo(h.day(-20, 10));
        applicationIds.put("visit", applyForExchange());
        h.advanceTo(h.day(-15, 10));
        apply("underReview", international, DemoRounds.KRAKOW, org.krakow(), "8000.00", "RENEWABLE_ENERGY",
                "PL61 1090 1014 0000 0712 1981 2874", "Trade mission to Japan's hydrogen week");
        h.advanceTo(h.day(-14, 10));
        long withdrawn = apply("withdrawn", international, "sme2", org.agro(), "6000.00", "AGRI_FOOD",
                "EE38 2200 2210 2014 5685", "Soil sensors for farms in Kenya");
        h.advanceTo(h.day(-13, 10));
        long approved = apply("approved", international, DemoRounds.LUMEN, org.lumen(), "9500.00", "RENEWABLE_ENERGY",
                "PT50 0002 0123 1234 5678 9015 4", "Distributor search in Canada");
        h.advanceTo(h.day(-12, 10));
        h.act(() -> followUp.withdraw(withdrawn, "sme2"));
        apply("training", training, "sme1", org.voltaic(), null, "RENEWABLE_ENERGY",
                "IT60 X054 2811 1010 0000 0123 456", "Hydrogen-safety certification of six technicians");
        h.advanceTo(h.day(-11, 10)); // the first tranche the coordinator orders waits for the partner
        h.act(() -> award.decide(approved, true, new BigDecimal("82.5"), "Clear market plan", COORDINATOR));
        h.advanceTo(h.day(-10, 10));
        long rejected = apply("rejected", international, DemoRounds.HANSE, org.hanse(), "5000.00", "RENEWABLE_ENERGY",
                "DE89 3704 0044 0532 0130 00", "Hydrogen fair in Houston");
        h.advanceTo(h.day(-9, 10));
        apply("travelAwarded", travel, "sme2", org.agro(), "1500.00", "AGRI_FOOD",
                "EE38 2200 2210 2014 5685", "Visit to the Hydrogen Europe fair in Brussels");
        h.advanceTo(h.day(-8, 10));
        apply("travelAwarded2", travel, DemoRounds.LUMEN, org.lumen(), "1500.00", "RENEWABLE_ENERGY",
                "PT50 0002 0123 1234 5678 9015 4", "Stand at the Hydrogen Technology Expo");
        h.advanceTo(h.day(-7, 10));
        apply("waitlisted", travel, DemoRounds.KRAKOW, org.krakow(), "1000.00", "RENEWABLE_ENERGY",
                "PL61 1090 1014 0000 0712 1981 2874", "Visit to the Hydrogen Technology Expo");
        h.advanceTo(h.day(-6, 10));
        apply("refused", travel, DemoRounds.EBRO, org.ebro(), "1200.00", "RENEWABLE_ENERGY",
                "ES91 2100 0418 4502 0005 1332", "Delegation to a hydrogen fair");
        h.advanceTo(h.day(-5, 10)); // the balance the partner orders waits for the coordinator
        h.act(() -> followUp.verify(verified, true, "Test report accepted", PARTNER));
        h.advanceTo(h.day(-4, 10));
        h.act(() -> award.decide(rejected, false, new BigDecimal("41.0"),
                "The plan targets a market the consortium does not cover this year", PARTNER));
        h.advanceTo(h.day(-3, 16)); // waits for verification
        h.act(() -> followUp.report(reported, "Sensors delivered; field test in progress.",
                "https://files.example.eu/krakow/delivery-note.pdf", DemoRounds.KRAKOW));
    }

    /** Two days ago: one open call that closes within the hour of loading, one that opens next week. */
    void lastAndForthcomingOpenCalls() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        h.advanceTo(h.day(-2, 10));
        openCall(definition("Last call: hydrogen-safety audit vouchers",
                "Up to EUR 3,000 for a safety audit; closes within the hour.", Instrument.VOUCHER, "15000.00", null,
                "3000.00", Selection.FIRST_COME_FIRST_SERVED, h.day(-2, 10), now.plus(45, ChronoUnit.MINUTES), "0", 60));
        openCall(definition("B2B matchmaking vouchers: Hannover Messe",
                "Up to EUR 1,000 for B2B meetings at Hannover Messe.", Instrument.VOUCHER, "10000.00", null, "1000.00",
                Selection.FIRST_COME_FIRST_SERVED, h.day(7, 9), h.day(40, 17), "0", 60));
    }

    /** The applications of the story by their part in it (paid, verified, reported, visit, …). */
    Map<String, Long> applications() {
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("paid", paidInFull);
        all.put("verified", verified);
        all.put("reported", reported);
        all.putAll(applicationIds);
        return all;
    }

    /** A ClusterXchange visit of sme2's engineer to the host cluster, begun two days ago: the host confirms. */
    private long applyForExchange() {
        ApplicationRequest r = new ApplicationRequest(org.agro(), null, "Learn how French farms run hydrogen tractors",
                "AGRI_FOOD", "EE38 2200 2210 2014 5685", true, true, Money.eur("0.00"),
                new ApplicationRequest.Exchange("Kadri Tamm", "kadri.tamm@agrosensing.example.ee", org.mobility(),
                        h.date(-2), h.date(5), 2100));
        return h.id(h.get(() -> submission.submit(exchange, r, key(), "sme2")));
    }

    private long apply(String part, long openCall, String user, long organisation, String requested, String sector,
                       String iban, String purpose) {
        ApplicationRequest r = new ApplicationRequest(organisation, requested == null ? null : Money.eur(requested),
                purpose, sector, iban, true, true, Money.eur("12000.00"), null);
        long id = h.id(h.get(() -> submission.submit(openCall, r, key(), user)));
        applicationIds.put(part, id);
        return id;
    }

    /** The second member approves the tranche orders of these applications that wait for approval. */
    private void approveTranches(String member, long... applicationIds) {
        for (long id : applicationIds) {
            ApplicationView a = queries.get(id, member, false);
            for (ApplicationView.Tranche t : java.util.Arrays.asList(a.firstTranche(), a.balance())) {
                if (t != null && "PENDING_APPROVAL".equals(t.status())) {
                    h.act(() -> payments.approve(t.paymentOrder(), member, false));
                }
            }
        }
    }

    private long openCall(OpenCallDefinition d) {
        return h.id(h.get(() -> openCalls.create(grant, d, key(), COORDINATOR)));
    }

    private String key() {
        return "demo-history-" + (++keys);
    }

    private static OpenCallDefinition definition(String title, String description, Instrument instrument, String budget,
                                                 String fixed, String max, Selection selection, Instant opens,
                                                 Instant closes, String firstTranche, int reportDays) {
        return new OpenCallDefinition(title, description, instrument, Money.eur(budget),
                fixed == null ? null : Money.eur(fixed), null, max == null ? null : Money.eur(max), List.of(),
                List.of(), selection, false, opens, closes, new BigDecimal(firstTranche), reportDays, 7, null, null, null,
                null, null, List.of(Activity.SME_INTERNATIONALISATION));
    }

    private static OpenCallDefinition waitlisted(OpenCallDefinition d, List<String> valueChains) {
        return new OpenCallDefinition(d.title(), d.description(), d.instrument(), d.budget(), d.fixedAmount(),
                Money.eur("500.00"), d.maxAmount(), d.eligibleCountries(), d.sectors(), d.selection(), true, d.opensAt(),
                d.closesAt(), d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(), d.maxPerThirdParty(),
                d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(), d.activities(),
                valueChains, d.typeOfSupport());
    }

    /** Target markets (North America, Japan, the Western Balkans) and the entrepreneur profile collected for the KPIs. */
    private static OpenCallDefinition internationalisation(OpenCallDefinition d) {
        return new OpenCallDefinition(d.title(), d.description(), d.instrument(), d.budget(), d.fixedAmount(),
                d.minAmount(), d.maxAmount(), d.eligibleCountries(), d.sectors(), d.selection(), d.waitlist(), d.opensAt(),
                d.closesAt(), d.firstTranchePercent(), d.reportDays(), d.reminderDaysBefore(), d.maxPerThirdParty(),
                d.deMinimisCheck(), d.deMinimisCap(), d.applicationsPerSme(), d.hostAmounts(), d.activities(),
                d.valueChains(), d.typeOfSupport(), null, List.of("NORTH_AMERICA", "JP", "WESTERN_BALKANS"), true);
    }

    private static OpenCallDefinition exchange(Instant opens, Instant closes) {
        Map<String, Money> hosts = new LinkedHashMap<>();
        for (String country : List.of("BE", "DE", "ES", "FR", "IT", "NL", "PL", "PT")) {
            hosts.put(country, Money.eur("1100.00"));
        }
        return new OpenCallDefinition("ClusterXchange: hydrogen mobility exchanges",
                "Short-term exchange visits of cluster members to a host cluster abroad (3 working days to 1 month); "
                        + "lump sums of up to EUR 1,100, halved for stays under 5 days or distances under 200 km.",
                Instrument.CLUSTERXCHANGE, Money.eur("22000.00"), null, null, null, List.of(), List.of(),
                Selection.FIRST_COME_FIRST_SERVED, false, opens, closes, BigDecimal.ZERO, 30, 7, null, null, null, null,
                hosts, List.of(Activity.MOBILITY, Activity.CONNECT_ECOSYSTEMS), List.of("hydrogen", "mobility"), null);
    }
}
