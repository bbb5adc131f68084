package io.grantflow.web;

import io.grantflow.users.web.DemoSignInTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apply form in a real browser (docs/web.md, "The apply form"), as the demo SME: signed out, the form sends to
 * the sign-in and back; a wrong IBAN comes back beside its field with its rule's code and everything else as
 * typed; corrected, the application is submitted and the browser goes on to /my/applications/{id}. A
 * ClusterXchange form computes the halved lump sum, with the button and, live, as the figures change. Each page
 * state is checked with axe-core and photographed into target/screenshots/.
 */
@QuarkusTest
@TestProfile(DemoSignInTest.DemoUsers.class)
class ApplyPagesTest extends BrowserTest {

    private static final String VALID_IBAN = "DE89 3704 0044 0532 0130 00";

    private ApplyFixtures.Data data;

    @BeforeEach
    void data() {
        data = ApplyFixtures.data();
    }

    private static String jdkEuros(String amount, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(new BigDecimal(amount));
    }

    private static void signInAsTheSme() {
        assertThat(browser().path()).startsWith("/sign-in");
        browser().assertAccessible("sign-in before applying");
        browser().find("#j_username").sendKeys(ApplyFixtures.SME);
        browser().find("#j_password").sendKeys(ApplyFixtures.SME);
        browser().clickAndWait("#sign-in-form button[type=submit]");
    }

    private static void type(String css, String text) {
        WebElement field = browser().find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** A date field's value as a date picker sets it (the text typed into one depends on the browser's locale). */
    private static void date(String id, LocalDate day) {
        browser().script("var f = document.getElementById('" + id + "'); f.value = '" + day + "';"
                + " f.dispatchEvent(new Event('change', { bubbles: true }));");
    }

    @Test
    void aWrongIbanIsShownBesideItsFieldThenTheCorrectedApplicationIsSubmitted() {
        ApplyFixtures.OpenCall call = ApplyFixtures.voucher();
        String path = "/open-calls/" + call.id() + "/apply";
        browser().open(path);
        signInAsTheSme();
        assertThat(browser().path()).isEqualTo(path);
        browser().assertAccessible("apply form");
        assertThat(browser().h1()).contains(call.title());
        assertThat(browser().find("#requested-hint").getText()).contains("At most " + jdkEuros("3000.00", Locale.UK));
        browser().screenshot("apply-voucher");

        new Select(browser().find("#organisation")).selectByValue(String.valueOf(data.organisation()));
        type("#requested", "2,500.50");
        type("#purpose", "Our stand at the Digital fair in Lyon");
        new Select(browser().find("#sector")).selectByValue("DIGITAL");
        type("#iban", "DE00 1234 5678");
        browser().find("#notInDifficulty").click();
        browser().find("#noDoubleFunding").click();
        type("#deMinimisReceived", "0");
        browser().clickAndWait("#submit-application");

        assertThat(browser().path()).isEqualTo(path);
        browser().assertAccessible("apply form with a wrong IBAN");
        assertThat(browser().find("#iban-error").getText()).contains("This is not a valid IBAN", "rule invalid_iban");
        assertThat(browser().find("#iban").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().find("#iban").getAttribute("aria-describedby")).contains("iban-error");
        assertThat(browser().find("#error-summary a[href='#iban']").getText()).contains("not a valid IBAN");
        assertThat(browser().all(".apply-error")).hasSize(1);
        assertThat(browser().find("#iban").getAttribute("value")).isEqualTo("DE00 1234 5678");
        assertThat(browser().find("#requested").getAttribute("value")).isEqualTo("2,500.50");
        assertThat(browser().find("#purpose").getAttribute("value")).isEqualTo("Our stand at the Digital fair in Lyon");
        assertThat(new Select(browser().find("#sector")).getFirstSelectedOption().getAttribute("value")).isEqualTo("DIGITAL");
        assertThat(new Select(browser().find("#organisation")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(data.organisation()));
        assertThat(browser().find("#notInDifficulty").isSelected()).isTrue();
        assertThat(browser().find("#noDoubleFunding").isSelected()).isTrue();
        browser().screenshot("apply-voucher-error");
        browser().size(390, 844);
        browser().screenshot("apply-voucher-error-mobile");
        browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);

        type("#iban", VALID_IBAN);
        browser().clickAndWait("#submit-application");
        assertThat(browser().path()).matches("/my/applications/\\d+");
        browser().assertAccessible("my application, just submitted");
        assertThat(browser().text()).contains(call.title());
        browser().screenshot("apply-voucher-submitted");
        assertThat(ApplyFixtures.applications(call.id())).isEqualTo(1);
    }

    @Test
    void aClusterXchangeFormShowsTheHalvedLumpSumAndWhy() {
        ApplyFixtures.OpenCall call = ApplyFixtures.exchange();
        String path = "/open-calls/" + call.id() + "/apply";
        browser().open("/sign-in?redirect=" + path);
        signInAsTheSme();
        assertThat(browser().path()).isEqualTo(path);
        browser().assertAccessible("ClusterXchange apply form");
        assertThat(browser().find("#lump-sum").getText()).contains("Fill in the host's PIC");
        browser().screenshot("apply-clusterxchange");

        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        type("#exchange-visitorName", "Ana Lopes");
        type("#exchange-visitorId", "ana-" + System.nanoTime() + "@example.org");
        type("#exchange-host", data.hostPic());
        date("exchange-from", monday);
        date("exchange-to", monday.plusDays(2));
        type("#exchange-distanceKm", "150");
        browser().clickAndWait("#compute");

        assertThat(browser().path()).isEqualTo(path);
        browser().assertAccessible("ClusterXchange lump sum computed");
        assertThat(browser().find("#lump-sum-amount").getText()).isEqualTo("You would receive " + jdkEuros("550.00", Locale.UK) + ".");
        assertThat(browser().find("#lump-sum-reasons").getText()).contains(
                "Halved because the stay lasts 3 days: under 5 days", "Halved because the host is 150 km away: under 200 km",
                "the lump sum is halved once");
        assertThat(browser().find("#exchange-host-found").getText()).contains(data.hostName(), "France");
        assertThat(browser().find("#exchange-visitorName").getAttribute("value")).isEqualTo("Ana Lopes");
        assertThat(browser().find("#exchange-distanceKm").getAttribute("value")).isEqualTo("150");
        browser().screenshot("apply-clusterxchange-halved");

        // with JavaScript the amount follows the figures without the button: a week at 650 km is not halved
        date("exchange-to", monday.plusDays(6));
        type("#exchange-distanceKm", "650");
        browser().find("#exchange-distanceKm").sendKeys(Keys.TAB);
        new WebDriverWait(browser().driver(), Duration.ofSeconds(30)).until(d ->
                browser().find("#lump-sum-result").getText().contains("Not halved"));
        assertThat(browser().find("#lump-sum-amount").getText()).contains(jdkEuros("1100.00", Locale.UK));
        browser().assertAccessible("ClusterXchange lump sum updated live");
        browser().screenshot("apply-clusterxchange-full");
    }
}
