package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.expert;
import static io.grantflow.support.EvaluationFixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's calls in a real browser: a new call from the Euroclusters template, refused with every problem at
 * once and beside its field, corrected, saved as a draft (one draft for a form sent twice), changed, and published
 * after the page said what publishing allocates, each step as the API then shows it; and a closed call's experts:
 * an expert registered (refused once), the pool ticked, the proposals assigned, with a declared conflict and the
 * automatic one (an expert of the consortium) in sight; an EU–Ukraine call from its template, with its objectives and
 * project period, as the second round of another call, refused once and shown on the desk and public pages. English
 * with axe-core on every page, and French.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class CallDeskPagesTest extends BrowserTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    private static void type(String css, String text) {
        WebElement field = browser().find(css);
        field.clear();
        field.sendKeys(text);
    }

    private static JsonPath call(String identifier) {
        return officer().get("/api/calls/{id}", identifier).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anOfficerStartsACallFromATemplateCorrectsItSavesChangesAndPublishesIt() {
        String programme = CallFixtures.programme("100000000.00");
        String identifier = CallFixtures.unique("WEB-EC");

        signIn("officer", "/desk");
        assertThat(browser().find("#desk-calls").getText()).contains("Calls");
        browser().clickAndWait("#desk-calls h2 a");
        browser().assertAccessible("/desk/calls");
        browser().clickAndWait("#new-call");
        assertThat(browser().all("#templates li")).hasSize(6);
        browser().assertAccessible("/desk/calls/new");
        browser().clickAndWait("#use-EUROCLUSTERS");
        assertThat(browser().h1()).contains("Euroclusters");
        assertThat(browser().find("#minSmeShare").getAttribute("value")).isEqualTo("75");
        assertThat(browser().find("#criterion-name-0").getAttribute("value")).isEqualTo("Relevance");
        browser().assertAccessible("/desk/calls/new?template=EUROCLUSTERS");

        String deadline = browser().find("#deadline-at-0").getAttribute("value");
        type("#identifier", identifier);
        new Select(browser().find("#programme")).selectByValue(programme);
        type("#title", "Euroclusters from the desk");
        type("#budget", "1.5 million");
        browser().script("document.getElementById('deadline-at-0').value = '2020-01-01T17:00'");
        type("#maxGrant", "2,000,000.00");
        browser().clickAndWait("#save");
        String refusal = browser().find("#refusal").getText();
        assertThat(refusal).contains("invalid_amount", "deadline_in_past", "deadline_before_opening");
        assertThat(browser().find("#budget-error").getText()).contains("Not an amount");
        assertThat(browser().find("#deadline-at-0-error").getText()).contains("not in the future");
        assertThat(browser().find("#title").getAttribute("value")).as("nothing typed is lost")
                .isEqualTo("Euroclusters from the desk");
        browser().assertAccessible("/desk/calls/new (refused)");
        officer().get("/api/calls/{id}", identifier).then().statusCode(404);

        type("#budget", "1,500,000.00");
        browser().script("document.getElementById('deadline-at-0').value = '" + deadline + "'");
        type("#maxGrant", "");
        // the same form sent twice (a double click): one draft
        browser().script("const f = document.getElementById('call-form'); return fetch(f.action, {method: 'POST', "
                + "body: new URLSearchParams(new FormData(f)), redirect: 'manual'}).then(r => r.type)");
        browser().clickAndWait("#save");
        assertThat(browser().path()).isEqualTo("/desk/calls/" + identifier + "?created=true");
        assertThat(browser().find("#done").getText()).contains("is saved");
        assertThat(browser().find("#status").getText()).isEqualTo("Draft");
        JsonPath draft = call(identifier);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("budget")).isEqualTo("1500000.00");
        assertThat(new java.math.BigDecimal(draft.getString("fstp.minSmeShare"))).isEqualByComparingTo("75");
        assertThat(draft.getString("actionType")).isEqualTo("GRANT_FOR_FINANCIAL_SUPPORT");
        assertThat(officer().get("/api/calls?status=DRAFT&text=" + identifier).jsonPath().getList("items")).hasSize(1);
        browser().assertAccessible("/desk/calls/" + identifier + " (draft)");

        browser().clickAndWait("#edit");
        assertThat(browser().find("#budget").getAttribute("value")).isEqualTo("1500000.00");
        type("#title", "Euroclusters, changed on the desk");
        type("#expertsPerProposal", "2");
        browser().assertAccessible("/desk/calls/" + identifier + "/edit");
        browser().clickAndWait("#save");
        assertThat(browser().find("#done").getText()).contains("saved");
        assertThat(browser().h1()).isEqualTo("Euroclusters, changed on the desk");
        assertThat(call(identifier).getInt("evaluation.expertsPerProposal")).isEqualTo(2);

        assertThat(browser().find("#publish-summary").getText()).contains(eur("1500000.00"), programme);
        browser().screenshot("desk-call-draft");
        browser().clickAndWait("#publish");
        assertThat(browser().find("#done").getText()).contains("Published");
        assertThat(browser().find("#status").getText()).isEqualTo("Forthcoming");
        assertThat(browser().all("#edit")).as("a published call no longer changes").isEmpty();
        assertThat(call(identifier).getString("status")).isEqualTo("FORTHCOMING");
        assertThat(officer().get("/api/programmes/{code}", programme).jsonPath().getString("allocatedToCalls"))
                .isEqualTo("1500000.00");
        browser().assertAccessible("/desk/calls/" + identifier + " (published)");

        browser().open("/desk/calls/new?template=EEN_CUTOFFS&lang=fr");
        assertThat(browser().h1()).contains("Enterprise Europe Network");
        assertThat(browser().find("label[for=deadline-budget-2]").getText()).contains("Budget (EUR), ligne 3");
        browser().assertAccessible("/desk/calls/new?template=EEN_CUTOFFS&lang=fr");
        browser().open("/desk/calls?lang=de");
        assertThat(browser().h1()).isEqualTo("Aufrufe");
        browser().open("/desk/calls?lang=en");
    }

    @Test
    void anOfficerStartsAnEuUkraineCallWithItsObjectivesAsASecondRoundAndThePublicPagesShowBoth() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> firstRound = CallFixtures.euroclustersLike(programme);
        firstRound.put("scheme", "ESCP-4i");
        String first = CallFixtures.create(firstRound);
        CallFixtures.publish(first);
        String identifier = CallFixtures.unique("WEB-UA");

        signIn("officer", "/desk/calls/new");
        browser().clickAndWait("#use-EU_UKRAINE");
        assertThat(browser().h1()).contains("EU–Ukraine");
        assertThat(browser().find("#objectives").getAttribute("value"))
                .contains("VALUE_CHAIN_INTERLINKAGES: Value-chain interlinkages", "CAPACITY_BUILDING: Capacity building");
        assertThat(browser().find("#projectStart").getAttribute("value")).isNotBlank();
        browser().assertAccessible("/desk/calls/new?template=EU_UKRAINE");

        type("#identifier", identifier);
        new Select(browser().find("#programme")).selectByValue(programme);
        browser().script("document.getElementById('projectStart').value = '2029-01-01';"
                + "document.getElementById('projectEnd').value = '2028-12-31'");
        type("#previousRound", "NO-SUCH-CALL");
        browser().clickAndWait("#save");
        assertThat(browser().find("#refusal").getText())
                .contains("project_period_end_not_after_start", "unknown_previous_round");
        assertThat(browser().find("#projectEnd-error").getText()).contains("2028-12-31");
        assertThat(browser().find("#previousRound-error").getText()).contains("NO-SUCH-CALL");
        browser().assertAccessible("/desk/calls/new?template=EU_UKRAINE (refused)");

        browser().script("document.getElementById('projectEnd').value = '2030-12-31'");
        type("#previousRound", first);
        browser().clickAndWait("#save");
        assertThat(browser().path()).isEqualTo("/desk/calls/" + identifier + "?created=true");
        JsonPath draft = call(identifier);
        assertThat(draft.getList("objectives.code")).containsExactly("VALUE_CHAIN_INTERLINKAGES", "CAPACITY_BUILDING");
        assertThat(draft.getString("projectPeriod.start")).isEqualTo("2029-01-01");
        assertThat(draft.getString("projectPeriod.end")).isEqualTo("2030-12-31");
        assertThat(draft.getString("previousRound")).isEqualTo(first);
        assertThat(draft.getString("scheme")).as("the scheme of the round it follows").isEqualTo("ESCP-4i");
        assertThat(browser().all("#objectives li")).hasSize(2);
        assertThat(browser().find("#project-period").getText()).contains("2029", "2030");
        assertThat(browser().find("#previous-round").getText()).isEqualTo(first);
        browser().assertAccessible("/desk/calls/" + identifier + " (draft with objectives)");
        browser().clickAndWait("#publish");
        assertThat(browser().find("#done").getText()).contains("Published");

        browser().open("/calls/" + first);
        assertThat(browser().find("#later-rounds").getText()).contains(identifier);
        browser().clickAndWait("#later-rounds a");
        assertThat(browser().path()).isEqualTo("/calls/" + identifier);
        assertThat(browser().all("#objectives li")).hasSize(2);
        assertThat(browser().find("#objectives").getText()).contains("Capacity building");
        assertThat(browser().find("#scheme").getText()).isEqualTo("ESCP-4i");
        browser().assertAccessible("/calls/" + identifier);
        browser().open("/calls/" + identifier + "?lang=fr");
        assertThat(browser().find("#h-programme-rules").getText()).isEqualTo("Ce que fait chaque proposition");
        browser().open("/calls?lang=en");
    }

    @Test
    void anOfficerRegistersAnExpertSetsThePoolAssignsAndSeesTheConflicts() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        Consortium consortium = ProposalFixtures.consortium();
        long proposal = EvaluationFixtures.closedCallWithEligibleProposals(def, 6, List.of(consortium),
                List.of("DELTA")).get(0);
        String call = (String) def.get("identifier");
        String insider = ProposalFixtures.user("insider");
        String first = ProposalFixtures.user("first");
        String second = ProposalFixtures.user("second");
        long firstId = EvaluationFixtures.registerExpert(first, null, List.of());
        long secondId = EvaluationFixtures.registerExpert(second, null, List.of());

        signIn("officer", "/desk/calls/" + call);
        browser().clickAndWait("#experts");
        assertThat(browser().find("#proposal-" + proposal).getText()).contains("DELTA", "eligible", "none");
        browser().assertAccessible("/desk/calls/" + call + "/experts");

        type("#username", insider);
        type("#name", "Irene Insider");
        type("#nationality", "XX");
        type("#organisation", String.valueOf(consortium.coordinator()));
        browser().clickAndWait("#register-button");
        assertThat(browser().find("#refusal").getText()).contains("invalid_country");
        assertThat(browser().find("#name").getAttribute("value")).isEqualTo("Irene Insider");
        type("#nationality", "BE");
        browser().clickAndWait("#register-button");
        assertThat(browser().find("#done").getText()).contains("registered");
        long insiderId = officer().get("/api/experts?size=100&page=" + lastExpertPage()).jsonPath()
                .getLong("items.find { it.username == '" + insider + "' }.id");

        for (long id : List.of(insiderId, firstId, secondId)) {
            browser().find("#pool-" + id).click();
        }
        browser().clickAndWait("#save-pool");
        assertThat(browser().find("#done").getText()).contains("pool is saved");
        assertThat(officer().get("/api/calls/{id}/experts?size=100", call).jsonPath().getList("items.id", Long.class))
                .containsExactlyInAnyOrder(insiderId, firstId, secondId);

        browser().clickAndWait("#assign");
        assertThat(browser().find("#done").getText()).contains("1 assignments made, 1 evaluations started");
        Long assignment = EvaluationFixtures.assignmentOf(first, proposal);
        assertThat(assignment).as("the insider is never assigned; the first expert has the lowest id").isNotNull();
        expert(first).body(Map.of("conflict", true, "reason", "I advised the coordinator last year"))
                .post("/api/evaluator/assignments/{id}/conflict-declaration", assignment).then().statusCode(200);

        browser().open("/desk/calls/" + call + "/experts");
        String row = browser().find("#proposal-" + proposal).getText();
        assertThat(row).contains("Slot 1: Expert " + second + " – to declare");
        assertThat(row).contains("Expert " + first + " declared a conflict", "I advised the coordinator last year");
        assertThat(browser().find("#proposal-" + proposal + " .same-organisation").getText()).contains("Irene Insider");
        browser().assertAccessible("/desk/calls/" + call + "/experts (assigned)");
        browser().screenshot("desk-call-experts");

        browser().open("/desk/calls/" + call + "/experts?lang=fr");
        assertThat(browser().find("#proposal-" + proposal).getText()).contains("Place 1", "a déclaré un conflit");
        browser().assertAccessible("/desk/calls/" + call + "/experts?lang=fr");
        browser().open("/desk/calls/" + call + "/experts?lang=en");
    }

    private static int lastExpertPage() {
        return Math.max(1, officer().get("/api/experts?size=100").jsonPath().getInt("totalPages"));
    }
}
