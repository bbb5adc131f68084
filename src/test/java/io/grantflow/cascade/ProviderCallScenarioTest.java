package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProviderFixtures.Provider;
import io.grantflow.support.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.ProposalFixtures.as;
import static io.grantflow.support.ProviderFixtures.anonymous;
import static io.grantflow.support.ProviderFixtures.createProviderCall;
import static io.grantflow.support.ProviderFixtures.offer;
import static io.grantflow.support.ProviderFixtures.provider;
import static io.grantflow.support.ProviderFixtures.providerCall;
import static io.grantflow.support.ProviderFixtures.providerCallId;
import static io.grantflow.support.ProviderFixtures.submitOffer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * A consortium calls for coaching providers: eligible providers join the grant's roster (first come, or selected by the
 * consortium), refused ones learn every reason; the call commits nothing from the FSTP envelope.
 */
@QuarkusTest
class ProviderCallScenarioTest {

    private static List<String> refusals(JsonPath offer) {
        return offer.getList("refusals.code");
    }

    @SendsInvalidRequests("an empty provider call and an offer without its fields")
    @Test
    void aCoachingProviderCallSelectsEligibleProvidersOntoTheRoster() {
        SignedGrant g = GrantFixtures.signedGrant();
        createProviderCall(g, Map.of("maxDayRate", "0.00")).then().statusCode(422)
                .body("code", equalTo("invalid_provider_call"))
                .body("violations.field", hasItems("title", "service", "maxDayRate", "selection", "opensAt", "closesAt"));
        long call = providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        anonymous().get("/api/provider-calls/{id}", call).then().statusCode(200).body("service", equalTo("COACHING"))
                .body("maxDayRate", equalTo("800.00")).body("open", equalTo(true))
                .body("providerTypes", containsInAnyOrder("BUSINESS_SUPPORT_ORGANISATION", "RESEARCH_ORGANISATION",
                        "CLUSTER_ORGANISATION", "SME"));

        Provider agency = provider("BUSINESS_SUPPORT_ORGANISATION", "BE");
        JsonPath selected = submitOffer(agency.user(), call, offer(agency.organisation(), "800.00", 10)).then()
                .statusCode(201).extract().jsonPath();
        assertThat(selected.getString("status")).isEqualTo("SELECTED");
        assertThat(selected.getList("languages")).containsExactly("fr", "en");
        Sme sme = GrantFixtures.sme("IT"); // an SME may sell coaching too
        assertThat(submitOffer(sme.user(), call, offer(sme.organisation(), "450.00", 6)).then().statusCode(201)
                .extract().jsonPath().getString("status")).isEqualTo("SELECTED");

        // every reason at once: a public body (not among the provider types) above the day rate
        String bigUser = ProposalFixtures.user("coach");
        long big = ProposalFixtures.organisation(bigUser, "Regional Agency " + bigUser, "DE", "PUBLIC_BODY");
        JsonPath refused = submitOffer(bigUser, call, offer(big, "950.00", 20)).then().statusCode(201).extract().jsonPath();
        assertThat(refused.getString("status")).isEqualTo("REFUSED");
        assertThat(refusals(refused)).containsExactly("provider_type_not_eligible", "day_rate_too_high");
        // a research organisation no officer has validated yet
        String labUser = ProposalFixtures.user("coach");
        long lab = ProposalFixtures.registered(labUser, "Lab " + labUser, "FR", "RESEARCH_ORGANISATION");
        assertThat(refusals(submitOffer(labUser, call, offer(lab, "500.00", 5)).then().statusCode(201).extract()
                .jsonPath())).containsExactly("organisation_not_validated");
        // a partner of the consortium does not sell to it
        assertThat(refusals(submitOffer(g.consortium().partnerUser(), call, offer(g.consortium().partner2(), "500.00", 5))
                .then().statusCode(201).extract().jsonPath())).containsExactly("provider_in_consortium");
        // one offer per provider and call
        assertThat(refusals(submitOffer(agency.user(), call, offer(agency.organisation(), "700.00", 5)).then()
                .statusCode(201).extract().jsonPath())).containsExactly("already_offered");
        // the request itself: every missing field; someone else's organisation
        submitOffer(agency.user(), call, Map.of("languages", List.of("french"))).then().statusCode(422)
                .body("code", equalTo("invalid_offer")).body("violations.field", hasItems("organisation", "dayRate",
                        "capacityDays", "languages[0]", "description", "iban"));
        submitOffer(bigUser, call, offer(agency.organisation(), "500.00", 5)).then().statusCode(403)
                .body("code", equalTo("not_a_member"));

        // the roster: the selected providers, with their days; the envelope committed nothing
        JsonPath roster = as(g.consortium().coordinatorUser()).get("/api/grants/{id}/providers", g.id()).then()
                .statusCode(200).extract().jsonPath();
        assertThat(roster.getList("organisation", Long.class)).containsExactly(agency.organisation(), sme.organisation());
        assertThat(roster.getList("daysAvailable", Integer.class)).containsExactly(10, 6);
        officer().get("/api/grants/{id}/providers", g.id()).then().statusCode(200);
        as(ProposalFixtures.user("stranger")).get("/api/grants/{id}/providers", g.id()).then().statusCode(404);
        as(agency.user()).get("/api/provider-offers/{id}", selected.getLong("id")).then().statusCode(200);
        officer().get("/api/budgets/grants/{id}", g.id()).then().statusCode(200)
                .body("fstpEnvelope.committed", equalTo("0.00")).body("fstpEnvelope.available", equalTo("750000.00"));
    }

    @Test
    void anEvaluatedProviderCallWaitsForTheConsortiumsDecision() {
        SignedGrant g = GrantFixtures.signedGrant();
        long call = providerCallId(g, "MENTORING", "600.00", "EVALUATED");
        Provider mentor = provider("CLUSTER_ORGANISATION", "FR");
        Provider other = provider("BUSINESS_SUPPORT_ORGANISATION", "AT");
        long offer = submitOffer(mentor.user(), call, offer(mentor.organisation(), "550.00", 8)).then().statusCode(201)
                .body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");
        long second = submitOffer(other.user(), call, offer(other.organisation(), "600.00", 8)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(g.consortium().coordinatorUser()).get("/api/grants/{id}/providers", g.id()).then().statusCode(200)
                .body("size()", equalTo(0));
        as(mentor.user()).body(Map.of("select", true)).post("/api/provider-offers/{id}/decision", offer).then()
                .statusCode(403).body("code", equalTo("not_consortium_member"));
        as(g.consortium().coordinatorUser()).body(Map.of("select", true, "reason", "strong mentoring record"))
                .post("/api/provider-offers/{id}/decision", offer).then().statusCode(200)
                .body("status", equalTo("SELECTED")).body("decisionReason", equalTo("strong mentoring record"));
        as(g.consortium().partnerUser()).body(Map.of("select", false, "reason", "no hydrogen experience"))
                .post("/api/provider-offers/{id}/decision", second).then().statusCode(200).body("status", equalTo("REJECTED"));
        as(g.consortium().partnerUser()).body(Map.of("select", true)).post("/api/provider-offers/{id}/decision", second)
                .then().statusCode(409).body("code", equalTo("offer_not_under_review"));
        as(g.consortium().coordinatorUser()).get("/api/grants/{id}/providers", g.id()).then().statusCode(200)
                .body("id", contains((int) offer)).body("service", contains("MENTORING"));
        as(g.consortium().coordinatorUser()).get("/api/provider-calls/{id}/offers", call).then().statusCode(200)
                .body("status", contains("SELECTED", "REJECTED"));
    }

    @Test
    void aClosedProviderCallTakesNoOffer() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = providerCall("TRAINING", "500.00", "FIRST_COME_FIRST_SERVED");
        def.put("opensAt", Instant.now().minusSeconds(172800).toString());
        def.put("closesAt", Instant.now().minusSeconds(86400).toString());
        long call = createProviderCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Provider trainer = provider("BUSINESS_SUPPORT_ORGANISATION", "BE");
        submitOffer(trainer.user(), call, offer(trainer.organisation(), "400.00", 5)).then().statusCode(409)
                .body("code", equalTo("provider_call_closed"));
    }
}
