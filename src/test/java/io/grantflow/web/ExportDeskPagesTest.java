package io.grantflow.web;

import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exports page in a real browser: the officer is refused an export without its parameter (beside it, with the
 * rule's code), starts the grants of a call as a CSV job, follows it to "Done" and downloads the file; the 360Giving
 * package; the same form posted twice starts one job; French and German, axe-core on every page.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ExportDeskPagesTest extends BrowserTest {

    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    /** What the signed-in browser downloads from {@code path}, as text. */
    private static String download(String path) {
        return (String) ((JavascriptExecutor) browser().driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done).catch(e => done('error: ' + e));""", path);
    }

    @Test
    void anOfficerStartsAnExportSeesItFinishAndDownloadsTheFile() {
        SignedGrant g = GrantFixtures.signedGrant();
        signIn("officer", "/desk");
        browser().clickAndWait("#desk-exports h2 a");
        assertThat(browser().path()).isEqualTo("/desk/exports");
        browser().assertAccessible("/desk/exports");

        // ---- refused: the FSTP report needs its grant
        new Select(browser().find("#kind")).selectByValue("fstp-report");
        browser().clickAndWait("#start");
        assertThat(browser().find("#refusal").getText()).contains("grant", "This table needs this parameter.", "required");
        assertThat(new Select(browser().find("#kind")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("fstp-report");
        browser().assertAccessible("/desk/exports (refused)");

        // ---- the grants of the call, as CSV, in the background
        new Select(browser().find("#kind")).selectByValue("grants");
        browser().find("#call").sendKeys(g.call());
        browser().clickAndWait("#start");
        assertThat(browser().path()).matches("/desk/exports\\?started=\\d+");
        long job = Long.parseLong(browser().path().replaceAll("\\D*(\\d+)$", "$1"));
        assertThat(browser().find("#started").getText()).startsWith("Export " + job + " started.");
        // the page's script puts the new table in place while the job runs; "Refresh" does the same without it
        Await.until(() -> (String) browser().script("const r = document.getElementById('job-" + job + "');"
                + " return r && r.getAttribute('data-status');"), "DONE"::equals, Duration.ofSeconds(60),
                "export job " + job + " done");
        browser().clickAndWait("#refresh");
        assertThat(browser().find("#job-status-" + job).getText()).isEqualTo("Done");
        assertThat(browser().find("#job-" + job).getText()).contains("1 of 1 rows", "Download the CSV file");
        browser().assertAccessible("/desk/exports (done)");
        browser().screenshot("desk-exports");
        KpiDeskPagesTest.fitsAPhone("desk-exports-mobile");
        String csv = download(browser().find("#download-" + job).getDomAttribute("href"));
        assertThat(csv).startsWith("grant,number,call,acronym,coordinator,country,status").contains(g.call(), "SIGNED");
        String giving = download("/desk/exports/360giving/grants?call=" + g.call());
        assertThat(giving).startsWith("{").contains("\"grants\"", g.call());

        // ---- French and German
        browser().open("/desk/exports?lang=fr");
        browser().assertAccessible("/desk/exports?lang=fr");
        assertThat(browser().find("#job-status-" + job).getText()).isEqualTo("Terminé");
        browser().screenshot("desk-exports-fr");
        browser().open("/desk/exports?lang=de");
        browser().assertAccessible("/desk/exports?lang=de");
        assertThat(browser().find("#jobs-title").getText()).isEqualTo("Meine Exporte");
    }

    @Test
    void theSameFormSentTwiceStartsOneJob() {
        ApplyFixtures.Session officer = ApplyFixtures.signIn("officer");
        String form = given().cookies(officer.cookies()).get("/desk/exports").then().statusCode(200).extract().asString();
        String csrf = ApplyFixtures.group(ApplyFixtures.CSRF, form);
        String key = ApplyFixtures.group(KEY, form);
        String[] locations = new String[2];
        for (int i = 0; i < 2; i++) {
            Response r = given().redirects().follow(false).cookies(officer.cookies())
                    .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf)
                    .formParam("key", key).formParam("kind", "payments").formParam("format", "XLSX")
                    .formParam("status", "PAID").post("/desk/exports/jobs");
            assertThat(r.statusCode()).isEqualTo(303);
            locations[i] = r.getHeader("Location");
        }
        assertThat(locations[1]).isEqualTo(locations[0]).matches(".*/desk/exports\\?started=\\d+");
        // the same form sent again after a change (back, another table): refused, and the form gets a new key
        String changed = given().redirects().follow(false).cookies(officer.cookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf).formParam("key", key)
                .formParam("kind", "grants").formParam("format", "CSV").post("/desk/exports/jobs").then().statusCode(422)
                .extract().asString();
        assertThat(changed).contains("idempotency_key_mismatch", "This form started another export already");
        assertThat(ApplyFixtures.group(KEY, changed)).isNotEqualTo(key);
        given().redirects().follow(false).cookies(officer.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("key", key).formParam("kind", "payments").post("/desk/exports/jobs").then().statusCode(400);
        ApplyFixtures.Session sme = ApplyFixtures.signIn("sme1");
        given().redirects().follow(false).cookies(sme.cookies()).get("/desk/exports").then().statusCode(403);
    }
}
