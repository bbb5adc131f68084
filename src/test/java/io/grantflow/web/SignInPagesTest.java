package io.grantflow.web;

import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the pages in a real browser (demo users): "Sign in" in the header of a page, the form
 * with its CSRF token, back to the page the person came from with their name in the header, the person's
 * page, then signing out. Each page is checked with axe-core.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class SignInPagesTest extends BrowserTest {

    @Test
    void aPersonSignsInFromAPageReturnsToItAndSignsOut() {
        visit("/calls");
        assertThat(browser().find("header a.sign-in").getAttribute("href")).endsWith("/sign-in?redirect=%2Fcalls");
        browser().clickAndWait("header a.sign-in");
        assertThat(browser().path()).startsWith("/sign-in");
        browser().assertAccessible("sign-in");
        assertThat(browser().h1()).isEqualTo("Sign in");
        assertThat(browser().text()).contains("sme1", "officer2");
        browser().screenshot("sign-in");

        browser().find("#j_username").sendKeys("sme1");
        browser().find("#j_password").sendKeys("wrong");
        browser().clickAndWait("#sign-in-form button[type=submit]");
        assertThat(browser().find("#sign-in-error").getText()).isNotBlank();
        browser().assertAccessible("sign-in, wrong password");

        browser().open("/sign-in?redirect=/calls");
        browser().find("#j_username").sendKeys("sme1");
        browser().find("#j_password").sendKeys("sme1");
        browser().clickAndWait("#sign-in-form button[type=submit]");
        assertThat(browser().path()).isEqualTo("/calls");
        assertThat(browser().find("header .signed-in a").getText()).startsWith("sme1"); // sme1, or sme1#… (another issuer's sme1 first)

        browser().clickAndWait(browser().driver().findElement(By.cssSelector("header .signed-in a")));
        assertThat(browser().path()).isEqualTo("/me");
        browser().assertAccessible("/me");
        assertThat(browser().find("#signed-in-as").getText()).contains("sme1");
        browser().screenshot("me");

        browser().clickAndWait("header .signed-in button[type=submit]");
        assertThat(browser().text()).contains("You have signed out");
        assertThat(browser().all("header .signed-in")).isEmpty();
        browser().open("/me");
        assertThat(browser().path()).startsWith("/sign-in");
    }
}
