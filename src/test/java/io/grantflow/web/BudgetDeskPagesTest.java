package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Tokens;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The officer's budgets in a real browser: from the desk to the newest programme, then by clicks down the budget
 * tree (call, grant, FSTP envelope, open call, an SME's award) to the SME's payment, each level's figures equal to
 * what {@code /api/budgets} says, with its bar, its chart and the table beside it; the ledger reconciles; the
 * 75 % rule lists the grant below its trajectory; in French and German too. Each page is checked with axe-core.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class BudgetDeskPagesTest extends BrowserTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    private static void awaitPaid(long order) {
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(30), "order " + order + " paid");
    }

    private static JsonPath budget(long account) {
        return officer().get("/api/budgets/accounts/{id}", account).then().statusCode(200).extract().jsonPath();
    }

    /** The level's page shows the figures the API gives for it. */
    private static void figuresAsTheApiSays(long account) {
        JsonPath api = budget(account);
        assertThat(browser().h1()).isEqualTo(api.getString("name"));
        assertThat(browser().find("#allocated").getText()).isEqualTo(eur(api.getString("allocated")));
        assertThat(browser().find("#committed").getText()).isEqualTo(eur(api.getString("committed")));
        assertThat(browser().find("#paid").getText()).isEqualTo(eur(api.getString("paid")));
        assertThat(browser().find("#available").getText()).isEqualTo(eur(api.getString("available")));
    }

    private static void down(long account) {
        browser().clickAndWait("#open-" + account);
        assertThat(browser().path()).isEqualTo("/desk/budgets/accounts/" + account);
        figuresAsTheApiSays(account);
    }

    @Test
    void anOfficerFollowsTheEurosFromTheProgrammeToAnSmesPayment() {
        SignedGrant g = GrantFixtures.signedGrant();
        long preFinancing = officer().get("/api/grants/{id}", g.id()).jsonPath().getLong("preFinancing.paymentOrder");
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", preFinancing).then().statusCode(200);
        awaitPaid(preFinancing);
        long openCall = GrantFixtures.halfOnAwardCall(g, "5000.00");
        Sme sme = GrantFixtures.sme("IT");
        JsonPath app = asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).body("status", equalTo("AWARDED")).extract().jsonPath();
        long award = app.getLong("awardAccount");
        long tranche = app.getLong("firstTranche.paymentOrder");
        as(g.consortium().partnerUser()).post("/api/payments/{id}/approve", tranche).then().statusCode(200);
        awaitPaid(tranche);

        String programme = officer().get("/api/calls/{id}", g.call()).jsonPath().getString("programme.code");
        long programmeAccount = officer().get("/api/budgets/programmes/{code}", programme).jsonPath().getLong("account");
        long callAccount = officer().get("/api/budgets/calls/{id}", g.call()).jsonPath().getLong("account");
        JsonPath grantBudget = officer().get("/api/budgets/grants/{id}", g.id()).jsonPath();
        long grantAccount = grantBudget.getLong("grantAccount.account");
        long envelope = grantBudget.getLong("fstpEnvelope.account");
        long openCallAccount = budget(envelope).getLong("children[0].account");

        // ---- the desk's card, then every programme with the newest first, and the ledger reconciled
        signIn("officer", "/desk");
        assertThat(browser().find("#desk-budgets").getText()).contains("Budgets");
        browser().clickAndWait("#desk-budgets h2 a");
        assertThat(browser().path()).isEqualTo("/desk/budgets");
        browser().assertAccessible("/desk/budgets");
        assertThat(browser().find("#reconciliation-status").getAttribute("data-balanced")).isEqualTo("true");
        assertThat(browser().find("#reconciliation-status").getText()).contains("The ledger reconciles");
        assertThat(browser().find("#level-" + programmeAccount + " svg.stacked-bar").getAttribute("aria-label"))
                .startsWith("Of what was allocated: paid ");
        browser().screenshot("desk-budgets");

        // ---- down the tree by clicks: programme, call, grant, envelope, open call, award
        down(programmeAccount);
        browser().assertAccessible("/desk/budgets/accounts/{programme}");
        assertThat(browser().find("#below").getText()).isEqualTo("Its calls");
        String month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)
                .format(YearMonth.now(ZoneId.of("Europe/Brussels")));
        assertThat(browser().find("#history-table").getText()).contains(month);
        assertThat(browser().all("#history-chart polyline")).hasSize(3);
        down(callAccount);
        down(grantAccount);
        assertThat(browser().find("#level-kind").getText()).isEqualToIgnoringCase("Grant");
        assertThat(browser().find("#payment-table").getText()).contains(eur("400000.00"), "payment-order:" + preFinancing);
        browser().screenshot("desk-budgets-grant");
        down(envelope);
        down(openCallAccount);
        assertThat(browser().find("#below").getText()).isEqualTo("Its awards to SMEs");
        down(award);
        browser().assertAccessible("/desk/budgets/accounts/{award}");
        assertThat(browser().find("#level-kind").getText()).isEqualToIgnoringCase("Award to an SME");
        assertThat(browser().find("#paid").getText()).isEqualTo(eur("500.00"));
        assertThat(browser().find("#payment-table").getText()).contains(eur("500.00"), "payment-order:" + tranche,
                "payment");
        assertThat(browser().all("#budget-path li a")).extracting(e -> e.getDomAttribute("href"))
                .containsSubsequence("/desk/budgets/accounts/" + programmeAccount, "/desk/budgets/accounts/" + callAccount,
                        "/desk/budgets/accounts/" + grantAccount, "/desk/budgets/accounts/" + envelope,
                        "/desk/budgets/accounts/" + openCallAccount);
        browser().screenshot("desk-budgets-award");

        // ---- in French: the same award; in German: the programme
        browser().open("/desk/budgets/accounts/" + award + "?lang=fr");
        browser().assertAccessible("/desk/budgets/accounts/{award}?lang=fr");
        assertThat(browser().find("#payments").getText()).isEqualTo("Paiements");
        assertThat((String) browser().script("return document.getElementById('paid').textContent"))
                .isEqualTo(Formats.money(Money.eur("500.00"), Locale.FRENCH));
        browser().screenshot("desk-budgets-award-fr");
        browser().open("/desk/budgets/accounts/" + programmeAccount + "?lang=de");
        browser().assertAccessible("/desk/budgets/accounts/{programme}?lang=de");
        assertThat(browser().find("#below").getText()).isEqualTo("Seine Aufrufe");
        browser().screenshot("desk-budgets-programme-de");

        // ---- the 75 % rule: 40 % of the grant paid, EUR 1,000 committed to SMEs of the EUR 750,000 required
        browser().open("/desk/sme-share?lang=en");
        browser().find("#only-below").click();
        browser().clickAndWait("#show");
        assertThat(browser().path()).isEqualTo("/desk/sme-share?below=true");
        browser().assertAccessible("/desk/sme-share?below=true");
        String row = browser().find("#grant-" + g.id()).getText();
        assertThat(row).contains("below its trajectory", eur("300000.00"), eur("749000.00"), eur("1000.00"),
                eur("500.00"));
        browser().screenshot("desk-sme-share");
        browser().clickAndWait("#grant-budget-" + g.id());
        assertThat(browser().path()).isEqualTo("/desk/budgets/accounts/" + grantAccount);
        browser().open("/desk/sme-share?below=true&lang=de");
        browser().assertAccessible("/desk/sme-share?lang=de");
        assertThat(browser().find("#grant-" + g.id()).getText()).contains("unter ihrem Pfad");
        browser().screenshot("desk-sme-share-de");
        browser().open("/desk/sme-share?below=true&lang=fr");
        assertThat(browser().h1()).isEqualTo("La part des PME de chaque subvention");
    }

    @Test
    void budgetPagesAreForOfficersOnly() {
        signIn("sme1", "/desk");
        browser().open("/desk/budgets");
        assertThat(browser().text()).doesNotContain("Ledger reconciliation");
        assertThat(browser().all("#desk-budgets")).isEmpty();
        ApplyFixtures.Session sme = ApplyFixtures.signIn("sme1");
        for (String page : List.of("/desk/budgets", "/desk/sme-share", "/desk/budgets/accounts/1")) {
            given().redirects().follow(false).cookies(sme.cookies()).get(page).then().statusCode(403);
        }
    }
}
