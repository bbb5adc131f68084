package io.grantflow.cascade;

import io.grantflow.shared.time.Brussels;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * ClusterXchange: the lump sum comes from the host country's amount, halved for a stay under 5 days
 * and/or under 200 km; each visitor takes part once; the host cluster (a validated cluster organisation)
 * confirms the visit from its first day, the visitor reports from its last day, and the consortium
 * verifies the report only after the host's confirmation.
 */
@QuarkusTest
class ClusterXchangeTest {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    private static long clusterXchangeCall(SignedGrant g) {
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        return createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> exchange(Sme sme, String visitorId, long host, LocalDate from, LocalDate to, int km) {
        Map<String, Object> body = application(sme, null, null);
        body.put("purpose", "Exchange visit to a hydrogen cluster");
        body.put("exchange", Map.of("visitorName", "Giulia Rossi", "visitorId", visitorId, "host", host,
                "from", from.toString(), "to", to.toString(), "distanceKm", km));
        return body;
    }

    @Test
    void fourDaysAt150KmHalveTheHostAmountAndAVisitorTakesPartOnce() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00", "DE", "780.00"));
        cx.put("firstTranchePercent", 0);
        long call = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> tooMuch = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        tooMuch.put("hostAmounts", Map.of("FR", "1200.00"));
        createOpenCall(g, tooMuch).then().statusCode(422).body("violations.code", hasItem("above_cap"));

        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
        // a visit that has taken place: the host confirms from its first day, the visitor reports from its last
        LocalDate monday = LocalDate.now().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String visitor = "IT-PASSPORT-" + ProposalFixtures.nextPic();

        // 4 days (Monday to Thursday) at 150 km: half of France's EUR 1,100
        Sme sme = GrantFixtures.sme("IT");
        long id = asSme(sme).body(exchange(sme, visitor, host, monday, monday.plusDays(3), 150))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).body("awarded", equalTo("550.00"))
                .body("requested", nullValue()) // the SME asks nothing: the host table gives the amount
                .extract().jsonPath().getLong("id");

        // the same visitor, sent again by another member organisation, is refused
        Sme other = GrantFixtures.sme("IT");
        asSme(other).body(exchange(other, visitor.toLowerCase(), host, monday.plusWeeks(2), monday.plusWeeks(2).plusDays(6),
                        900)).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("REFUSED")).body("refusals.code", equalTo(List.of("visitor_already_took_part")));
        // a full week at 900 km gets the whole amount; a stay of 2 working days is not an exchange
        Sme third = GrantFixtures.sme("ES");
        asSme(third).body(exchange(third, "ES-" + visitor, host, monday, monday.plusDays(6), 900))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201).body("awarded", equalTo("1100.00"));
        Sme fourth = GrantFixtures.sme("ES");
        asSme(fourth).body(exchange(fourth, "ES2-" + visitor, host, monday, monday.plusDays(1), 900))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("refusals.code", hasItem("invalid_stay"));

        // the report is verified only after the host confirmed the visit
        asSme(sme).body(Map.of("report", "Three days at the host's hydrogen labs", "proof", "https://files.example/cx.pdf"))
                .post("/api/applications/{id}/report", id).then().statusCode(200);
        as(g.consortium().partnerUser()).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", id)
                .then().statusCode(409).body("code", equalTo("host_confirmation_required"));
        as(ProposalFixtures.user("nothost")).post("/api/applications/{id}/host-confirmation", id).then().statusCode(404);
        as(hostUser).post("/api/applications/{id}/host-confirmation", id).then().statusCode(200)
                .body("exchange.hostConfirmedBy", equalTo(hostUser));
        as(g.consortium().partnerUser()).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("balance.amount", equalTo("550.00"));
    }

    @Test
    void anApplicantsOwnClusterOrganisationIsNoHostUntilAnOfficerValidatesIt() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchangeCall(g);
        // the SME's user registers a "cluster organisation" in France and names it as the host
        Sme sme = GrantFixtures.sme("IT");
        long ownCluster = ProposalFixtures.registered(sme.user(), "Cluster " + sme.user(), "FR", "CLUSTER_ORGANISATION");
        as(sme.user()).get("/api/organisations/{id}", ownCluster).then().statusCode(200)
                .body("validated", equalTo(false));
        LocalDate monday = LocalDate.now().minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long id = asSme(sme).body(exchange(sme, "IT-" + ProposalFixtures.nextPic(), ownCluster, monday, monday.plusDays(4),
                        900)).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("REFUSED")).body("refusals.code", equalTo(List.of("organisation_not_validated")))
                .extract().jsonPath().getLong("id");
        // and being a member of both, it confirms nothing of its own application
        asSme(sme).post("/api/applications/{id}/host-confirmation", id).then().statusCode(403)
                .body("code", equalTo("own_application"));
    }

    @Test
    void theHostConfirmsFromTheVisitsFirstDayAndTheVisitorReportsFromItsLastDay() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = clusterXchangeCall(g);
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
        Instant now = TestClock.freeze();
        LocalDate first = now.atZone(Brussels.ZONE).toLocalDate().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(3);
        Sme sme = GrantFixtures.sme("IT");
        long id = asSme(sme).body(exchange(sme, "IT-" + ProposalFixtures.nextPic(), host, first, last, 900))
                .post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).extract().jsonPath().getLong("id");
        Map<String, String> report = Map.of("report", "Four days at the host's labs", "proof", "https://files.example/x.pdf");

        // the evening before the first day (Brussels time): neither confirmation nor report
        TestClock.advance(Duration.between(now, Brussels.at(first, 0, 0)).minusSeconds(1));
        as(hostUser).post("/api/applications/{id}/host-confirmation", id).then().statusCode(409)
                .body("code", equalTo("visit_not_started"));
        asSme(sme).body(report).post("/api/applications/{id}/report", id).then().statusCode(409)
                .body("code", equalTo("visit_not_ended"));
        // from midnight of the first day the host confirms; the report still waits for the last day
        TestClock.advance(Duration.ofSeconds(1));
        as(hostUser).post("/api/applications/{id}/host-confirmation", id).then().statusCode(200)
                .body("exchange.hostConfirmedBy", equalTo(hostUser));
        TestClock.advance(Duration.between(Brussels.at(first, 0, 0), Brussels.at(last, 0, 0)).minusSeconds(1));
        asSme(sme).body(report).post("/api/applications/{id}/report", id).then().statusCode(409)
                .body("code", equalTo("visit_not_ended"));
        TestClock.advance(Duration.ofSeconds(1));
        asSme(sme).body(report).post("/api/applications/{id}/report", id).then().statusCode(200)
                .body("status", equalTo("REPORTED"));
        as(g.consortium().partnerUser()).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }
}
