package io.grantflow.kpis;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** KPIs computed from the data per grant, call and programme, and KPI reports validated and versioned. */
@QuarkusTest
class KpiApiTest {

    @Test
    void indicatorsFromTheDataAndFromTheConsortiumsReports() {
        SignedGrant g = GrantFixtures.signedGrant(); // consortium in BE, DE and ES
        String verifier = g.consortium().partnerUser();
        Map<String, Object> intl = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        intl.put("fixedAmount", "1000.00");
        intl.put("activities", List.of("SME_INTERNATIONALISATION"));
        long intlCall = createOpenCall(g, intl).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> cx = openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "10000.00");
        cx.put("hostAmounts", Map.of("FR", "1100.00"));
        cx.put("activities", List.of("MOBILITY"));
        long cxCall = createOpenCall(g, cx).then().statusCode(201).extract().jsonPath().getLong("id");

        // an Italian SME completes an internationalisation award; a Belgian SME (a partner country) holds one
        Sme italian = GrantFixtures.sme("IT");
        long a1 = asSme(italian).body(application(italian, null, null)).post("/api/open-calls/{id}/applications", intlCall)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        asSme(italian).body(Map.of("report", "Went to Japan", "proof", "https://files.example/jp.pdf"))
                .post("/api/applications/{id}/report", a1).then().statusCode(200);
        as(verifier).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", a1).then()
                .body("status", equalTo("CLOSED"));
        Sme belgian = GrantFixtures.sme("BE");
        asSme(belgian).body(application(belgian, null, null)).post("/api/open-calls/{id}/applications", intlCall)
                .then().statusCode(201).body("status", equalTo("AWARDED"));
        // an Estonian SME's exchange to a French host, completed (a past visit: confirmed and reported after it)
        String hostUser = ProposalFixtures.user("host");
        long host = ProposalFixtures.organisation(hostUser, "Host cluster", "FR", "CLUSTER_ORGANISATION");
        LocalDate monday = LocalDate.now().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Sme estonian = GrantFixtures.sme("EE");
        Map<String, Object> body = application(estonian, null, null);
        body.put("exchange", Map.of("visitorName", "Mari Tamm", "visitorId", "EE-" + ProposalFixtures.nextPic(),
                "host", host, "from", monday.toString(), "to", monday.plusDays(6).toString(), "distanceKm", 1800));
        long a3 = asSme(estonian).body(body).post("/api/open-calls/{id}/applications", cxCall).then().statusCode(201)
                .body("awarded", equalTo("1100.00")).extract().jsonPath().getLong("id");
        as(hostUser).post("/api/applications/{id}/host-confirmation", a3).then().statusCode(200);
        asSme(estonian).body(Map.of("report", "A week in Bordeaux", "proof", "https://files.example/ee.pdf"))
                .post("/api/applications/{id}/report", a3).then().statusCode(200);
        as(verifier).body(Map.of("accepted", true)).post("/api/applications/{id}/verification", a3).then()
                .body("status", equalTo("CLOSED"));
        // a refused application counts for nothing
        Sme large = GrantFixtures.sme("IT");
        Map<String, Object> refused = application(large, null, null);
        refused.put("notInDifficulty", false);
        asSme(large).body(refused).post("/api/open-calls/{id}/applications", intlCall).then().body("status", equalTo("REFUSED"));

        // ---- reported indicators: validated (every problem at once) and versioned
        String coordinator = g.consortium().coordinatorUser();
        as(coordinator).body(Map.of("period", 0, "indicators", Map.of("UNKNOWN", 1, "RESILIENCE_PLANS", -2)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(422)
                .body("violations.code", hasItems("out_of_range", "unknown_indicator", "not_a_count"));
        as(coordinator).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 2)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201).body("version", equalTo(1));
        as(coordinator).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 3, "NEW_TO_FIRM_PRODUCTS", 1)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201).body("version", equalTo(2));
        as(coordinator).body(Map.of("period", 2, "indicators", Map.of("RESILIENCE_PLANS", 1)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201).body("version", equalTo(1));
        as(ProposalFixtures.user("other")).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 9)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(404);
        as(coordinator).get("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2, 1))).body("totalItems", equalTo(3));
        as(coordinator).get("/api/grants/{id}/kpi-reports?page=2&size=2", g.id()).then().statusCode(200)
                .body("items.version", equalTo(List.of(1))).body("totalPages", equalTo(2));

        // ---- the same figures per grant, per call and per programme (the call has this one grant)
        String programme = officer().get("/api/calls/{id}", g.call()).jsonPath().getString("programme.code");
        for (String path : List.of("/api/kpis/grants/" + g.id(), "/api/kpis/calls/" + g.call(),
                "/api/kpis/programmes/" + programme)) {
            JsonPath k = officer().get(path).then().statusCode(200).extract().jsonPath();
            assertThat(k.getInt("grants")).as(path).isEqualTo(1);
            assertThat(k.getLong("computed.smesSupported")).as(path).isEqualTo(3);
            assertThat(k.getMap("computed.smesSupportedByTheme")).as(path)
                    .isEqualTo(Map.of("SME_INTERNATIONALISATION", 2, "MOBILITY", 1));
            assertThat(k.getLong("computed.smesFromOtherCountries")).as(path).isEqualTo(2); // IT and EE, not BE
            assertThat(k.getLong("computed.smesInternationalised")).as(path).isEqualTo(1);
            assertThat(k.getLong("computed.exchangesMade")).as(path).isEqualTo(1);
            assertThat(k.getString("computed.supportCommitted")).as(path).isEqualTo("3100.00");
            assertThat(k.getMap("reported")).as(path).isEqualTo(Map.of("RESILIENCE_PLANS", 4, "NEW_TO_FIRM_PRODUCTS", 1));
        }
        as(coordinator).get("/api/kpis/grants/{id}", g.id()).then().statusCode(200);
        as(coordinator).get("/api/kpis/calls/{id}", g.call()).then().statusCode(403);
    }

    /** Issue 13, point 6: Long.MAX_VALUE reported twice summed to -2; values now have a maximum and sums are exact. */
    @Test
    void indicatorValuesHaveAMaximumAndSumsDoNotOverflow() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        as(coordinator).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", Long.MAX_VALUE)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(422)
                .body("violations.field", hasItems("indicators.RESILIENCE_PLANS"))
                .body("violations.code", hasItems("above_maximum"));
        as(coordinator).body(Map.of("period", 1, "indicators", Map.of("RESILIENCE_PLANS", 1_000_000_001L)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(422)
                .body("violations.code", hasItems("above_maximum"));
        // the maximum itself, in two periods: the sum is exact (beyond an int, far from a long's end)
        for (int period : List.of(1, 2)) {
            as(coordinator).body(Map.of("period", period, "indicators", Map.of("RESILIENCE_PLANS", 1_000_000_000L)))
                    .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201);
        }
        JsonPath k = officer().get("/api/kpis/grants/{id}", g.id()).then().statusCode(200).extract().jsonPath();
        assertThat(((Number) k.get("reported.RESILIENCE_PLANS")).longValue()).isEqualTo(2_000_000_000L);
    }
}
