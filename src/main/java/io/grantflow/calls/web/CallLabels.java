package io.grantflow.calls.web;

import io.grantflow.calls.domain.ValueChain;
import io.grantflow.shared.web.Formats;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Arrays;
import java.util.Locale;

/**
 * Labels of the tags that views carry as names (a call's or an open call's sectors are strings such as
 * {@code HYDROGEN}), in the page's language: {@code {sector.valueChainLabel}}. An unknown name is shown as it is.
 */
public final class CallLabels {

    private CallLabels() {
    }

    @TemplateExtension(matchName = "valueChainLabel")
    static String valueChainLabelIn(String name, @TemplateAttribute("locale") Object locale) {
        return valueChainLabel(name, Formats.locale(locale));
    }

    @TemplateExtension(matchName = "valueChainLabels")
    static String valueChainLabelsIn(java.util.List<String> names, @TemplateAttribute("locale") Object locale) {
        Locale l = Formats.locale(locale);
        return names.stream().map(n -> valueChainLabel(n, l)).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The value chain's label in the locale, or the name itself when it is no value chain. */
    public static String valueChainLabel(String name, Locale locale) {
        return Arrays.stream(ValueChain.values()).filter(v -> v.name().equals(name)).findFirst()
                .map(v -> messages(locale).valueChain(v)).orElse(name);
    }

    static CallMessages messages(Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return MessageBundles.get(CallMessages.class);
        }
        return MessageBundles.get(CallMessages.class, Localized.Literal.of(locale.getLanguage()));
    }
}
