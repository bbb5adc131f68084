package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.PanelFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An evaluated open call on the pages (docs/cascade.md, "Evaluated open calls"): the demo evaluator, invited into the
 * consortium's pool, finds the application on the desk, declares no conflict of interest and scores it on the page;
 * the demo coordinator reads the ranking with the budget line, the reserve list and a rejection's reason, and decides.
 * Every page checked with axe-core; the ranking in French and German too.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class EvaluatedOpenCallPagesTest extends BrowserTest {

    private static final String EVALUATOR = "evaluator1";

    private static RequestSpecification basic(String demoUser) {
        return given().auth().preemptive().basic(demoUser, demoUser).contentType(ContentType.JSON);
    }

    /** The demo user's name as the service knows it (a suffix when a token of the same name took it first). */
    private static String handle(String demoUser) {
        return basic(demoUser).get("/api/me").then().statusCode(200).extract().jsonPath().getString("username");
    }

    /** The demo evaluator as an expert of the programme's pool (registered once per database). */
    private static String evaluatorExpert() {
        String handle = handle(EVALUATOR);
        int status = officer().body(Map.of("username", handle, "name", "Eva Luator", "nationality", "BE",
                "expertise", List.of())).post("/api/experts").statusCode();
        assertThat(status).isIn(201, 409);
        return handle;
    }

    private static long assignmentOf(long application) {
        JsonPath mine = basic(EVALUATOR).get("/api/evaluator/application-assignments?size=100").then().statusCode(200)
                .extract().jsonPath();
        return mine.<Map<String, Object>>getList("items").stream()
                .filter(i -> ((Number) i.get("application")).longValue() == application)
                .map(i -> ((Number) i.get("id")).longValue()).findFirst().orElseThrow();
    }

    /** The demo evaluator's evaluation through the API. */
    private static void evaluate(long application, Object relevance, Object impact) {
        long id = assignmentOf(application);
        String path = "/api/evaluator/application-assignments/" + id;
        basic(EVALUATOR).body(Map.of("conflict", false)).post(path + "/conflict-declaration").then().statusCode(200);
        basic(EVALUATOR).body(Map.of("scores", List.of(
                Map.of("criterion", "Relevance", "score", relevance, "comment", "Fits the call"),
                Map.of("criterion", "Impact", "score", impact, "comment", "Plausible plan")))).put(path + "/scores")
                .then().statusCode(200);
        basic(EVALUATOR).post(path + "/submit").then().statusCode(200);
    }

    /** The demo user (its Basic and form sign-in: one person) joins the organisation; a member approves. */
    private static void joins(String demoUser, long organisation, String member) {
        long request = basic(demoUser).post("/api/organisations/{id}/membership-requests", organisation).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        as(member).post("/api/organisations/{id}/membership-requests/{request}/approve", organisation, request)
                .then().statusCode(200);
    }

    private static void type(String id, String text) {
        browser().find("#" + id).clear();
        browser().find("#" + id).sendKeys(text);
    }

    @Test
    void theEvaluatorScoresOnThePageAndTheConsortiumDecidesOnTheRankingPage() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        String expert = evaluatorExpert();
        // ---- the coordinator: the open call with its panel's terms, from the desk's form
        signIn("coordinator", "/desk/grants/" + g.id() + "/open-calls/new");
        type("title", "Export vouchers evaluated by a panel");
        new Select(browser().find("#instrument")).selectByValue("VOUCHER");
        new Select(browser().find("#selection")).selectByValue("EVALUATED");
        type("budget", "3,000.00");
        type("maxAmount", "2,000.00");
        String opens = Instant.now().minus(1, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/Brussels"))
                .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
        browser().script("document.getElementById('opensAt').value = '" + opens + "';");
        type("criteria", "Relevance 1 3\nImpact 1 2.5");
        type("overallThreshold", "6");
        type("evaluatorsPerApplication", "9");
        new Select(browser().find("#scoring")).selectByValue("AVERAGE");
        browser().assertAccessible("the open-call form with a panel's terms");
        browser().clickAndWait("#review");
        assertThat(browser().find("#refusal").getText()).contains("evaluation.evaluatorsPerApplication", "out_of_range");
        type("evaluatorsPerApplication", "1");
        browser().clickAndWait("#review");
        assertThat(browser().find("#review-panel").getText()).contains("Relevance", "Impact", "average");
        browser().assertAccessible("the review of an open call with a panel");
        browser().clickAndWait("#publish");
        assertThat(browser().path()).matches("/desk/open-calls/\\d+\\?published=true");
        long call = Long.parseLong(browser().path().replaceAll("\\D*(\\d+).*", "$1"));
        basic("coordinator").get("/api/open-calls/{id}", call).then().statusCode(200)
                .body("evaluation.scoring", equalTo("AVERAGE")).body("evaluation.evaluatorsPerApplication", equalTo(1))
                .body("evaluation.criteria[1].name", equalTo("Impact"));
        browser().driver().manage().deleteAllCookies();

        long first = PanelFixtures.apply(call, "2000.00");
        long second = PanelFixtures.apply(call, "2000.00");
        long third = PanelFixtures.apply(call, "2000.00");

        // ---- the coordinator: the pool and the assignment run on the panel page
        signIn("coordinator", "/desk/open-calls/" + call);
        browser().clickAndWait("#panel-link");
        assertThat(browser().path()).isEqualTo("/desk/open-calls/" + call + "/panel");
        assertThat(browser().find("#no-evaluators").getText()).isNotBlank();
        browser().assertAccessible("the panel page of an evaluated open call");
        browser().clickAndWait("#assign");
        assertThat(browser().find("#assign-refusal").getText()).contains("evaluator_pool_empty");
        type("evaluators", "nobody-at-all, " + expert + "\n" + expert);
        browser().clickAndWait("#save-pool");
        assertThat(browser().find("#pool-refusal").getText()).contains("unknown_evaluator", "nobody-at-all",
                "duplicate_evaluator");
        browser().assertAccessible("a refused pool");
        type("evaluators", expert);
        browser().clickAndWait("#save-pool");
        assertThat(browser().find("#pool-saved").getText()).isNotBlank();
        assertThat(browser().find("[id='evaluator-" + expert + "']").getText()).contains("expert of the programme", "0");
        browser().clickAndWait("#assign");
        assertThat(browser().find("#run-result").getText()).contains("3 application(s) looked at, 3 assignment(s) made");
        assertThat(browser().find("[id='evaluator-" + expert + "']").getText()).contains("3");
        browser().screenshot("panel-pool");
        browser().driver().manage().deleteAllCookies();
        long assignment = assignmentOf(first);

        // ---- the evaluator: the desk, the declaration, the scores
        signIn(EVALUATOR, "/desk/application-evaluations");
        browser().assertAccessible("/desk/application-evaluations");
        browser().clickAndWait("#open-" + assignment);
        browser().assertAccessible("the declaration of an application's evaluation");
        assertThat(browser().text()).doesNotContain("Travel to a trade fair");
        browser().clickAndWait("#declare");
        assertThat(browser().find("#refusal").getText()).contains("invalid_declaration");
        browser().find("#no-conflict").click();
        browser().clickAndWait("#declare");
        assertThat(browser().find("#purpose").getText()).contains("Travel to a trade fair");
        new Select(browser().find("#score-0")).selectByValue("4.5");
        browser().find("#comment-0").sendKeys("Squarely within the call");
        browser().assertAccessible("the scoring form of an application");
        browser().clickAndWait("#submit-evaluation");
        assertThat(browser().find("#refusal").getText()).contains("criterion_not_scored");
        new Select(browser().find("#score-1")).selectByValue("4.5");
        browser().find("#comment-1").sendKeys("A credible export plan");
        browser().screenshot("panel-scoring");
        browser().clickAndWait("#submit-evaluation");
        assertThat(browser().find("#submitted").getText()).isNotBlank();
        assertThat(browser().find("#final-0").getText()).contains("4.5");
        browser().assertAccessible("a submitted evaluation of an application");
        basic(EVALUATOR).get("/api/evaluator/application-assignments/{id}", assignment).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        evaluate(second, 4, 4);
        evaluate(third, 2, 5);

        // ---- the consortium: the ranking page, the decision
        browser().driver().manage().deleteAllCookies();
        signIn("coordinator", "/desk/open-calls/" + call);
        browser().clickAndWait("#ranking-link");
        assertThat(browser().path()).isEqualTo("/desk/open-calls/" + call + "/ranking");
        browser().assertAccessible("the ranking of an evaluated open call");
        assertThat(browser().find("#outcome-" + first).getText()).contains("main list");
        assertThat(browser().find("#outcome-" + second).getText()).contains("reserve list");
        assertThat(browser().find("#outcome-" + third).getText()).contains("rejected", "Relevance 2.0 is below its threshold 3.0");
        browser().screenshot("panel-ranking");
        browser().clickAndWait("#decide");
        assertThat(browser().find("#decision-done").getText()).isNotBlank();
        assertThat(browser().find("#outcome-" + second).getText()).contains("reserve list", "reserve no. 1");
        assertThat(browser().find("#decided-" + first).getText()).contains("2,000.00");
        browser().assertAccessible("the ranking after the decision");
        for (String lang : List.of("fr", "de")) {
            browser().open("/desk/open-calls/" + call + "/ranking?lang=" + lang);
            assertThat(browser().find("#outcome-" + second).getText()).contains(lang.equals("fr") ? "réserve" : "Reserve");
            browser().assertAccessible("the ranking in " + lang);
        }
        browser().open("/desk/open-calls/" + call + "/ranking?lang=en");

        as(g.consortium().coordinatorUser()).get("/api/applications/{id}", first).then().body("status", equalTo("AWARDED"));
        as(g.consortium().coordinatorUser()).get("/api/applications/{id}", third).then().body("status", equalTo("REJECTED"));
        as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", call).then().body("committed", equalTo("2000.00"));
    }

    @Test
    void theConsortiumRecordsTheConsensusOnThePanelPage() {
        SignedGrant g = GrantFixtures.signedGrant();
        joins("coordinator", g.consortium().coordinator(), g.consortium().coordinatorUser());
        String expert = evaluatorExpert();
        long call = PanelFixtures.panelCall(g, "3000.00", 1, "CONSENSUS");
        long application = PanelFixtures.apply(call, "2000.00");
        as(g.consortium().coordinatorUser()).body(Map.of("evaluators", List.of(expert)))
                .put("/api/open-calls/{id}/evaluators", call).then().statusCode(200);
        as(g.consortium().coordinatorUser()).post("/api/open-calls/{id}/assignments", call).then().statusCode(200);
        signIn("coordinator", "/desk/open-calls/" + call + "/panel");
        assertThat(browser().find("#none-to-agree").getText()).isNotBlank();
        browser().driver().manage().deleteAllCookies();
        evaluate(application, 4, 3);

        signIn("coordinator", "/desk/open-calls/" + call + "/panel");
        assertThat(browser().find("#spread-" + application + "-0").getText()).contains("4", "average");
        browser().clickAndWait("#record-" + application);
        assertThat(browser().find("#consensus-" + application + "-refusal").getText())
                .contains("invalid_consensus", "criterion_not_scored");
        browser().assertAccessible("a refused consensus");
        new Select(browser().find("#consensus-score-" + application + "-0")).selectByValue("4.0");
        browser().find("#consensus-comment-" + application + "-0").sendKeys("Agreed: fits the call");
        new Select(browser().find("#consensus-score-" + application + "-1")).selectByValue("3.5");
        browser().find("#consensus-comment-" + application + "-1").sendKeys("Agreed: a plausible plan");
        browser().clickAndWait("#record-" + application);
        assertThat(browser().find("#consensus-recorded").getText()).isNotBlank();
        assertThat(new Select(browser().find("#consensus-score-" + application + "-1")).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("3.5");
        browser().assertAccessible("the panel page with a consensus");
        basic("coordinator").get("/api/open-calls/{id}/ranking", call).then().statusCode(200)
                .body("ranked[0].application", equalTo((int) application))
                .body("ranked[0].scores.Impact", equalTo(3.5f));
        for (String lang : List.of("fr", "de")) {
            browser().open("/desk/open-calls/" + call + "/panel?lang=" + lang);
            assertThat(browser().find("#record-" + application).getText())
                    .isEqualTo(lang.equals("fr") ? "Enregistrer le consensus" : "Konsens festhalten");
            browser().assertAccessible("the panel page in " + lang);
        }
        browser().open("/desk/open-calls/" + call + "/panel?lang=en");
    }
}
