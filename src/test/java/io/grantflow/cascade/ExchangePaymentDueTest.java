package io.grantflow.cascade;

import io.grantflow.cascade.application.ExchangePaymentEscalations;
import io.grantflow.shared.time.Brussels;
import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An exchange's lump sum is paid within 10 days of the accepted closing report: the application shows the due
 * date, and once it has passed with the balance unpaid the coordinator's members are told once, however many
 * scans run at once.
 */
@QuarkusTest
class ExchangePaymentDueTest {

    @Inject
    ExchangePaymentEscalations escalations;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theLumpSumIsDueTenDaysAfterTheAcceptedReportAndTheConsortiumIsToldOnceWhenItPasses() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "50000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        long call = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Pôle Mobilité", "FR", "CLUSTER_ORGANISATION");
        Instant now = TestClock.freeze();
        LocalDate first = now.atZone(Brussels.ZONE).toLocalDate().plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(4);
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> body = application(sme, null, null);
        body.put("exchange", Map.of("visitorName", "Giulia Rossi", "visitorId", "IT-" + ProposalFixtures.nextPic(),
                "host", host, "from", first.toString(), "to", last.toString(), "distanceKm", 900));
        long id = asSme(sme).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("AWARDED")).body("paymentDueAt", nullValue())
                .extract().jsonPath().getLong("id");

        // the visit takes place, the host confirms, the visitor reports, the consortium accepts the report
        TestClock.advance(Duration.between(now, Brussels.at(last, 10, 0)));
        as(hostUser).post("/api/applications/{id}/host-confirmation", id).then().statusCode(200);
        asSme(sme).body(Map.of("report", "Five days at the host's labs", "proof", "https://files.example/x.pdf"))
                .post("/api/applications/{id}/report", id).then().statusCode(200);
        Instant accepted = TestClock.now();
        var closed = as(g.consortium().partnerUser()).body(Map.of("accepted", true))
                .post("/api/applications/{id}/verification", id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("balance.amount", equalTo("1100.00"))
                .extract().jsonPath();
        Instant due = Instant.parse(closed.getString("paymentDueAt"));
        assertThat(due).isEqualTo(accepted.plus(Duration.ofDays(10)));
        long order = closed.getLong("balance.paymentOrder");
        String coordinator = g.consortium().coordinatorUser();

        // not yet at the due date: nothing
        TestClock.advance(Duration.between(accepted, due));
        escalations.scan();
        assertThat(escalationsTo(coordinator, order)).isZero();
        // a second after it, unpaid: the coordinator's members are told, once, whatever runs at the same time
        TestClock.advance(Duration.ofSeconds(1));
        Concurrently.times(4, () -> escalations.scan());
        escalations.scan();
        assertThat(escalationsTo(coordinator, order)).isEqualTo(1);
        assertThat(escalationsTo(sme.user(), order)).as("the SME is not the one to pay").isZero();
        as(coordinator).get("/api/notifications?size=100").then()
                .body("items.find { it.kind == 'EXCHANGE_PAYMENT_OVERDUE' }.subject",
                        equalTo("Exchange payment overdue: application " + id));
    }

    private static long escalationsTo(String user, long order) {
        List<Map<String, Object>> items = as(user).get("/api/notifications?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items");
        return items.stream().filter(n -> "EXCHANGE_PAYMENT_OVERDUE".equals(n.get("kind"))
                && ("payment-order:" + order).equals(n.get("reference"))).count();
    }
}
