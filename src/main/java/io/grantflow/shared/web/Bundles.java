package io.grantflow.shared.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;

/** A feature's message bundle in a page's language, for texts a page controller writes in Java. */
public final class Bundles {

    private Bundles() {
    }

    /** {@code bundle} in {@code locale}'s language; English (the bundles' default) for null or English. */
    public static <T> T in(Class<T> bundle, Locale locale) {
        if (locale == null || locale.getLanguage().equals("en")) {
            return MessageBundles.get(bundle);
        }
        return MessageBundles.get(bundle, Localized.Literal.of(locale.getLanguage()));
    }
}
