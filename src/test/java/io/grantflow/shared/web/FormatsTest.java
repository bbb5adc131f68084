package io.grantflow.shared.web;

import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' formatting and language rules, without the application. */
class FormatsTest {

    private static final Money AMOUNT = Money.eur("1100.00");

    @Test
    void amountsAreFormattedForTheLanguageWithTheJdksSpaces() {
        assertThat(Formats.money(AMOUNT, Locale.FRENCH)).isEqualTo("1\u202f100,00\u00a0€");
        assertThat(Formats.money(AMOUNT, Locale.GERMAN)).isEqualTo("1.100,00\u00a0€");
        assertThat(Formats.money(AMOUNT, Languages.ENGLISH)).isEqualTo("€1,100.00");
        assertThat(Formats.money(Money.eur("0.50"), Locale.FRENCH)).isEqualTo("0,50\u00a0€");
        assertThat(Formats.money(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void instantsAreShownInBrusselsTimeSummerAndWinter() {
        Instant winter = Instant.parse("2027-03-04T16:00:00Z"); // 17:00 in Brussels (UTC+1)
        Instant summer = Instant.parse("2027-07-01T15:00:00Z"); // 17:00 in Brussels (UTC+2)
        assertThat(Formats.brusselsDateTime(winter, Languages.ENGLISH)).isEqualTo("4 March 2027, 17:00");
        assertThat(Formats.brusselsDateTime(summer, Locale.FRENCH)).isEqualTo("1 juillet 2027 17:00");
        assertThat(Formats.brusselsDateTime(winter, Locale.GERMAN)).isEqualTo("4. März 2027, 17:00");
        assertThat(Formats.brusselsDate(summer, Locale.GERMAN)).isEqualTo("1. Juli 2027");
        assertThat(Formats.isoBrussels(summer)).isEqualTo("2027-07-01T17:00:00+02:00");
    }

    @Test
    void countriesAreNamedAndOrderedInTheLanguage() {
        assertThat(Formats.countryName("DE", Locale.FRENCH)).isEqualTo("Allemagne");
        assertThat(Formats.countryNames(List.of("DE", "AT", "BE"), Locale.FRENCH)).isEqualTo("Allemagne, Autriche, Belgique");
        assertThat(Formats.countryNames(List.of("DE", "AT", "BE"), Locale.GERMAN)).isEqualTo("Belgien, Deutschland, Österreich");
    }

    @Test
    void percentagesAndNumbersFollowTheLanguage() {
        assertThat(Formats.percent(new java.math.BigDecimal("50.00"), Locale.FRENCH)).isEqualTo("50\u00a0%");
        assertThat(Formats.percent(new java.math.BigDecimal("50.00"), Languages.ENGLISH)).isEqualTo("50%");
        assertThat(Formats.number(new java.math.BigDecimal("4.50"), Locale.GERMAN)).isEqualTo("4,5");
    }

    @Test
    void countdownsCountCalendarDaysInBrussels() {
        Instant now = Instant.parse("2027-03-01T22:30:00Z"); // 23:30 on 1 March in Brussels
        assertThat(Countdown.until(Instant.parse("2027-03-04T16:00:00Z"), now)).isEqualTo(new Countdown(false, 3, 65));
        assertThat(Countdown.until(Instant.parse("2027-03-01T22:45:00Z"), now)).isEqualTo(new Countdown(false, 0, 0));
        assertThat(Countdown.until(Instant.parse("2027-03-01T23:30:00Z"), now).days()).isEqualTo(1); // 00:30 the next day
        assertThat(Countdown.until(now, now).closed()).isTrue();
    }

    @Test
    void theLanguageIsTheChoiceThenTheCookieThenTheBrowsersThenEnglish() {
        assertThat(Languages.resolve("fr", "de", "de-DE")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.resolve(null, "de", "fr")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.resolve("xx", "yy", "nl-BE,nl;q=0.9,fr;q=0.8,en;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.resolve(null, null, "en-US,de;q=0.5")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve(null, null, "de;q=0.2,fr;q=0.9")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.resolve(null, null, "nl")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve(null, null, ";;;garbage==")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve(null, null, null)).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void pageLinksKeepTheFiltersAndLeaveBlankOnesOut() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("country", "FR");
        query.put("sector", "");
        query.put("text", "café & co");
        Paging middle = Paging.of(Page.of(List.of(), new PageRequest(2, 10), 35), "/open-calls", query);
        assertThat(middle.previous()).isEqualTo("/open-calls?country=FR&text=caf%C3%A9+%26+co&page=1");
        assertThat(middle.next()).isEqualTo("/open-calls?country=FR&text=caf%C3%A9+%26+co&page=3");
        assertThat(middle.pages()).isEqualTo(4);
        Paging only = Paging.of(Page.of(List.of(), new PageRequest(1, 10), 0), "/calls", Map.of());
        assertThat(only.previous()).isNull();
        assertThat(only.next()).isNull();
        assertThat(only.pages()).isEqualTo(1);
    }

    @Test
    void pagesAreEverythingOutsideTheApiAndQuarkusPaths() {
        assertThat(PagePaths.isPage("/")).isTrue();
        assertThat(PagePaths.isPage("/open-calls/3")).isTrue();
        assertThat(PagePaths.isPage("/apiary")).isTrue();
        assertThat(PagePaths.isPage("/api/open-calls")).isFalse();
        assertThat(PagePaths.isPage("/api")).isFalse();
        assertThat(PagePaths.isPage("/q/health")).isFalse();
        assertThat(PagePaths.isPage("/api;x=1/me")).isFalse();
        assertThat(PagePaths.isPage("/q;a=b")).isFalse();
        assertThat(PagePaths.isPage("/api%3Bx=1/me")).isFalse();
        assertThat(PagePaths.isPage("/apiary;x=1")).isTrue();
    }
}
