package io.grantflow.cascade.web;

import io.grantflow.shared.web.Formats;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Calendar dates (a ClusterXchange stay's days, already Europe/Brussels dates) in the page's language: {@code {day.longDate}}. */
final class MyApplicationFormats {

    private MyApplicationFormats() {
    }

    @TemplateExtension(matchName = "longDate")
    static String longDateIn(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Formats.locale(locale))
                .format(day);
    }
}
