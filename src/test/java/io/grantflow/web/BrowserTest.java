package io.grantflow.web;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;

/**
 * The base of the browser tests: one chromium per test class, started before its first test and closed
 * after its last (chromium takes seconds to start). Subclasses are {@code @QuarkusTest}s.
 */
public abstract class BrowserTest {

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browser.start(root.getProtocol() + "://" + root.getHost() + ":" + root.getPort());
        }
        browser.driver().manage().deleteAllCookies(); // each test starts without a chosen language
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    protected static Browser browser() {
        return browser;
    }

    /** Opens a page, checks it with axe-core and returns the browser. */
    protected static Browser visit(String path) {
        browser.open(path);
        browser.assertAccessible(path);
        return browser;
    }

    /** Signs a demo user in through the sign-in form (password = user name) and lands on {@code page}. */
    protected static void signIn(String user, String page) {
        browser.open("/sign-in?redirect=" + page);
        browser.find("#j_username").sendKeys(user);
        browser.find("#j_password").sendKeys(user);
        browser.clickAndWait("#sign-in-form button[type=submit]");
        org.assertj.core.api.Assertions.assertThat(browser.path()).isEqualTo(page);
    }
}
