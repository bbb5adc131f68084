package io.grantflow.web;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static io.grantflow.support.EvaluationFixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail page in a real browser: a reference the page cannot read is refused beside the field; a signed
 * grant's trail shows who created and changed it, what changed, and that its chain is verified; French and German,
 * axe-core on every page.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class AuditDeskPagesTest extends BrowserTest {

    @Test
    void anOfficerReadsTheTrailOfASignedGrantAndSeesItVerified() {
        SignedGrant g = GrantFixtures.signedGrant();
        long records = officer().get("/api/audit?object=grant:{id}", g.id()).then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");

        signIn("officer", "/desk");
        browser().clickAndWait("#desk-audit h2 a");
        assertThat(browser().path()).isEqualTo("/desk/audit");
        browser().assertAccessible("/desk/audit");
        browser().find("#object").sendKeys("grant-" + g.id());
        browser().clickAndWait("#show");
        assertThat(browser().find("#refusal").getText()).contains("invalid_query_parameter");
        assertThat(browser().find("#object").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find("#object").getAttribute("value")).isEqualTo("grant-" + g.id());
        browser().assertAccessible("/desk/audit (refused)");

        browser().find("#object").clear();
        browser().find("#object").sendKeys("grant:" + g.id());
        browser().clickAndWait("#show");
        assertThat(browser().path()).isEqualTo("/desk/audit?object=grant%3A" + g.id());
        assertThat(browser().find("#object-status").getDomAttribute("data-intact")).isEqualTo("true");
        assertThat(browser().find("#object-status").getText()).isEqualTo("✓ The chain of grant:" + g.id()
                + " is intact: verified.");
        assertThat(browser().all("#record-table tbody tr")).hasSize((int) Math.min(records, 20));
        assertThat(browser().find("#record-1").getText()).contains("Created");
        assertThat(browser().find("#record-table").getText()).contains("Changed", "status", "SIGNED",
                g.consortium().coordinatorUser());
        browser().assertAccessible("/desk/audit?object=grant:{id}");
        browser().screenshot("desk-audit");
        KpiDeskPagesTest.fitsAPhone("desk-audit-mobile");

        browser().open("/desk/audit?object=grant:" + g.id() + "&lang=fr");
        browser().assertAccessible("/desk/audit?lang=fr");
        assertThat(browser().find("#object-status").getText()).contains("est intacte : vérifiée");
        browser().screenshot("desk-audit-fr");
        browser().open("/desk/audit?object=grant:" + g.id() + "&lang=de");
        browser().assertAccessible("/desk/audit?lang=de");
        assertThat(browser().find("#record-1").getText()).contains("Angelegt");
    }
}
