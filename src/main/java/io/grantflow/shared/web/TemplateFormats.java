package io.grantflow.shared.web;

import io.grantflow.shared.money.Money;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * {@link Formats} for templates, in the page's language (the template instance's {@code locale}):
 * {@code {call.budget.money}}, {@code {call.closesAt.brusselsDateTime}}, {@code {call.closesAt.brusselsDate}},
 * {@code {call.closesAt.iso}} (for {@code <time datetime>}), {@code {code.countryName}}, {@code {rate.percent}}.
 */
final class TemplateFormats {

    private TemplateFormats() {
    }

    /** A text as one query-parameter value: {@code {site.path.urlEncoded}}. */
    @TemplateExtension(matchName = "urlEncoded")
    static String urlEncoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @TemplateExtension(matchName = "money")
    static String moneyIn(Money amount, @TemplateAttribute("locale") Object locale) {
        return Formats.money(amount, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "brusselsDateTime")
    static String brusselsDateTimeIn(Instant instant, @TemplateAttribute("locale") Object locale) {
        return Formats.brusselsDateTime(instant, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "brusselsDate")
    static String brusselsDateIn(Instant instant, @TemplateAttribute("locale") Object locale) {
        return Formats.brusselsDate(instant, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "iso")
    static String isoIn(Instant instant) {
        return Formats.isoBrussels(instant);
    }

    @TemplateExtension(matchName = "countryName")
    static String countryNameIn(String code, @TemplateAttribute("locale") Object locale) {
        return Formats.countryName(code, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "percent")
    static String percentIn(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return Formats.percent(value, Formats.locale(locale));
    }

    /** {@code {deadline.countdown(site.now)}}: how far the deadline is, in Brussels calendar days. */
    @TemplateExtension(matchName = "countdown")
    static Countdown countdownIn(Instant deadline, Instant now) {
        return Countdown.until(deadline, now);
    }

    @TemplateExtension(matchName = "number")
    static String numberIn(BigDecimal value, @TemplateAttribute("locale") Object locale) {
        return Formats.number(value, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "countryNames")
    static String countryNamesIn(java.util.List<String> codes, @TemplateAttribute("locale") Object locale) {
        return Formats.countryNames(codes, Formats.locale(locale));
    }
}
