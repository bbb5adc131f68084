package io.grantflow.web;

import io.grantflow.shared.time.Brussels;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ContractValidation;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The programme-call pages and the error pages in a real browser, with axe-core and screenshots; and that
 * pages answer HTML while the API keeps answering problem+json and the OpenAPI document lists no page.
 */
@QuarkusTest
class CallAndErrorPagesTest extends BrowserTest {

    /** Calls opening this far ahead; the test moves the business clock there, where other tests' calls are closed. */
    private static final Duration AHEAD = Duration.ofDays(500);

    private static String openCall;
    private static String forthcomingCall;
    private static Instant base;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static void calls() {
        if (openCall == null) {
            TestClock.reset();
            base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String programme = CallFixtures.programme("500000000.00");
            Map<String, Object> open = CallFixtures.euroclustersLike(programme);
            open.put("title", "Cluster excellence in space " + open.get("identifier"));
            open.put("opensAt", base.plus(AHEAD).toString());
            open.put("deadlines", List.of(Map.of("label", "Deadline", "at", base.plus(AHEAD).plus(Duration.ofDays(30)).toString())));
            open.put("sectors", List.of("AEROSPACE_DEFENCE", "RENEWABLE_ENERGY"));
            open.put("valueChains", List.of("satellite data", "hydrogen"));
            CallFixtures.create(open);
            CallFixtures.publish((String) open.get("identifier"));
            Map<String, Object> later = CallFixtures.euroclustersLike(programme);
            later.put("title", "Euroclusters, next round " + later.get("identifier"));
            later.put("opensAt", base.plus(AHEAD).plus(Duration.ofDays(10)).toString());
            later.put("deadlines", List.of(Map.of("label", "Deadline", "at", base.plus(AHEAD).plus(Duration.ofDays(60)).toString())));
            CallFixtures.create(later);
            CallFixtures.publish((String) later.get("identifier"));
            openCall = (String) open.get("identifier");
            forthcomingCall = (String) later.get("identifier");
        }
        TestClock.advance(AHEAD.plus(Duration.ofDays(1)));
    }

    private static List<String> titles() {
        return browser().all(".call-card h2").stream().map(WebElement::getText).toList();
    }

    @Test
    void theProgrammeCallsWithTheirStatusAndDeadlinesAndEachCallsPage() {
        calls();
        visit("/calls");
        assertThat(browser().h1()).isEqualTo("The programme's calls");
        new Select(browser().find("#status")).selectByValue("OPEN");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("status=OPEN");
        browser().assertAccessible("/calls?status=OPEN");
        assertThat(titles()).anyMatch(t -> t.contains(openCall)).noneMatch(t -> t.contains(forthcomingCall));
        assertThat(browser().all(".call-card .status")).extracting(WebElement::getText).containsOnly("Open");
        browser().screenshot("calls");

        visit("/calls?status=FORTHCOMING");
        assertThat(titles()).anyMatch(t -> t.contains(forthcomingCall)).noneMatch(t -> t.contains(openCall));

        visit("/calls?status=OPEN");
        browser().clickAndWait(browser().driver().findElement(By.partialLinkText(openCall)));
        assertThat(browser().path()).isEqualTo("/calls/" + openCall);
        browser().assertAccessible("/calls/" + openCall);
        Instant deadline = base.plus(AHEAD).plus(Duration.ofDays(30));
        long days = ChronoUnit.DAYS.between(TestClock.now().atZone(Brussels.ZONE).toLocalDate(),
                deadline.atZone(Brussels.ZONE).toLocalDate());
        String text = browser().text();
        assertThat(text).contains("Open", openCall, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(Locale.UK).withZone(Brussels.ZONE).format(deadline), "Brussels time", "closes in " + days + " days",
                "A consortium of at least 3 partners", "Belgium, France, Germany, Italy, Spain, Ukraine", "Aerospace and defence Renewable energy", "satellite data hydrogen",
                "Grant for financial support to third parties");
        browser().screenshot("call");
    }

    @Test
    void unknownPagesAreAFriendlyPageInTheVisitorsLanguage() {
        visit("/open-calls/999999999");
        assertThat(browser().h1()).isEqualTo("Page not found");
        assertThat(browser().find("a.button[href='/']").getText()).isEqualTo("Go to the home page");
        browser().screenshot("not-found");
        visit("/no-such-page?lang=de");
        assertThat(browser().h1()).isEqualTo("Seite nicht gefunden");
        visit("/calls/NO-SUCH-CALL");
        assertThat(browser().h1()).isEqualTo("Seite nicht gefunden"); // the language chosen is remembered
    }

    @SendsInvalidRequests("paths that do not exist, on purpose")
    @Test
    void pagesAnswerHtmlAndTheApiKeepsProblemJson() {
        for (String path : List.of("/open-calls/999999999", "/open-calls/not-a-number", "/calls/NO-SUCH-CALL", "/nothing-here")) {
            given().accept("text/html").get(path).then().statusCode(404).contentType(startsWith("text/html"))
                    .body(containsString("<h1>Page not found</h1>"));
        }
        given().header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5").get("/nothing-here").then().statusCode(404)
                .body(containsString("<h1>Page introuvable</h1>"));
        given().get("/open-calls").then().statusCode(200).contentType(startsWith("text/html"));
        given().get("/open-calls?lang=de").then().statusCode(200).header("Set-Cookie", startsWith("lang=de;"));
        given().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not_found"));
        given().get("/api/open-calls/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheApiOnly() {
        String base = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort();
        JsonPath document = JsonPath.from(ContractValidation.document(base));
        Map<String, Object> paths = document.getMap("paths");
        assertThat(paths).isNotEmpty();
        assertThat(paths.keySet()).allMatch(p -> p.startsWith("/api/"));
        assertThat(document.getMap("components.schemas").keySet()).doesNotContain("TemplateInstance");
    }
}
