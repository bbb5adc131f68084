package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An open call shows its ledger account like every other budget holder, and the texts an SME reads
 * (notifications, the application's timeline) show instants as the API does: Brussels time, to the second.
 */
@QuarkusTest
class OpenCallConsistencyTest {

    /** An instant as the API shows it: Brussels offset, to the second, never a fraction or UTC's {@code Z}. */
    private static final String BRUSSELS_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00";

    @Test
    void theOpenCallShowsItsLedgerAccountAndTextsShowBrusselsTime() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> voucher = openCall("TRAVEL_VOUCHER", "FIRST_COME_FIRST_SERVED", "10000.00");
        voucher.put("maxAmount", "5000.00");
        JsonPath created = createOpenCall(g, voucher).then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long account = created.getLong("account");
        // the same account in the public listing and view, and the budget tree knows it as the open call's
        given().get("/api/open-calls/{id}", id).then().statusCode(200).body("account", equalTo((int) account));
        given().get("/api/open-calls?grant=" + g.id()).then().statusCode(200)
                .body("items[0].account", equalTo((int) account));
        officer().get("/api/budgets/accounts/{id}", account).then().statusCode(200)
                .body("kind", equalTo("OPEN_CALL")).body("allocated", equalTo("10000.00"));
        assertThat(created.getString("closesAt")).matches(BRUSSELS_INSTANT);

        // an award: its notification and its timeline name the report's due date in Brussels time
        Sme sme = GrantFixtures.sme("IT");
        JsonPath app = asSme(sme).body(application(sme, "3000.00", null)).post("/api/open-calls/{id}/applications", id)
                .then().statusCode(201).body("status", equalTo("AWARDED")).extract().jsonPath();
        String awarded = app.getString("timeline.find { it.step == 'AWARDED' }.detail");
        assertThat(awarded).matches("EUR 3000.00; report due " + BRUSSELS_INSTANT);
        JsonPath notifications = given().auth().oauth2(Tokens.token(sme.user(), "sme")).get("/api/notifications")
                .then().statusCode(200).extract().jsonPath();
        // the text names the due date in words and in Brussels time (the e-mail and the page format it for their reader)
        assertThat(notifications.getString("items.find { it.kind == 'AWARDED' }.body"))
                .matches("(?s).*: your application \\d+ was awarded €3,000\\.00\\..*by \\d{1,2} [A-Z][a-z]+ \\d{4}, "
                        + "\\d{2}:\\d{2} \\(Brussels time\\) to receive the balance\\.");
        assertThat(notifications.getString("items[0].createdAt")).matches(BRUSSELS_INSTANT);
    }
}
