package io.grantflow.notifications.api;

import java.util.List;

/**
 * What a person receives by e-mail: the language of messages ({@code en}, {@code fr}, {@code de}; null: the
 * identity provider's locale, else English) and, for every kind of event, {@code NOW} (one mail each, the
 * default), {@code DIGEST} (one mail a day) or {@code OFF}. In-app notifications are always written.
 */
public record NotificationPreferencesView(String language, List<Choice> emails) {

    public record Choice(String kind, String email) {
    }
}
