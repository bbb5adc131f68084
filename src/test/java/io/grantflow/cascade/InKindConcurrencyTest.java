package io.grantflow.cascade;

import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.grantflow.support.ProviderFixtures.daysApplication;
import static io.grantflow.support.ProviderFixtures.inKindOpenCall;
import static io.grantflow.support.ProviderFixtures.onRoster;
import static io.grantflow.support.ProviderFixtures.provider;
import static io.grantflow.support.ProviderFixtures.providerCallId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * In-kind awards at the same moment: the SME's cap per third party and the provider's capacity in days hold, because
 * every award of a grant takes the grant's row lock and the provider's row before it values and reserves the days.
 */
@QuarkusTest
class InKindConcurrencyTest {

    private static List<JsonPath> applyAtOnce(List<Sme> smes, long call, int days) throws Exception {
        List<Callable<JsonPath>> requests = new ArrayList<>();
        for (Sme sme : smes) {
            requests.add(() -> asSme(sme).body(daysApplication(sme, days)).post("/api/open-calls/{id}/applications", call)
                    .then().statusCode(201).extract().jsonPath());
        }
        return Concurrently.run(requests);
    }

    private static long count(List<JsonPath> answers, String status) {
        return answers.stream().filter(a -> status.equals(a.getString("status"))).count();
    }

    @Test
    void twoAwardsForTheSameSmeRacingAtTheCapPassOneAtATime() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        long coaching = providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        onRoster(provider("BUSINESS_SUPPORT_ORGANISATION", "BE"), coaching, "700.00", 50);
        Map<String, Object> def = inKindOpenCall("COACHING", 5, "3500.00", "FIRST_COME_FIRST_SERVED", "50000.00");
        def.put("maxPerThirdParty", "5000.00");
        def.put("applicationsPerSme", 4);
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        // four applications of EUR 2,800 each (4 days × EUR 700) at once under a cap of EUR 5,000: one fits
        List<JsonPath> answers = applyAtOnce(List.of(sme, sme, sme, sme), call, 4);
        assertThat(count(answers, "AWARDED")).isEqualTo(1);
        assertThat(count(answers, "REFUSED")).isEqualTo(3);
        answers.stream().filter(a -> "REFUSED".equals(a.getString("status")))
                .forEach(a -> assertThat(a.getList("refusals.code")).containsExactly("above_third_party_cap"));
        officer().get("/api/budgets/grants/{id}", g.id()).then().body("committedToSmes", equalTo("2800.00"));
    }

    @Test
    void theProvidersDaysAreNeverAwardedTwice() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        long coaching = providerCallId(g, "COACHING", "800.00", "FIRST_COME_FIRST_SERVED");
        onRoster(provider("BUSINESS_SUPPORT_ORGANISATION", "BE"), coaching, "500.00", 5);
        long call = createOpenCall(g, inKindOpenCall("COACHING", 5, "5000.00", "FIRST_COME_FIRST_SERVED", "50000.00"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<Sme> smes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            smes.add(GrantFixtures.sme("FR"));
        }
        // six SMEs ask for 2 days each of a coach who has 5: two are awarded, four refused for the capacity
        List<JsonPath> answers = applyAtOnce(smes, call, 2);
        assertThat(count(answers, "AWARDED")).isEqualTo(2);
        answers.stream().filter(a -> "REFUSED".equals(a.getString("status")))
                .forEach(a -> assertThat(a.getList("refusals.code")).containsExactly("provider_capacity_exceeded"));
        as(g.consortium().coordinatorUser()).get("/api/grants/{id}/providers", g.id()).then()
                .body("daysAwarded[0]", equalTo(4)).body("daysAvailable[0]", equalTo(1));
    }
}
