package io.grantflow.cascade;

import io.grantflow.cascade.application.CascadeSmeSupport;
import io.grantflow.shared.money.Money;
import io.grantflow.support.Await;
import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * ClusterXchange as the programme runs it: cluster members apply (SMEs, research, business-support and cluster
 * organisations), each sending named visitors; the EUR 1,100 cap is per exchange while the grant's cap per
 * third party still applies to the organisation, also under concurrency; a stay counts its first and last day.
 */
@QuarkusTest
class ClusterXchangeMembersTest {

    private static final LocalDate MONDAY = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @Inject
    CascadeSmeSupport smeSupport;

    private static long clusterXchange(SignedGrant g, Map<String, Object> more) {
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        cx.putAll(more);
        return createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long host() {
        return ProposalFixtures.organisation(ProposalFixtures.user("host"), "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
    }

    /** A member organisation of {@code type} registered (and, being a claim, validated) by a new user with the sme role. */
    private static Sme member(String type, String country) {
        String user = ProposalFixtures.user("sme");
        return new Sme(user, ProposalFixtures.organisation(user, type + " " + user, country, type));
    }

    private static Map<String, Object> exchange(Sme org, String visitorId, long host, LocalDate from, LocalDate to) {
        Map<String, Object> body = application(org, null, null);
        body.put("purpose", "Exchange visit to a mobility cluster");
        body.put("exchange", Map.of("visitorName", "Visitor " + visitorId, "visitorId", visitorId, "host", host,
                "from", from.toString(), "to", to.toString(), "distanceKm", 900));
        return body;
    }

    private static JsonPath apply(Sme org, long call, Map<String, Object> body) {
        return asSme(org).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .extract().jsonPath();
    }

    @Test
    void clusterMembersApplyAndTheOpenCallSaysWhichTypes() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchange(g, Map.of("firstTranchePercent", 100));
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", call).then().statusCode(200)
                .body("applicantTypes", contains("CLUSTER_ORGANISATION", "SME", "RESEARCH_ORGANISATION",
                        "BUSINESS_SUPPORT_ORGANISATION"))
                .body("applicationsPerSme", nullValue());
        long host = host();

        // a research organisation and a business-support organisation each send a visitor
        Sme institute = member("RESEARCH_ORGANISATION", "DE");
        JsonPath research = apply(institute, call, exchange(institute, "DE-" + ProposalFixtures.nextPic(), host,
                MONDAY, MONDAY.plusDays(4)));
        assertThat(research.getString("status")).isEqualTo("AWARDED");
        assertThat(research.getString("awarded")).isEqualTo("1100.00");
        Sme agency = member("BUSINESS_SUPPORT_ORGANISATION", "IT");
        assertThat(apply(agency, call, exchange(agency, "IT-" + ProposalFixtures.nextPic(), host, MONDAY,
                MONDAY.plusDays(4))).getString("status")).isEqualTo("AWARDED");

        // a research organisation whose type no officer validated yet, and a public body (validated): refused
        String claimant = ProposalFixtures.user("sme");
        Sme unvalidated = new Sme(claimant, ProposalFixtures.registered(claimant, "Istituto " + claimant, "IT",
                "RESEARCH_ORGANISATION"));
        assertThat(apply(unvalidated, call, exchange(unvalidated, "IT-" + ProposalFixtures.nextPic(), host, MONDAY,
                MONDAY.plusDays(4))).getList("refusals.code")).containsExactly("organisation_not_validated");
        Sme townHall = member("PUBLIC_BODY", "ES");
        JsonPath refused = apply(townHall, call, exchange(townHall, "ES-" + ProposalFixtures.nextPic(), host, MONDAY,
                MONDAY.plusDays(4)));
        assertThat(refused.getList("refusals.code")).containsExactly("applicant_type_not_eligible");
        assertThat(refused.getString("refusals[0].message")).contains("RESEARCH_ORGANISATION");

        // an open call that names its types: SMEs only, and a research organisation is not an SME
        long smesOnly = clusterXchange(g, Map.of("applicantTypes", List.of("SME")));
        assertThat(apply(institute, smesOnly, exchange(institute, "DE-" + ProposalFixtures.nextPic(), host, MONDAY,
                MONDAY.plusDays(4))).getList("refusals.code")).containsExactly("not_an_sme");
        Map<String, Object> twice = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        twice.put("hostAmounts", Map.of("FR", "1100.00"));
        twice.put("applicantTypes", List.of("SME", "SME"));
        createOpenCall(g, twice).then().statusCode(422).body("violations.code", contains("duplicate_applicant_type"));
        // a voucher supports SMEs unless it says otherwise
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", GrantFixtures.halfOnAwardCall(g, "20000.00"))
                .then().body("applicantTypes", contains("SME")).body("applicationsPerSme", equalTo(1));

        // the grant's budget counts neither award (EUR 2,200.00 in all) as committed to SMEs
        JsonPath budget = as(g.consortium().coordinatorUser()).get("/api/budgets/grants/{id}", g.id()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(budget.getString("committedToSmes")).isEqualTo("0.00");

        // the research organisation's award is paid, and does not count as support to SMEs
        Money before = smeSupport.paidToSmes(g.id());
        long order = research.getLong("firstTranche.paymentOrder");
        as(g.consortium().partnerUser()).post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> as(g.consortium().partnerUser()).get("/api/payments/{id}", order).jsonPath().getString("status"),
                "PAID"::equals, Await.HANG_BOUND, "the research organisation's lump sum paid");
        assertThat(smeSupport.paidToSmes(g.id())).isEqualTo(before);
        JsonPath paid = as(g.consortium().coordinatorUser()).get("/api/budgets/grants/{id}", g.id()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(paid.getString("paidToSmes")).isEqualTo("0.00");
        assertThat(paid.getString("fstpEnvelope.paid")).isEqualTo("1100.00");
    }

    @Test
    void theCapIsPerExchangeSoASecondEmployeeGoesWhileTheSameVisitorDoesNot() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchange(g, Map.of("maxPerThirdParty", "2200.00"));
        long host = host();
        Sme sme = GrantFixtures.sme("IT");
        String giulia = "IT-" + ProposalFixtures.nextPic();
        assertThat(apply(sme, call, exchange(sme, giulia, host, MONDAY, MONDAY.plusDays(4))).getString("awarded"))
                .isEqualTo("1100.00");
        // a colleague of hers: another exchange of EUR 1,100, accepted
        assertThat(apply(sme, call, exchange(sme, "IT-" + ProposalFixtures.nextPic(), host, MONDAY.plusWeeks(1),
                MONDAY.plusWeeks(1).plusDays(4))).getString("status")).isEqualTo("AWARDED");
        // Giulia again: refused, whoever sends her
        assertThat(apply(sme, call, exchange(sme, giulia, host, MONDAY.plusWeeks(2), MONDAY.plusWeeks(2).plusDays(4)))
                .getList("refusals.code")).contains("visitor_already_took_part");
        // a third colleague: the organisation holds EUR 2,200, the cap per third party
        assertThat(apply(sme, call, exchange(sme, "IT-" + ProposalFixtures.nextPic(), host, MONDAY.plusWeeks(3),
                MONDAY.plusWeeks(3).plusDays(4))).getList("refusals.code")).containsExactly("above_third_party_cap");
        // an open call may still limit how many exchanges one organisation has
        long one = clusterXchange(g, Map.of("applicationsPerSme", 1));
        Sme other = GrantFixtures.sme("ES");
        apply(other, one, exchange(other, "ES-" + ProposalFixtures.nextPic(), host, MONDAY, MONDAY.plusDays(4)));
        assertThat(apply(other, one, exchange(other, "ES-" + ProposalFixtures.nextPic(), host, MONDAY, MONDAY.plusDays(4)))
                .getList("refusals.code")).containsExactly("too_many_applications");
    }

    @Test
    void visitorsOfOneOrganisationSentAtOnceStayWithinItsCap() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchange(g, Map.of("maxPerThirdParty", "2500.00"));
        long host = host();
        Sme sme = GrantFixtures.sme("IT");
        List<Callable<JsonPath>> visits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> body = exchange(sme, "IT-" + ProposalFixtures.nextPic(), host, MONDAY, MONDAY.plusDays(4));
            visits.add(() -> apply(sme, call, body));
        }
        List<JsonPath> results = Concurrently.run(visits);
        assertThat(results).filteredOn(r -> "AWARDED".equals(r.getString("status"))).hasSize(2);
        assertThat(results).filteredOn(r -> "REFUSED".equals(r.getString("status")))
                .allSatisfy(r -> assertThat(r.getList("refusals.code")).containsExactly("above_third_party_cap"))
                .hasSize(4);
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", call).then().body("committed", equalTo("2200.00"));
    }

    @Test
    void aStayCountsItsFirstAndLastDay() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchange(g, Map.of());
        long host = host();
        LocalDate first = LocalDate.now().plusMonths(2).withDayOfMonth(1);
        Sme a = GrantFixtures.sme("IT");
        // from the 1st to the 1st of the next month: a month and a day
        assertThat(apply(a, call, exchange(a, "IT-" + ProposalFixtures.nextPic(), host, first, first.plusMonths(1)))
                .getList("refusals.code")).containsExactly("invalid_stay");
        // from the 1st to the last day of the month: a month, the whole lump sum
        assertThat(apply(a, call, exchange(a, "IT-" + ProposalFixtures.nextPic(), host, first,
                first.plusMonths(1).minusDays(1))).getString("awarded")).isEqualTo("1100.00");
        // Monday to Thursday is 4 days, halved; Monday to Friday is 5, not halved
        Sme b = GrantFixtures.sme("IT");
        assertThat(apply(b, call, exchange(b, "IT-" + ProposalFixtures.nextPic(), host, MONDAY, MONDAY.plusDays(3)))
                .getString("awarded")).isEqualTo("550.00");
        assertThat(apply(b, call, exchange(b, "IT-" + ProposalFixtures.nextPic(), host, MONDAY, MONDAY.plusDays(4)))
                .getString("awarded")).isEqualTo("1100.00");
        // Thursday to Monday: 3 working days over a weekend
        Sme c = GrantFixtures.sme("IT");
        LocalDate thursday = MONDAY.plusDays(3);
        assertThat(apply(c, call, exchange(c, "IT-" + ProposalFixtures.nextPic(), host, thursday, thursday.plusDays(4)))
                .getString("status")).isEqualTo("AWARDED");
        // the lump-sum quote counts the same way
        as(a.user()).queryParam("host", host).queryParam("from", first.toString())
                .queryParam("to", first.plusMonths(1).toString()).queryParam("distanceKm", 900)
                .get("/api/open-calls/{id}/lump-sum", call).then().statusCode(200)
                .body("refusals", containsInAnyOrder("invalid_stay")).body("validStay", equalTo(false));
    }
}
