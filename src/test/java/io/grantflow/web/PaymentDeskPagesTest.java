package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's desk in a real browser: officer2 finds the payment orders officer initiated waiting for approval,
 * sees the one officer2 initiated without a button (four eyes), reviews a batch (count, total, payees), is refused
 * when an own order is slipped into the form, approves the batch and downloads its SEPA file; in French too. Each
 * page is checked with axe-core and photographed.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class PaymentDeskPagesTest extends BrowserTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    private static long order(String officer, long account, String payee, String amount) {
        Map<String, Object> order = new HashMap<>(MoneyFixtures.order(account, amount));
        order.put("payeeName", payee);
        // Basic credentials of the demo user: the same user record as its sign-in on the pages
        return given().auth().preemptive().basic(officer, officer).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(order).post("/api/payments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The user record's handle: the name itself, or the name with a suffix when another record took it first. */
    private static String handle(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).get("/api/me").then().statusCode(200)
                .extract().jsonPath().getString("username");
    }

    @Test
    void officer2ApprovesABatchOfficerInitiatedNeverAnOwnOrder() {
        String call = MoneyFixtures.publishedCall("1000000.00");
        long account = MoneyFixtures.commitment(call, "100000.00");
        long first = order("officer", account, "Flanders Hydrogen Cluster", "1200.50");
        long second = order("officer", account, "Bavarian Photonics Cluster", "800.00");
        long own = order("officer2", account, "Lombardy Agri-food Cluster", "300.00");
        long wrong = order("officer", account, "Wrong Payee Ltd", "999.00");

        // ---- the desk: a card saying how much waits
        signIn("officer2", "/desk");
        browser().assertAccessible("/desk");
        assertThat(browser().h1()).isEqualTo("My desk");
        assertThat(browser().find("#desk-payments").getText()).contains("Payments waiting for my approval",
                "waiting for you");
        browser().screenshot("desk");
        browser().clickAndWait("#desk-payments h2 a");
        assertThat(browser().path()).isEqualTo("/desk/payments");
        browser().assertAccessible("/desk/payments");
        assertThat(browser().find("#order-" + first).getText()).contains("Flanders Hydrogen Cluster", eur("1200.50"),
                "officer");
        assertThat(browser().all("#select-" + own)).as("no button for an order I initiated").isEmpty();
        assertThat(browser().find("#mine-" + own).getText()).contains("Lombardy Agri-food Cluster", eur("300.00"));
        browser().screenshot("desk-payments");

        // ---- nothing ticked: said so, nothing approved
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("Select at least one order", "required");

        // ---- two ticked: the batch reviewed before anything is approved
        browser().find("#select-" + first).click();
        browser().find("#select-" + second).click();
        browser().clickAndWait("#review");
        browser().assertAccessible("/desk/payments/review");
        assertThat(browser().h1()).isEqualTo("Review the batch");
        assertThat(browser().find("#batch-count").getText()).isEqualTo("2");
        assertThat(browser().find("#batch-total").getText()).isEqualTo(eur("2000.50"));
        assertThat(browser().find("#batch-payees").getText()).contains("Flanders Hydrogen Cluster: 1 order, "
                + eur("1200.50"), "Bavarian Photonics Cluster: 1 order, " + eur("800.00"));
        browser().screenshot("desk-payments-review");

        // ---- an own order slipped into the form: the service refuses the whole batch, the page says why
        browser().script("var i = document.createElement('input'); i.type = 'hidden'; i.name = 'order'; i.value = '"
                + own + "'; document.getElementById('approve-form').appendChild(i);");
        browser().clickAndWait("#approve");
        assertThat(browser().find("#refusal").getText()).contains("You initiated this order", "four_eyes");
        assertThat(browser().find("#order-" + first).getText()).contains("Waiting for approval");

        // ---- the two approved together; the SEPA file of the batch
        browser().open("/desk/payments");
        browser().find("#select-" + first).click();
        browser().find("#select-" + second).click();
        browser().clickAndWait("#review");
        browser().clickAndWait("#approve");
        assertThat(browser().path()).startsWith("/desk/payments/batches/batch-");
        browser().assertAccessible(browser().path());
        assertThat(browser().h1()).startsWith("Batch batch-").endsWith("approved");
        assertThat(browser().find("#order-" + first).getText()).doesNotContain("Waiting for approval");
        browser().screenshot("desk-payments-batch");
        String href = browser().find("#sepa").getAttribute("href");
        Object sepa = ((JavascriptExecutor) browser().driver()).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                href);
        assertThat((String) sepa).contains("pain.001.001.03", "Flanders Hydrogen Cluster", "1200.50", "800.00")
                .doesNotContain("Lombardy");
        browser().open("/desk/payments");
        assertThat(browser().all("#select-" + first)).as("approved: no longer waiting").isEmpty();

        // ---- one order rejected with its reason; a reason too long is refused and kept
        browser().clickAndWait("#reject-" + wrong);
        assertThat(browser().path()).isEqualTo("/desk/payments/" + wrong + "/reject");
        browser().assertAccessible("/desk/payments/{id}/reject");
        assertThat(browser().find("#order-amount").getText()).isEqualTo(eur("999.00"));
        String tooLong = "x".repeat(501);
        browser().script("document.getElementById('reason').value = '" + tooLong + "';");
        browser().clickAndWait("#reject");
        assertThat(browser().find("#refusal").getText()).contains("The reason is too long: at most 500 characters");
        assertThat(browser().find("#reason").getAttribute("value")).isEqualTo(tooLong);
        browser().find("#reason").clear();
        browser().find("#reason").sendKeys("The IBAN belongs to another entity");
        browser().clickAndWait("#reject");
        assertThat(browser().path()).isEqualTo("/desk/payments?rejected=" + wrong);
        assertThat(browser().find("#rejected").getText()).isEqualTo("Order " + wrong + " rejected.");
        assertThat(browser().all("#order-" + wrong)).isEmpty();
        given().auth().preemptive().basic("officer", "officer").get("/api/payments/{id}", wrong).then()
                .statusCode(200).body("status", org.hamcrest.Matchers.equalTo("REJECTED"))
                .body("decidedBy", org.hamcrest.Matchers.equalTo(handle("officer2")))
                .body("decisionReason", org.hamcrest.Matchers.equalTo("The IBAN belongs to another entity"));

        // ---- in French
        browser().open("/desk/payments?lang=fr");
        browser().assertAccessible("/desk/payments?lang=fr");
        assertThat(browser().h1()).isEqualTo("Paiements en attente de mon approbation");
        // the text as the page has it (WebDriver's text turns the JDK's narrow no-break spaces into spaces)
        assertThat((String) browser().script("return document.getElementById('mine-" + own + "').textContent"))
                .contains(Formats.money(Money.eur("300.00"), java.util.Locale.FRENCH), "Ordre " + own);
        browser().screenshot("desk-payments-fr");
    }

    @Test
    void anSmesDeskHasItsApplicationsAndNothingOfTheOfficersOrConsortia() {
        signIn("sme1", "/desk");
        browser().assertAccessible("/desk");
        assertThat(browser().find("#desk-my-applications").getText()).contains("My applications");
        assertThat(browser().find("#desk-my-applications h2 a").getDomAttribute("href")).isEqualTo("/my/applications");
        assertThat(browser().all("#desk-payments, #desk-budgets, #desk-grants, #desk-evaluations")).isEmpty();
    }
}
