package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.shared.web.Languages;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.EvaluationFixtures.rqi;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's ranking and award in a real browser: a closed call with three agreed proposals; the officer finds it,
 * computes the ranking (the main list, the budget line, the reserve list, a rejection with its reasons), and awards
 * the main list: one grant, committed from the call's budget; the ranking is then final. In English with axe-core,
 * and in French.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class RankingDeskPagesTest extends BrowserTest {

    private static String eur(String amount) {
        return Formats.money(Money.eur(amount), Languages.ENGLISH);
    }

    @Test
    void anOfficerRanksABatchSeesTheBudgetLineAndAwardsTheMainList() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("budget", "1500000.00");
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        List<Long> ids = EvaluationFixtures.closedCallWithEligibleProposals(def, 6, List.of(ProposalFixtures.consortium(),
                ProposalFixtures.consortium(), ProposalFixtures.consortium()), List.of("ALPHA", "BRAVO", "CHARLIE"));
        String call = (String) def.get("identifier");
        EvaluationFixtures.evaluateAll(call, ids, List.of(rqi(5, 5, 5), rqi(4, 4, 4), rqi(2, 2, 2)));

        signIn("officer", "/desk");
        assertThat(browser().find("#desk-ranking").getText()).contains("Ranking and award");
        browser().clickAndWait("#desk-ranking h2 a");
        browser().assertAccessible("/desk/calls");
        // the closed calls, a page at a time: in a database shared by the tests ours need not be on the first page
        assertThat(browser().all("#calls tbody tr")).isNotEmpty();
        browser().open("/desk/calls/" + call + "/ranking");
        assertThat(browser().find("#not-ranked").getText()).contains("Not ranked yet");
        browser().assertAccessible("/desk/calls/" + call + "/ranking (not ranked)");

        browser().clickAndWait("#compute");
        assertThat(browser().find("#ranked").getText()).contains("Ranking computed");
        assertThat(browser().find("#counts").getText()).contains("1 on the main list, 1 on the reserve list, 1 rejected");
        assertThat(browser().find("#line").getText()).contains(eur("1500000.00"), eur("1000000.00"), eur("500000.00"));
        assertThat(browser().find("#rules").getText()).contains("Relevance (weight 1, threshold 3)");
        assertThat(browser().find("#entry-" + ids.get(0)).getText()).contains("ALPHA", "Main list", "15");
        assertThat(browser().find("#entry-" + ids.get(1)).getText()).contains("BRAVO", "Reserve list");
        assertThat(browser().find("#entry-" + ids.get(2)).getText()).contains("CHARLIE", "Rejected");
        assertThat(browser().find("#entry-" + ids.get(2) + " td:last-child").getText()).isNotBlank();
        assertThat(browser().find("#budget-line").getText()).contains("do not fit the budget");
        // the line sits between the main and the reserve list
        List<String> order = browser().all("#entries tbody tr").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(order.indexOf("budget-line")).isEqualTo(order.indexOf("entry-" + ids.get(0)) + 1);
        assertThat(browser().find("#award-summary").getText()).contains("1 proposals on the main list", eur("1000000.00"));
        browser().assertAccessible("/desk/calls/" + call + "/ranking");
        browser().screenshot("desk-ranking");

        browser().clickAndWait("#award");
        assertThat(browser().find("#awarded").getText()).contains("Awarded on", "officer");
        assertThat(browser().all("#award-form")).isEmpty();
        assertThat(browser().all("#compute")).as("an awarded ranking no longer changes").isEmpty();
        assertThat(officer().get("/api/grants?call=" + call).jsonPath().getList("items.acronym"))
                .containsExactly("ALPHA");

        browser().open("/desk/calls/" + call + "/ranking?lang=fr");
        browser().assertAccessible("/desk/calls/" + call + "/ranking?lang=fr");
        assertThat(browser().h1()).startsWith("Classement de");
        assertThat(browser().find("#entry-" + ids.get(1)).getText()).contains("Liste de réserve");
        browser().screenshot("desk-ranking-fr");
    }
}
