package io.grantflow.notifications.api;

import java.util.List;

/**
 * A change of what a person receives: the language of messages ({@code en}, {@code fr}, {@code de}, or null
 * to follow the identity provider's locale) and the kinds whose e-mail changes (kinds not listed keep theirs).
 */
public record NotificationPreferencesRequest(String language, List<NotificationPreferencesView.Choice> emails) {
}
