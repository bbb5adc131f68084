package io.grantflow.web;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluator's and the rapporteur's desks in a real browser. evaluator1 finds the proposal on the desk, declares
 * no conflict of interest, scores it as drafts the page saves while typing; leaves the page mid-sentence and finds
 * the text again; a second tab's newer draft is never overwritten (the page shows both); the session ends while
 * typing and the text survives the new sign-in; then submits. The officer, as rapporteur, compares the two experts'
 * scores (a divergence marked), is refused an incomplete consensus and agrees it. Every page in English with
 * axe-core, the desks in French and German too.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class EvaluationDeskPagesTest extends BrowserTest {

    private static final String EVALUATOR = "evaluator1";

    /** The demo evaluator through its Basic credentials: the same person as its sign-in on the pages. */
    private static RequestSpecification evaluator() {
        return given().auth().preemptive().basic(EVALUATOR, EVALUATOR).contentType(ContentType.JSON);
    }

    /**
     * The demo evaluator's user name as the service knows it: the name itself, or the name with a suffix when another
     * record (a bearer token of the same name, in a database shared by the tests) took it first.
     */
    private static String handle() {
        return evaluator().get("/api/me").then().statusCode(200).extract().jsonPath().getString("username");
    }

    /** evaluator1's expert record: registered once (by this test or an earlier one in the same database). */
    private static long evaluatorExpert() {
        String handle = handle();
        var created = officer().body(Map.of("username", handle, "name", "Eva Luator", "nationality", "BE",
                "expertise", List.of())).post("/api/experts");
        if (created.statusCode() == 201) {
            return created.jsonPath().getLong("id");
        }
        assertThat(created.statusCode()).isEqualTo(409);
        for (int page = 1; ; page++) {
            JsonPath experts = officer().get("/api/experts?size=100&page=" + page).jsonPath();
            for (Map<String, Object> e : experts.<Map<String, Object>>getList("items")) {
                if (handle.equals(e.get("username"))) {
                    return ((Number) e.get("id")).longValue();
                }
            }
            assertThat(experts.getList("items")).as("evaluator1 among the experts").isNotEmpty();
        }
    }

    private static JsonPath mine(long assignment) {
        return evaluator().get("/api/evaluator/assignments/{id}", assignment).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitStatus(String text) {
        new WebDriverWait(browser().driver(), Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("draft-status")).getText().contains(text));
    }

    private static void awaitElement(String css) {
        new WebDriverWait(browser().driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(css))
                .isEmpty() && "complete".equals(browser().script("return document.readyState;")));
    }

    private static void score(int criterion, String value, String comment) {
        new Select(browser().find("#score-" + criterion)).selectByValue(value);
        browser().find("#comment-" + criterion).clear();
        browser().find("#comment-" + criterion).sendKeys(comment);
    }

    @Test
    void anEvaluatorDraftsWithoutLosingTextSubmitsAndTheRapporteurAgreesTheConsensus() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("evaluation", Map.of("expertsPerProposal", 2, "evaluationDays", 10, "reminderDaysBefore", 2));
        String acronym = "DESK" + ProposalFixtures.user("").substring(1, 5).toUpperCase();
        long proposal = EvaluationFixtures.closedCallWithEligibleProposals(def, 5,
                List.of(ProposalFixtures.consortium()), List.of(acronym)).get(0);
        String call = (String) def.get("identifier");
        String other = "ex-" + ProposalFixtures.user("desk");
        long otherExpert = EvaluationFixtures.registerExpert(other, null, List.of());
        officer().body(Map.of("experts", List.of(evaluatorExpert(), otherExpert)))
                .put("/api/calls/{id}/experts", call).then().statusCode(200);
        // both experts of the pool take the proposal's two slots at once (the run says so, or why not)
        officer().body(Map.of()).post("/api/calls/{id}/assignments", call).then().statusCode(200)
                .body("created", org.hamcrest.Matchers.equalTo(2));
        long assignment = Await.until(() -> evaluator().get("/api/evaluator/assignments?size=100").jsonPath()
                        .<Map<String, Object>>getList("items").stream()
                        .filter(a -> ((Number) a.get("proposalId")).longValue() == proposal)
                        .map(a -> ((Number) a.get("id")).longValue()).findFirst().orElse(null),
                java.util.Objects::nonNull, Duration.ofSeconds(30), "evaluator1 assigned");

        // ---- the desk: the card, the list, the declaration before the proposal opens
        signIn(EVALUATOR, "/desk");
        assertThat(browser().find("#desk-evaluations").getText()).contains("My evaluations");
        browser().clickAndWait("#desk-evaluations h2 a");
        browser().assertAccessible("/desk/evaluations");
        assertThat(browser().find("#assignment-" + assignment).getText()).contains(acronym,
                "Declare conflicts of interest");
        browser().screenshot("desk-evaluations");
        browser().clickAndWait("#open-" + assignment);
        browser().assertAccessible("/desk/evaluations/" + assignment);
        assertThat(browser().all("#scoring-form")).as("no proposal before the declaration").isEmpty();
        assertThat(browser().find("#participants").getText()).isNotBlank();
        browser().screenshot("desk-evaluation-declaration");
        browser().clickAndWait("#declare");
        assertThat(browser().find("#refusal").getText()).contains("rule: invalid_declaration");
        browser().find("#no-conflict").click();
        browser().clickAndWait("#declare");
        assertThat(browser().path()).isEqualTo("/desk/evaluations/" + assignment);
        assertThat(browser().find("#proposal").getText()).contains("Participants");
        assertThat(mine(assignment).getString("status")).isEqualTo("ACCEPTED");

        // ---- drafts saved while typing
        score(0, "4.0", "Strong fit with the call's hydrogen value chain.");
        Await.until(() -> mine(assignment).getString("scores[0].comment"),
                "Strong fit with the call's hydrogen value chain."::equals, Duration.ofSeconds(30), "the draft saved");
        awaitStatus("Saved");
        assertThat(mine(assignment).getString("scores[0].score")).isEqualTo("4.0");
        browser().assertAccessible("/desk/evaluations/" + assignment + " (scoring)");
        browser().screenshot("desk-evaluation-scoring");

        // ---- the page closed mid-sentence: the text is found again
        browser().find("#comment-1").sendKeys("The work plan is credible but");
        browser().open("/desk");
        Await.until(() -> mine(assignment).getString("scores[1].comment"), "The work plan is credible but"::equals,
                Duration.ofSeconds(30), "the text typed before leaving saved as the page was left");
        browser().open("/desk/evaluations/" + assignment);
        assertThat(browser().find("#comment-1").getAttribute("value")).isEqualTo("The work plan is credible but");

        // ---- another tab saves a newer draft: this one is refused, never overwriting it, and the page shows both
        int current = mine(assignment).getInt("draftVersion");
        evaluator().body(Map.of("version", current, "scores", List.of(Map.of("criterion", "Impact",
                        "comment", "Written in another tab."))))
                .put("/api/evaluator/assignments/{id}/scores", assignment).then().statusCode(200);
        browser().find("#comment-2").sendKeys("Reaches SMEs in three regions.");
        awaitElement("#newer-2");
        assertThat(browser().find("#refusal").getText()).contains("A newer draft was saved meanwhile", "draft_outdated");
        assertThat(browser().find("#newer-2").getText()).contains("Written in another tab.");
        assertThat(browser().find("#comment-2").getAttribute("value")).isEqualTo("Reaches SMEs in three regions.");
        assertThat(mine(assignment).getString("scores[2].comment")).isEqualTo("Written in another tab.");
        browser().assertAccessible("/desk/evaluations/" + assignment + " (a newer draft)");
        browser().screenshot("desk-evaluation-conflict");
        browser().clickAndWait("#save-draft"); // keep mine, knowingly
        assertThat(browser().find("#saved").getText()).contains("Draft saved");
        assertThat(mine(assignment).getString("scores[2].comment")).isEqualTo("Reaches SMEs in three regions.");

        // ---- the session ends while typing: the text waits on the device for the new sign-in
        browser().driver().manage().deleteCookieNamed("quarkus-credential");
        browser().find("#comment-1").sendKeys(" the budget is thin.");
        awaitElement("#sign-in-again");
        assertThat(browser().find("#draft-status").getText()).contains("Your session has ended");
        browser().clickAndWait("#sign-in-again");
        assertThat(browser().path()).startsWith("/sign-in");
        browser().find("#j_username").sendKeys(EVALUATOR);
        browser().find("#j_password").sendKeys(EVALUATOR);
        browser().clickAndWait("#sign-in-form button[type=submit]");
        assertThat(browser().path()).isEqualTo("/desk/evaluations/" + assignment);
        assertThat(browser().find("#comment-1").getAttribute("value"))
                .isEqualTo("The work plan is credible but the budget is thin.");
        Await.until(() -> mine(assignment).getString("scores[1].comment"),
                "The work plan is credible but the budget is thin."::equals, Duration.ofSeconds(30),
                "the text typed while signed out saved after the new sign-in");

        // ---- incomplete, then submitted and locked
        browser().clickAndWait("#submit-evaluation");
        assertThat(browser().find("#refusal").getText()).contains("rule: criterion_not_scored");
        score(1, "3.0", "The work plan is credible but the budget is thin.");
        score(2, "3.5", "Reaches SMEs in three regions, with a clear plan.");
        browser().clickAndWait("#submit-evaluation");
        assertThat(browser().find("#submitted").getText()).contains("submitted");
        assertThat(browser().all("#scoring-form")).isEmpty();
        assertThat(mine(assignment).getString("status")).isEqualTo("SUBMITTED");
        browser().screenshot("desk-evaluation-submitted");

        // ---- in French and German
        browser().open("/desk/evaluations?lang=fr");
        browser().assertAccessible("/desk/evaluations?lang=fr");
        assertThat(browser().h1()).isEqualTo("Mes évaluations");
        assertThat(browser().find("#assignment-" + assignment).getText()).contains("Soumise");
        browser().screenshot("desk-evaluations-fr");

        // ---- the other expert submits; the rapporteur (an officer) agrees the consensus
        long otherAssignment = EvaluationFixtures.assignmentOf(other, proposal);
        EvaluationFixtures.evaluate(other, otherAssignment, rqi(2, 3, 4));
        EvaluationFixtures.awaitConsensusOpen(proposal);
        browser().driver().manage().deleteAllCookies();
        signIn("officer", "/desk");
        assertThat(browser().find("#desk-consensus").getText()).contains("Consensus to agree");
        browser().open("/desk/consensus");
        browser().assertAccessible("/desk/consensus");
        // 20 a page, oldest first: in a database shared by the tests ours may be on a later page
        while (browser().all("#consensus-" + proposal).isEmpty()) {
            browser().clickAndWait(".pagination a[rel=next]");
        }
        browser().clickAndWait("#consensus-" + proposal + " a");
        browser().assertAccessible("/desk/consensus/" + proposal);
        assertThat(browser().find("#individual-0").getText()).contains("Strong fit with the call's hydrogen value chain.");
        assertThat(browser().find("#spread-0").getText()).contains("Spread: 2");
        assertThat(browser().find("#divergent-0").getText()).contains("differ by 2 points or more");
        assertThat(browser().all("#divergent-1")).isEmpty();
        browser().screenshot("desk-consensus");
        browser().clickAndWait("#agree-consensus");
        assertThat(browser().find("#refusal").getText()).contains("consensus_incomplete", "criterion_not_scored");
        score(0, "3.0", "Agreed after discussion: a good fit, less for batteries.");
        score(1, "3.0", "Agreed: credible plan, thin budget for the third year.");
        score(2, "4.0", "Agreed: good reach to SMEs in three regions.");
        browser().clickAndWait("#agree-consensus");
        assertThat(browser().find("#agreed").getText()).contains("weighted total 10");
        assertThat(officer().get("/api/proposals/{id}/consensus", proposal).jsonPath().getString("status"))
                .isEqualTo("AGREED");
        browser().open("/desk/consensus/" + proposal + "?lang=de");
        browser().assertAccessible("/desk/consensus/" + proposal + "?lang=de");
        assertThat(browser().h1()).isEqualTo("Konsens zu " + acronym);
        browser().screenshot("desk-consensus-de");
    }
}
