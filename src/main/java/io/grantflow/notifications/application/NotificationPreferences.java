package io.grantflow.notifications.application;

import io.grantflow.notifications.api.NotificationPreferencesRequest;
import io.grantflow.notifications.api.NotificationPreferencesView;
import io.grantflow.notifications.domain.EmailChoice;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.web.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's choices of what reaches them by e-mail, and the language of their messages. */
@ApplicationScoped
public class NotificationPreferences {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPreferencesView of(String handle) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, email from grantflow.notification_preference where handle = ?1")
                .setParameter(1, handle).getResultList();
        Map<String, String> chosen = new HashMap<>();
        rows.forEach(r -> chosen.put((String) r[0], (String) r[1]));
        @SuppressWarnings("unchecked")
        List<String> language = em.createNativeQuery("select language from grantflow.notification_profile where handle = ?1")
                .setParameter(1, handle).getResultList();
        return new NotificationPreferencesView(language.isEmpty() ? null : language.get(0),
                Arrays.stream(NotificationKind.values()).map(k -> new NotificationPreferencesView.Choice(k.name(),
                        chosen.getOrDefault(k.name(), EmailChoice.NOW.name()))).toList());
    }

    /** Applies the change whole or not at all: every problem of the request is reported at once. */
    @Transactional
    public NotificationPreferencesView change(String handle, NotificationPreferencesRequest request) {
        List<Violation> problems = new ArrayList<>();
        String language = request.language() == null || request.language().isBlank() ? null : request.language().strip();
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(new Violation("language", "unsupported_language", "choose en, fr or de (or none)"));
        }
        List<NotificationPreferencesView.Choice> emails = request.emails() == null ? List.of() : request.emails();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            NotificationPreferencesView.Choice c = emails.get(i);
            if (c == null || c.kind() == null || NotificationKind.parse(c.kind()).isEmpty()) {
                problems.add(new Violation("emails[" + i + "].kind", "unknown_notification_kind",
                        "not a kind of notification: " + (c == null ? null : c.kind())));
            } else if (!seen.add(c.kind())) {
                problems.add(new Violation("emails[" + i + "].kind", "duplicate_notification_kind",
                        c.kind() + " is listed twice"));
            }
            if (c == null || c.email() == null || Arrays.stream(EmailChoice.values()).noneMatch(e -> e.name().equals(c.email()))) {
                problems.add(new Violation("emails[" + i + "].email", "unknown_email_choice", "choose NOW, DIGEST or OFF"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.ruleBroken("invalid_preferences", "the preferences cannot be saved", problems);
        }
        var now = clock.instant();
        if (language == null) {
            em.createNativeQuery("delete from grantflow.notification_profile where handle = ?1").setParameter(1, handle)
                    .executeUpdate();
        } else {
            em.createNativeQuery("insert into grantflow.notification_profile (handle, language, updated_at) values (?1, ?2, ?3) "
                            + "on conflict (handle) do update set language = excluded.language, updated_at = excluded.updated_at")
                    .setParameter(1, handle).setParameter(2, language).setParameter(3, now).executeUpdate();
        }
        for (NotificationPreferencesView.Choice c : emails) {
            em.createNativeQuery("insert into grantflow.notification_preference (handle, kind, email, updated_at) "
                            + "values (?1, ?2, ?3, ?4) on conflict (handle, kind) do update set email = excluded.email, "
                            + "updated_at = excluded.updated_at")
                    .setParameter(1, handle).setParameter(2, c.kind()).setParameter(3, c.email()).setParameter(4, now)
                    .executeUpdate();
        }
        return of(handle);
    }

    /** The language a person reads messages in: the one chosen here, else the user record's, else English. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Locale languageOf(String handle) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select coalesce(p.language, u.language) from grantflow.app_user u "
                        + "full join grantflow.notification_profile p on p.handle = u.handle where coalesce(u.handle, p.handle) = ?1")
                .setParameter(1, handle).getResultList();
        return found.isEmpty() ? Languages.DEFAULT : NotificationTexts.language(found.get(0));
    }
}
