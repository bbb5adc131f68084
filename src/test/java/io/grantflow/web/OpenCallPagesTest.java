package io.grantflow.web;

import io.grantflow.shared.time.Brussels;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public start page and open-call pages in a real browser (docs/web.md): the listing, its filters and
 * pages, an open call's page, the way to apply, the three languages. Each page is checked with axe-core and
 * photographed into target/screenshots/.
 */
@QuarkusTest
class OpenCallPagesTest extends BrowserTest {

    private PageFixtures.OpenCalls data;

    @BeforeEach
    void data() {
        data = PageFixtures.openCalls();
        PageFixtures.travel();
    }

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private static List<String> cardTitles() {
        return browser().all(".open-call-card h3").stream().map(WebElement::getText).toList();
    }

    /** The JDK's own formatting of an amount in euros for a locale (narrow no-break spaces in French). */
    private static String jdkEuros(String amount, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(new BigDecimal(amount));
    }

    private static String rawText(String css) {
        return browser().find(css).getAttribute("textContent");
    }

    @Test
    void theStartPageSaysWhatGrantflowIsAndShowsTheOpenCallsClosingSoonestInEachLanguage() {
        List<String> soonest = given().queryParam("size", 5).get("/api/open-calls")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
        visit("/");
        assertThat(browser().h1()).isEqualTo("Funding for clusters and SMEs");
        assertThat(browser().htmlLang()).isEqualTo("en-GB");
        assertThat(cardTitles()).containsExactlyElementsOf(soonest).contains(data.spaceTitle(), data.hydrogenTitle());
        assertThat(browser().find("a.button-primary[href='/open-calls']").getText()).contains("(12)");
        browser().screenshot("start-en");

        visit("/?lang=fr");
        assertThat(browser().htmlLang()).isEqualTo("fr");
        assertThat(browser().h1()).isEqualTo("Des financements pour les clusters et les PME");
        browser().screenshot("start-fr");
        visit("/?lang=de");
        assertThat(browser().htmlLang()).isEqualTo("de");
        assertThat(browser().h1()).isEqualTo("Förderung für Cluster und KMU");
        browser().screenshot("start-de");
    }

    @Test
    void theListingShowsEachOpenCallWithItsFactsAndBrusselsDeadline() {
        visit("/open-calls");
        assertThat(cardTitles()).hasSize(10).first().isEqualTo(data.spaceTitle());
        browser().screenshot("open-calls");
        WebElement space = browser().all(".open-call-card").get(0);
        String text = space.getAttribute("textContent").replaceAll("\\s+", " ");
        Instant closes = data.base().plus(PageFixtures.FUTURE).plus(3, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS);
        long days = ChronoUnit.DAYS.between(TestClock.now().atZone(Brussels.ZONE).toLocalDate(),
                closes.atZone(Brussels.ZONE).toLocalDate());
        assertThat(text).contains("Voucher", "Run by", "up to " + jdkEuros("3000.00", Locale.UK).replaceAll("\\s+", " "),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(Locale.UK)
                        .withZone(Brussels.ZONE).format(closes).replaceAll("\\s+", " "),
                "(Brussels time)", "closes in " + days + " days", "France, Germany", "Aerospace and defence",
                "Budget left", jdkEuros("9000.00", Locale.UK) + " of " + jdkEuros("9000.00", Locale.UK));
        assertThat(space.findElement(By.cssSelector("time")).getAttribute("datetime")).isEqualTo(Brussels.format(closes));
    }

    @Test
    void filtersNarrowTheListAndTheAddressCarriesThem() {
        visit("/open-calls");
        new Select(browser().find("#sector")).selectByValue("AEROSPACE_DEFENCE");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("sector=AEROSPACE_DEFENCE");
        browser().assertAccessible("/open-calls?sector=AEROSPACE_DEFENCE");
        assertThat(cardTitles()).contains(data.spaceTitle()).doesNotContain(data.hydrogenTitle());
        for (WebElement sectors : browser().all(".open-call-card dl div:nth-child(4) dd")) {
            assertThat(sectors.getText()).isIn("Aerospace and defence", "any sector");
        }

        new Select(browser().find("#instrument")).selectByValue("TRAVEL_VOUCHER");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("sector=AEROSPACE_DEFENCE", "instrument=TRAVEL_VOUCHER");
        assertThat(cardTitles()).hasSize(PageFixtures.TRAVEL_VOUCHERS).allMatch(t -> t.startsWith("Trade-fair travel"));
        assertThat(new Select(browser().find("#instrument")).getFirstSelectedOption().getText()).isEqualTo("Travel voucher");

        // target markets: a region finds the calls targeting one of its countries; the open call's page names them
        visit("/open-calls");
        new Select(browser().find("#targetMarket")).selectByValue("ASIA_PACIFIC");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("targetMarket=ASIA_PACIFIC");
        assertThat(cardTitles()).contains(data.hydrogenTitle()).doesNotContain(data.spaceTitle());
        assertThat(new Select(browser().find("#targetMarket")).getFirstSelectedOption().getText()).isEqualTo("Asia-Pacific");
        browser().assertAccessible("/open-calls?targetMarket=ASIA_PACIFIC");
        visit("/open-calls/" + data.hydrogen());
        assertThat(browser().find("#target-markets dd").getText()).isEqualTo("North America, Japan");
        visit("/open-calls/" + data.space());
        assertThat(browser().all("#target-markets")).isEmpty();

        visit("/open-calls?country=IT");
        assertThat(cardTitles()).doesNotContain(data.spaceTitle()).contains(data.hydrogenTitle());
        LocalDate fiveDaysOn = TestClock.now().plus(5, ChronoUnit.DAYS).atZone(Brussels.ZONE).toLocalDate();
        visit("/open-calls");
        browser().script("document.getElementById('closingBefore').value = '" + fiveDaysOn + "';");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("closingBefore=" + fiveDaysOn);
        assertThat(cardTitles()).containsExactly(data.spaceTitle());
        browser().screenshot("open-calls-filtered");

        visit("/open-calls?sector=QUANTUM&page=x");
        assertThat(browser().find(".notice[role=alert]").getText()).contains("could not be read");
        assertThat(cardTitles()).hasSize(10);
    }

    @Test
    void aTextSearchAndTheTypeOfSupportFindTheirOpenCalls() {
        visit("/open-calls");
        browser().find("#text").sendKeys("satellite");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("text=satellite");
        browser().assertAccessible("/open-calls?text=satellite");
        assertThat(cardTitles()).containsExactly(data.spaceTitle());
        assertThat(browser().find("#text").getAttribute("value")).isEqualTo("satellite");

        visit("/open-calls?text=HYDROGEN+safety");
        assertThat(cardTitles()).containsExactly(data.hydrogenTitle());

        visit("/open-calls");
        new Select(browser().find("#typeOfSupport")).selectByValue("LUMP_SUM");
        browser().clickAndWait("form.filters button[type=submit]");
        assertThat(browser().path()).contains("typeOfSupport=LUMP_SUM");
        assertThat(cardTitles()).containsExactly(data.hydrogenTitle());
        assertThat(browser().find(".open-call-card .tag-support").getText()).startsWith("Lump sum");
        browser().screenshot("open-calls-search");

        visit("/open-calls?text=w1+w2+w3+w4+w5+w6+w7+w8+w9+w10+w11+w12+w13");
        assertThat(browser().find(".notice[role=alert]").getText()).contains("could not be read");
    }

    @Test
    void theListIsPaginatedAndEachPageKeepsTheFilters() {
        visit("/open-calls?country=FR");
        assertThat(browser().find(".pagination [aria-current=page]").getText()).isEqualTo("Page 1 of 2");
        List<String> first = cardTitles();
        browser().clickAndWait(".pagination a[rel=next]");
        assertThat(browser().path()).contains("country=FR", "page=2");
        browser().assertAccessible("/open-calls?country=FR&page=2");
        assertThat(browser().find(".pagination [aria-current=page]").getText()).isEqualTo("Page 2 of 2");
        assertThat(cardTitles()).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(new Select(browser().find("#country")).getFirstSelectedOption().getAttribute("value")).isEqualTo("FR");
        browser().clickAndWait(".pagination a[rel=prev]");
        assertThat(cardTitles()).isEqualTo(first);
    }

    @Test
    void anOpenCallsPageHasItsRulesChecklistAmountDeadlineAndApply() {
        visit("/open-calls");
        browser().clickAndWait(browser().driver().findElement(By.linkText(data.hydrogenTitle())));
        assertThat(browser().path()).isEqualTo("/open-calls/" + data.hydrogen());
        browser().assertAccessible("/open-calls/" + data.hydrogen());
        assertThat(browser().h1()).isEqualTo(data.hydrogenTitle());
        assertThat(rawText(".summary")).contains(jdkEuros("1100.00", Locale.UK), "Brussels time", "Evaluated and ranked");
        assertThat(browser().find("#h-rules + ul").getText()).contains("50% of the amount is paid when your application is awarded");
        List<String> checks = browser().all(".checklist li").stream().map(WebElement::getText).toList();
        assertThat(checks).anyMatch(c -> c.contains("is an SME") && c.contains("not_an_sme"))
                .anyMatch(c -> c.contains("Renewable energy") && c.contains("sector_not_eligible"))
                .anyMatch(c -> c.contains("may be established in any country"));
        browser().screenshot("open-call");

        assertThat(browser().find("a.button-primary[href='/open-calls/" + data.hydrogen() + "/apply']").getText())
                .isEqualTo("Apply");
        browser().clickAndWait(browser().driver().findElement(By.linkText("Apply")));
        assertThat(browser().path()).as("applying needs signing in (ApplyPagesTest: the form)").startsWith("/sign-in");
        browser().assertAccessible("apply, signed out");

        visit("/open-calls/" + data.exchange());
        assertThat(browser().all("table.amounts tbody tr")).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("France " + jdkEuros("1100.00", Locale.UK), "Italy " + jdkEuros("825.00", Locale.UK));
        browser().screenshot("open-call-clusterxchange");
    }

    @Test
    void theLanguageSwitchShowsAmountsAndDatesAsTheJdkFormatsThemForFrenchAndGerman() {
        visit("/open-calls/" + data.hydrogen());
        Instant closes = data.base().plus(PageFixtures.FUTURE).plus(10, ChronoUnit.DAYS);

        browser().clickAndWait(browser().driver().findElement(By.linkText("Français")));
        browser().assertAccessible("open call in French");
        assertThat(browser().htmlLang()).isEqualTo("fr");
        String french = jdkEuros("1100.00", Locale.FRENCH);
        assertThat(french).matches("1[\\s\\u00a0\\u202f]100,00[\\s\\u00a0\\u202f]€"); // the JDK's spaces: narrow no-break and no-break
        assertThat(rawText(".summary")).contains(french, "heure de Bruxelles", DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(Locale.FRENCH)
                .withZone(Brussels.ZONE).format(closes));
        browser().screenshot("open-call-fr");

        browser().open("/open-calls"); // the choice is remembered (cookie), no ?lang= needed
        assertThat(browser().h1()).isEqualTo("Appels ouverts pour les PME");

        browser().open("/open-calls/" + data.hydrogen());
        browser().clickAndWait(browser().driver().findElement(By.linkText("Deutsch")));
        assertThat(browser().htmlLang()).isEqualTo("de");
        assertThat(rawText(".summary")).contains(jdkEuros("1100.00", Locale.GERMAN), "Brüsseler Zeit");
        assertThat(jdkEuros("1100.00", Locale.GERMAN)).matches("1\\.100,00[\\s\\u00a0\\u202f]€");
        browser().assertAccessible("open call in German");
    }

    @Test
    void onAPhoneThePagesFitTheScreen() {
        browser().size(390, 844);
        try {
            for (String path : List.of("/", "/open-calls", "/open-calls/" + data.space())) {
                visit(path);
                Number scroll = (Number) browser().script("return document.documentElement.scrollWidth;");
                Number width = (Number) browser().script("return window.innerWidth;");
                assertThat(scroll.intValue()).as("no horizontal scrolling on " + path).isLessThanOrEqualTo(width.intValue());
            }
            browser().screenshot("open-call-mobile");
        } finally {
            browser().size(Browser.DESKTOP.width, Browser.DESKTOP.height);
        }
    }
}
