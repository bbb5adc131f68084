package io.grantflow.cascade;

import io.grantflow.cascade.application.CascadeSmeSupport;
import io.grantflow.shared.money.Money;
import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProviderFixtures.Provider;
import io.grantflow.support.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.grantflow.support.ProviderFixtures.daysApplication;
import static io.grantflow.support.ProviderFixtures.inKindOpenCall;
import static io.grantflow.support.ProviderFixtures.onRoster;
import static io.grantflow.support.ProviderFixtures.provider;
import static io.grantflow.support.ProviderFixtures.providerCallId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * In-kind coaching: an SME is awarded days of a roster coach, valued days × the coach's day rate; the value is support to
 * the SME (its cap per third party, its de minimis, the SME share) and is paid to the coach after the delivery the SME
 * confirms; days not delivered return to the open call and to the coach.
 */
@QuarkusTest
class InKindCoachingScenarioTest {

    @Inject
    CascadeSmeSupport smeSupport;

    private static JsonPath apply(Sme sme, long call, Map<String, Object> body) {
        return asSme(sme).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201).extract()
                .jsonPath();
    }

    private static void approveAndAwaitPaid(String approver, long order) {
        as(approver).post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> as(approver).get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "order " + order + " paid");
    }

    @SendsInvalidRequests("applications asking for an amount and for no days")
    @Test
    void inKindCoachingIsSupportToTheSmeAndPaidToTheCoach() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        long coachingCall = providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        Provider coach = provider("BUSINESS_SUPPORT_ORGANISATION", "BE");
        long coachOffer = onRoster(coach, coachingCall, "700.00", 10);

        // an SME already holding EUR 3,000 under the grant (a voucher), cap EUR 5,000 per third party
        Map<String, Object> voucherDef = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "20000.00");
        voucherDef.put("maxAmount", "3000.00");
        voucherDef.put("maxPerThirdParty", "5000.00");
        long voucherCall = createOpenCall(g, voucherDef).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme nearCap = GrantFixtures.sme("IT");
        assertThat(apply(nearCap, voucherCall, application(nearCap, "3000.00", null)).getString("status"))
                .isEqualTo("AWARDED");

        Map<String, Object> def = inKindOpenCall("COACHING", 5, "3000.00", "FIRST_COME_FIRST_SERVED", "20000.00");
        def.put("maxPerThirdParty", "5000.00");
        def.put("applicationsPerSme", 2);
        long inKind = createOpenCall(g, def).then().statusCode(201).body("typeOfSupport", equalTo("IN_KIND_SERVICE"))
                .body("inKind.service", equalTo("COACHING")).body("inKind.maxDays", equalTo(5)).extract().jsonPath()
                .getLong("id");

        // 4 days × EUR 700 = EUR 2,800 would put the SME at EUR 5,800: refused; 2 days (EUR 1,400) fit
        JsonPath refused = apply(nearCap, inKind, daysApplication(nearCap, 4));
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refused.getList("refusals.code")).containsExactly("above_third_party_cap");
        JsonPath small = apply(nearCap, inKind, daysApplication(nearCap, 2));
        assertThat(small.getString("status")).isEqualTo("AWARDED");
        assertThat(small.getString("awarded")).isEqualTo("1400.00");
        long smallId = small.getLong("id");
        as(coordinator).get("/api/applications/{id}/in-kind", smallId).then().statusCode(200)
                .body("providerOffer", equalTo((int) coachOffer)).body("days", equalTo(2))
                .body("dayRate", equalTo("700.00")).body("value", equalTo("1400.00"));

        // the request: days, not an amount; at most the call's days
        Sme other = GrantFixtures.sme("FR");
        Map<String, Object> withAmount = daysApplication(other, 2);
        withAmount.put("requested", "1400.00");
        asSme(other).body(withAmount).post("/api/open-calls/{id}/applications", inKind).then().statusCode(422)
                .body("code", equalTo("invalid_application")).body("violations.code", hasItems("not_an_amount"));
        asSme(other).body(application(other, "1400.00", null)).post("/api/open-calls/{id}/applications", inKind).then()
                .statusCode(422).body("violations.field", hasItems("days"));
        assertThat(apply(other, inKind, daysApplication(other, 6)).getList("refusals.code"))
                .containsExactly("too_many_days");

        // 5 days × EUR 700 = EUR 3,500 is capped at the call's EUR 3,000
        JsonPath full = apply(other, inKind, daysApplication(other, 5));
        assertThat(full.getString("awarded")).isEqualTo("3000.00");
        long fullId = full.getLong("id");
        as(coordinator).get("/api/grants/{id}/providers", g.id()).then().statusCode(200)
                .body("daysAwarded[0]", equalTo(7)).body("daysAvailable[0]", equalTo(3));
        // counted towards the SME share: committed to SMEs
        officer().get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("committedToSmes", equalTo("7400.00"));

        // delivery: the SME reports by confirming what the coach reported; the consortium verifies; the coach is paid
        asSme(other).body(Map.of("report", "r", "proof", "p")).post("/api/applications/{id}/report", fullId).then()
                .statusCode(409).body("code", equalTo("delivery_not_confirmed"));
        asSme(other).post("/api/applications/{id}/delivery-confirmation", fullId).then().statusCode(409)
                .body("code", equalTo("delivery_not_reported"));
        as(coach.user()).body(Map.of("days", 6)).post("/api/applications/{id}/delivery", fullId).then().statusCode(422)
                .body("code", equalTo("invalid_delivery"));
        as(coach.user()).body(Map.of("days", 3)).post("/api/applications/{id}/delivery", fullId).then().statusCode(200)
                .body("deliveredDays", equalTo(3));
        asSme(other).post("/api/applications/{id}/delivery-confirmation", fullId).then().statusCode(200)
                .body("applicationStatus", equalTo("REPORTED"));
        as(coordinator).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", fullId).then()
                .statusCode(200);
        JsonPath settled = as(coordinator).get("/api/applications/{id}/in-kind", fullId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(settled.getString("paidToProvider")).isEqualTo("2100.00"); // 3 days × EUR 700
        assertThat(settled.getString("released")).isEqualTo("900.00");
        long order = settled.getLong("paymentOrder");
        JsonPath payment = as(partner).get("/api/payments/{id}", order).then().statusCode(200).extract().jsonPath();
        assertThat(payment.getString("payeeName")).isEqualTo("Provider " + coach.user());
        assertThat(payment.getString("iban")).isEqualTo("BE68539007547034");
        assertThat(payment.getString("amount")).isEqualTo("2100.00");
        Money paidBefore = smeSupport.paidToSmes(g.id());
        approveAndAwaitPaid(partner, order);
        assertThat(smeSupport.paidToSmes(g.id())).isEqualTo(paidBefore.plus(Money.eur("2100.00")));
        as(coordinator).get("/api/applications/{id}", fullId).then().statusCode(200).body("status", equalTo("CLOSED"));
        // the undelivered days return to the coach, the undelivered value to the open call
        as(coordinator).get("/api/grants/{id}/providers", g.id()).then().body("daysAwarded[0]", equalTo(5));
        anonymous().get("/api/open-calls/{id}", inKind).then().body("committed", equalTo("3500.00"));

        // every day delivered: exactly the award is paid
        as(coordinator).body(Map.of("days", 2)).post("/api/applications/{id}/delivery", smallId).then().statusCode(200);
        asSme(nearCap).post("/api/applications/{id}/delivery-confirmation", smallId).then().statusCode(200);
        as(coordinator).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", smallId).then()
                .statusCode(200);
        as(coordinator).get("/api/grants/{id}/in-kind-awards", g.id()).then().statusCode(200)
                .body("find { it.application == " + smallId + " }.paidToProvider", equalTo("1400.00"))
                .body("find { it.application == " + smallId + " }.released", equalTo("0.00"))
                .body("find { it.application == " + fullId + " }.paymentStatus", equalTo("PAID"));
    }

    @Test
    void theConsortiumNamesTheCoachOfAnEvaluatedApplicationAndAWithdrawalGivesTheDaysBack() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        long coachingCall = providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        long mentoringCall = providerCallId(g, "MENTORING", "800.00", "FIRST_COME_FIRST_SERVED");
        long first = onRoster(provider("BUSINESS_SUPPORT_ORGANISATION", "BE"), coachingCall, "700.00", 10);
        long second = onRoster(provider("CLUSTER_ORGANISATION", "FR"), coachingCall, "600.00", 4);
        long mentor = onRoster(provider("CLUSTER_ORGANISATION", "DE"), mentoringCall, "500.00", 10);
        long inKind = createOpenCall(g, inKindOpenCall("COACHING", 5, "5000.00", "EVALUATED", "20000.00")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("ES");
        long big = apply(sme, inKind, daysApplication(sme, 5)).getLong("id");
        as(coordinator).body(Map.of("provider", second)).post("/api/applications/{id}/provider", big).then()
                .statusCode(409).body("code", equalTo("provider_capacity_exceeded"));
        as(coordinator).body(Map.of("provider", mentor)).post("/api/applications/{id}/provider", big).then()
                .statusCode(422).body("code", equalTo("provider_not_on_roster"));
        Sme sme2 = GrantFixtures.sme("PT");
        long app = apply(sme2, inKind, daysApplication(sme2, 3)).getLong("id");
        as(coordinator).body(Map.of("provider", second)).post("/api/applications/{id}/provider", app).then()
                .statusCode(200).body("providerOffer", equalTo((int) second)).body("value", equalTo("1800.00"));
        as(coordinator).body(Map.of("approve", true)).post("/api/applications/{id}/decision", app).then().statusCode(200);
        as(coordinator).get("/api/applications/{id}/in-kind", app).then().statusCode(200)
                .body("providerOffer", equalTo((int) second)).body("value", equalTo("1800.00"))
                .body("applicationStatus", equalTo("AWARDED"));
        as(coordinator).get("/api/grants/{id}/providers", g.id()).then()
                .body("find { it.id == " + second + " }.daysAwarded", equalTo(3))
                .body("find { it.id == " + first + " }.daysAwarded", equalTo(0));
        // the big one, approved without naming: the first coach with the days
        as(coordinator).body(Map.of("approve", true)).post("/api/applications/{id}/decision", big).then().statusCode(200);
        as(coordinator).get("/api/applications/{id}/in-kind", big).then().body("providerOffer", equalTo((int) first))
                .body("value", equalTo("3500.00"));
        asSme(sme2).post("/api/applications/{id}/withdraw", app).then().statusCode(200);
        as(coordinator).get("/api/grants/{id}/providers", g.id()).then()
                .body("find { it.id == " + second + " }.daysAwarded", equalTo(0));
        as(coordinator).get("/api/applications/{id}/in-kind", app).then().body("released", equalTo("1800.00"));
    }

    private static io.restassured.specification.RequestSpecification anonymous() {
        return io.grantflow.support.ProviderFixtures.anonymous();
    }
}
