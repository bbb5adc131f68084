package io.grantflow.kpis;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * The breakdowns of issue 20 computed from the data, per grant, call and programme: organisations supported by type
 * (beneficiaries and awarded third parties, each once), SMEs from other regions by NUTS 2 region, the young / new /
 * female-led entrepreneur profile where an open call collects it; and the communication indicators consortia report.
 */
@QuarkusTest
class KpiBreakdownsApiTest {

    /** An organisation registered with a NUTS 2 region (null: none), validated where its type is a claim. */
    private static long organisation(String user, String name, String country, String type, String region) {
        Map<String, Object> body = new HashMap<>(Map.of("legalName", name, "pic", ProposalFixtures.nextPic(),
                "country", country, "type", type));
        if (type.equals("SME")) {
            body.put("staffHeadcount", 20);
            body.put("annualTurnover", "3000000.00");
            body.put("balanceSheetTotal", "2000000.00");
        }
        if (region != null) {
            body.put("region", region);
        }
        long id = as(user).body(body).post("/api/organisations").then().statusCode(201)
                .body("region", equalTo(region)).extract().jsonPath().getLong("id");
        if (!type.equals("SME")) {
            ProposalFixtures.validate(id);
        }
        return id;
    }

    private static Sme sme(String country, String region) {
        String user = ProposalFixtures.user("sme");
        return new Sme(user, organisation(user, "SME " + user, country, "SME", region));
    }

    private static long award(Sme sme, long openCall, Map<String, Object> entrepreneur) {
        Map<String, Object> body = application(sme, null, null);
        if (entrepreneur != null) {
            body.put("entrepreneur", entrepreneur);
        }
        return asSme(sme).body(body).post("/api/open-calls/{id}/applications", openCall).then().statusCode(201)
                .body("status", equalTo("AWARDED")).extract().jsonPath().getLong("id");
    }

    private static long lumpSumCall(SignedGrant g, boolean collectsProfile) {
        Map<String, Object> d = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        d.put("fixedAmount", "1000.00");
        d.put("collectsEntrepreneurProfile", collectsProfile);
        return createOpenCall(g, d).then().statusCode(201)
                .body("collectsEntrepreneurProfile", equalTo(collectsProfile)).extract().jsonPath().getLong("id");
    }

    @Test
    void organisationsByTypeOtherRegionsAndTheEntrepreneurProfile() {
        // a region is a NUTS 2 code of the organisation's country (Greece: EL)
        String someone = ProposalFixtures.user("someone");
        for (Map.Entry<String, String> wrong : Map.of("ITC", "invalid_region", "FR10", "region_not_in_country").entrySet()) {
            as(someone).body(Map.of("legalName", "Wrong region", "pic", ProposalFixtures.nextPic(), "country", "IT",
                            "type", "RESEARCH_ORGANISATION", "region", wrong.getKey()))
                    .post("/api/organisations").then().statusCode(422)
                    .body("violations.code", contains(wrong.getValue()));
        }
        organisation(someone, "Athens cluster", "GR", "BUSINESS_NETWORK", "EL30");

        // the consortium: a cluster in Brussels (BE10), a cluster in Germany (no region), a business-support
        // organisation in Andalusia (ES61)
        String coordinatorUser = ProposalFixtures.user("coord");
        String partnerUser = ProposalFixtures.user("partner");
        Consortium c = new Consortium(coordinatorUser, partnerUser,
                organisation(coordinatorUser, "Cluster Brussels", "BE", "CLUSTER_ORGANISATION", "BE10"),
                organisation(partnerUser, "Cluster DE", "DE", "CLUSTER_ORGANISATION", null),
                organisation(partnerUser, "Support Andalusia", "ES", "BUSINESS_SUPPORT_ORGANISATION", "ES61"));
        SignedGrant g = GrantFixtures.signedGrant(c);
        long asking = lumpSumCall(g, true);
        long notAsking = lumpSumCall(g, false);

        Sme antwerp = sme("BE", "BE21");   // Belgium, but another region than the coordinator's: another region
        Sme brussels = sme("BE", "BE10");  // the coordinator's region
        Sme bavaria = sme("DE", "DE21");   // the German partner gave no region: the same place by country
        Sme italian = sme("IT", null);     // no beneficiary in Italy: counted by its country
        Sme catalan = sme("ES", "ES51");   // Spain, another region than Andalusia; two awards, counted once
        award(antwerp, asking, Map.of("youngEntrepreneur", true, "femaleLed", true));
        award(brussels, asking, Map.of("newBusiness", true, "youngEntrepreneur", false));
        award(bavaria, asking, null);
        award(italian, notAsking, null);
        award(catalan, asking, Map.of("youngEntrepreneur", true));
        award(catalan, notAsking, null);
        // an open call that does not ask takes no answers
        Sme other = sme("IT", null);
        Map<String, Object> answered = application(other, null, null);
        answered.put("entrepreneur", Map.of("femaleLed", true));
        asSme(other).body(answered).post("/api/open-calls/{id}/applications", notAsking).then().statusCode(422)
                .body("code", equalTo("invalid_application"))
                .body("violations.code", contains("profile_not_collected"));

        // communication indicators, reported per period and summed like the others
        as(coordinatorUser).body(Map.of("period", 1, "indicators", Map.of("SOCIAL_MEDIA_FOLLOWERS", 120,
                "NEWSLETTER_SUBSCRIBERS", 40, "EVENT_PARTICIPANTS", 45))).post("/api/grants/{id}/kpi-reports", g.id())
                .then().statusCode(201);
        as(coordinatorUser).body(Map.of("period", 2, "indicators", Map.of("SOCIAL_MEDIA_FOLLOWERS", 30)))
                .post("/api/grants/{id}/kpi-reports", g.id()).then().statusCode(201);

        String programme = officer().get("/api/calls/{id}", g.call()).jsonPath().getString("programme.code");
        for (String path : List.of("/api/kpis/grants/" + g.id(), "/api/kpis/calls/" + g.call(),
                "/api/kpis/programmes/" + programme)) {
            JsonPath k = officer().get(path).then().statusCode(200).extract().jsonPath();
            assertThat(k.getLong("computed.smesSupported")).as(path).isEqualTo(5);
            assertThat(k.getMap("computed.organisationsSupportedByType")).as(path)
                    .isEqualTo(Map.of("CLUSTER_ORGANISATION", 2, "BUSINESS_SUPPORT_ORGANISATION", 1, "SME", 5));
            assertThat(k.getLong("computed.smesFromOtherCountries")).as(path).isEqualTo(1);
            assertThat(k.getLong("computed.smesFromOtherRegions")).as(path).isEqualTo(3);
            assertThat(k.getMap("computed.smesFromOtherRegionsByRegion")).as(path)
                    .isEqualTo(Map.of("BE21", 1, "ES51", 1, "IT", 1));
            assertThat(k.getLong("computed.smesAskedForProfile")).as(path).isEqualTo(4);
            assertThat(k.getMap("computed.smesSupportedByProfile")).as(path)
                    .isEqualTo(Map.of("YOUNG_ENTREPRENEUR", 2, "NEW_BUSINESS", 1, "FEMALE_LED", 1));
            assertThat(k.getMap("reported")).as(path).isEqualTo(Map.of("SOCIAL_MEDIA_FOLLOWERS", 150,
                    "NEWSLETTER_SUBSCRIBERS", 40, "EVENT_PARTICIPANTS", 45));
        }
    }

    @Test
    void aGrantWithoutAwardsCountsItsBeneficiariesOnly() {
        Consortium c = ProposalFixtures.consortium();
        SignedGrant g = GrantFixtures.signedGrant(c);
        JsonPath k = officer().get("/api/kpis/grants/{id}", g.id()).then().statusCode(200).extract().jsonPath();
        assertThat(k.getMap("computed.organisationsSupportedByType"))
                .isEqualTo(Map.of("CLUSTER_ORGANISATION", 2, "BUSINESS_SUPPORT_ORGANISATION", 1));
        assertThat(k.getMap("computed.smesSupportedByProfile"))
                .isEqualTo(Map.of("YOUNG_ENTREPRENEUR", 0, "NEW_BUSINESS", 0, "FEMALE_LED", 0));
        assertThat(k.getLong("computed.smesFromOtherRegions")).isZero();
    }
}
