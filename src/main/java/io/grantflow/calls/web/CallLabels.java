package io.grantflow.calls.web;

import io.grantflow.shared.sector.Ecosystem;
import io.grantflow.shared.web.Formats;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.util.Arrays;
import java.util.Locale;

/**
 * Labels of the tags that views carry as names (a call's or an open call's sectors are strings such as
 * {@code TOURISM}), in the page's language: {@code {sector.sectorLabel}}. An unknown name is shown as it is.
 */
public final class CallLabels {

    private CallLabels() {
    }

    @TemplateExtension(matchName = "sectorLabel")
    static String sectorLabelIn(String name, @TemplateAttribute("locale") Object locale) {
        return sectorLabel(name, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "sectorLabels")
    static String sectorLabelsIn(java.util.List<String> names, @TemplateAttribute("locale") Object locale) {
        Locale l = Formats.locale(locale);
        return names.stream().map(n -> sectorLabel(n, l)).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The sector's (ecosystem's) label in the locale, or the name itself when it is no ecosystem. */
    public static String sectorLabel(String name, Locale locale) {
        return Arrays.stream(Ecosystem.values()).filter(v -> v.name().equals(name)).findFirst()
                .map(v -> messages(locale).sector(v)).orElse(name);
    }

    static CallMessages messages(Locale locale) {
        return io.grantflow.shared.web.Bundles.in(CallMessages.class, locale);
    }
}
