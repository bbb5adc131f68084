package io.grantflow.web;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My organisations" in a real browser (docs/web.md): a demo SME signs in, registers its organisation with one
 * field wrong (shown next to the field, everything else kept), corrects it, checks its SME category (a small
 * enterprise that a linked parent makes medium-sized, and why), registers, and sees the organisation's page; then
 * another person looks it up by PIC and asks to join, and the first approves. Each page is checked with axe-core and
 * photographed into target/screenshots/.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class OrganisationPagesTest extends BrowserTest {

    private static void signInAs(String user) {
        browser().find("#j_username").sendKeys(user);
        browser().find("#j_password").sendKeys(user);
        browser().clickAndWait("#sign-in-form button[type=submit]");
    }

    private static void type(String id, String text) {
        WebElement input = browser().find("#" + id);
        input.clear();
        input.sendKeys(text);
    }

    private static void choose(String id, String value) {
        new Select(browser().find("#" + id)).selectByValue(value);
    }

    private static String en(String amount) {
        return Formats.money(Money.eur(amount), Locale.UK);
    }

    @Test
    void anSmeRegistersItsOrganisationChecksItsCategoryAndAColleagueJoins() {
        String pic = ProposalFixtures.nextPic();
        String name = "Atelier Lumière " + pic;

        browser().open("/my/organisations");
        assertThat(browser().path()).startsWith("/sign-in");
        signInAs("sme1");
        assertThat(browser().path()).isEqualTo("/my/organisations");
        browser().assertAccessible("/my/organisations");
        assertThat(browser().h1()).isEqualTo("My organisations");
        browser().screenshot("my-organisations");

        // the form, with one field wrong: a PIC of 5 digits
        type("legalName", name);
        type("pic", "12345");
        choose("country", "FR");
        choose("type", "SME");
        type("staffHeadcount", "25");
        type("annualTurnover", "3,000,000");
        type("balanceSheetTotal", "2,500,000");
        type("re0-name", "Parent Group");
        choose("re0-relation", "LINKED");
        type("re0-ownershipShare", "60");
        type("re0-staffHeadcount", "30");
        type("re0-annualTurnover", "4,000,000");
        type("re0-balanceSheetTotal", "3,000,000");
        browser().find("#sector-DIGITAL").click();
        type("valueChains", "lighting, industrial IoT");
        browser().clickAndWait("#register-button");

        assertThat(browser().find("#problems").getText()).contains("There is a problem", "A PIC has exactly 9 digits.",
                "invalid_pic");
        assertThat(browser().find("#pic-error").getText()).contains("A PIC has exactly 9 digits.", "rule invalid_pic");
        assertThat(browser().find("#pic").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find("#pic").getAttribute("aria-describedby")).contains("pic-error");
        // nothing typed is lost
        assertThat(browser().find("#legalName").getAttribute("value")).isEqualTo(name);
        assertThat(browser().find("#pic").getAttribute("value")).isEqualTo("12345");
        assertThat(new Select(browser().find("#re0-relation")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("LINKED");
        assertThat(browser().find("#re0-annualTurnover").getAttribute("value")).isEqualTo("4,000,000");
        assertThat(browser().find("#sector-DIGITAL").isSelected()).isTrue();
        browser().assertAccessible("/my/organisations, a problem");
        browser().screenshot("my-organisations-problem");
        // the summary's link leads to the field
        browser().find("#problems a[href='#pic']").click();
        assertThat(browser().driver().switchTo().activeElement().getAttribute("id")).isEqualTo("pic");

        // corrected, then checked: medium-sized because of the linked parent, and why
        type("pic", pic);
        browser().clickAndWait("#check-button");
        assertThat(browser().all("#problems")).isEmpty();
        assertThat(browser().find("#sme-category").getText()).isEqualTo("Medium-sized enterprise");
        assertThat(browser().find("#sme-why").getText()).contains("55 staff counted: fewer than 250",
                "Not a small enterprise:", "55 staff counted: 50 or more",
                "annual turnover " + en("7000000.00") + ": at most " + en("50000000.00"));
        assertThat(browser().find("#sme-figures").getText()).contains("Parent Group", "linked: counted in full",
                en("4000000.00"), "Total counted");
        assertThat(browser().text()).contains("This is a check: nothing was saved.");
        browser().assertAccessible("/my/organisations, SME check");
        browser().screenshot("my-organisations-check");

        browser().clickAndWait("#register-button");
        assertThat(browser().path()).matches("/my/organisations/\\d+\\?registered=true#main");
        String organisationPath = browser().path().replace("?registered=true#main", "");
        browser().assertAccessible(organisationPath);
        assertThat(browser().h1()).isEqualTo(name);
        assertThat(browser().find("#notice").getText()).contains("Your organisation is registered");
        assertThat(browser().find("#sme-category").getText()).isEqualTo("Medium-sized enterprise");
        assertThat(browser().find("#sme-why").getText()).contains("Not a small enterprise:");
        browser().screenshot("organisation");
        visit(organisationPath + "?lang=fr");
        assertThat(browser().find("#sme-category").getText()).isEqualTo("Moyenne entreprise");
        assertThat(browser().find("#sme-why").getText()).contains("Pas une petite entreprise :");
        // the text as the page has it (WebDriver's visible text turns the JDK's narrow no-break spaces into spaces)
        assertThat(browser().find("#sme-why").getAttribute("textContent"))
                .contains(Formats.money(Money.eur("7000000.00"), Locale.FRENCH));
        browser().screenshot("organisation-fr");
        visit("/my/organisations?lang=en");
        assertThat(browser().find("#my-organisations").getText()).contains(name, pic, "France", "Medium-sized enterprise");
        browser().size(390, 844);
        try {
            browser().assertAccessible("/my/organisations on a phone");
            browser().screenshot("my-organisations-mobile");
        } finally {
            browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);
        }

        // a colleague looks the organisation up by its PIC and asks to join (the demo user host, not sme2:
        // DemoSignInTest needs the demo sme2 not to have signed in before it)
        browser().clickAndWait("header .signed-in button[type=submit]");
        browser().open("/my/organisations");
        signInAs("host");
        type("join-pic", pic);
        browser().clickAndWait(".join-form button[type=submit]");
        browser().assertAccessible("/my/organisations?pic=");
        assertThat(browser().find(".found-organisation").getText()).contains(name, "SME");
        browser().screenshot("my-organisations-join");
        browser().clickAndWait(".found-organisation button[type=submit]");
        assertThat(browser().find("#asked-notice").getText()).contains("Your request to join " + name + " is pending");
        assertThat(browser().find("#pending").getText()).contains(name, "Request pending");
        browser().assertAccessible("/my/organisations, request pending");

        // the member approves on the organisation's page
        browser().clickAndWait("header .signed-in button[type=submit]");
        browser().open(organisationPath);
        signInAs("sme1");
        assertThat(browser().path()).isEqualTo(organisationPath);
        assertThat(browser().find("#membership-requests").getText()).contains("host", "Approve", "Reject");
        browser().assertAccessible(organisationPath + ", a request to join");
        browser().screenshot("organisation-requests");
        browser().clickAndWait("#membership-requests button.approve");
        assertThat(browser().find("#notice").getText()).contains("The request was approved");
        assertThat(browser().find("#no-requests").getText()).isEqualTo("Nobody is waiting to join.");
    }

    @Test
    void theMePageLeadsToMyOrganisations() {
        browser().open("/me");
        signInAs("sme1");
        assertThat(browser().path()).isEqualTo("/me");
        browser().clickAndWait("#my-organisations-link");
        assertThat(browser().path()).isEqualTo("/my/organisations");
        browser().assertAccessible("/my/organisations from /me");
    }
}
