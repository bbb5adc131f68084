package io.grantflow.notifications.application;

import io.grantflow.notifications.domain.EmailChoice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who a notification reaches by e-mail: the address and language of the person's user record (from the
 * identity provider's {@code email} and {@code locale} claims; the demo users have demo addresses), the
 * language the person chose for messages, which wins, and the person's choice per kind.
 */
@ApplicationScoped
public class MailRecipients {

    /** A person as mail reaches them; {@code email} null when none is known. */
    public record Contact(String handle, String email, Locale language, Map<String, EmailChoice> choices) {

        public EmailChoice choiceFor(String kind) {
            return choices.getOrDefault(kind, EmailChoice.NOW);
        }
    }

    @Inject
    EntityManager em;

    /** The people by handle; one without a user record has no address and writes English. */
    public Map<String, Contact> of(Collection<String> handles) {
        Map<String, Contact> found = new HashMap<>();
        if (handles.isEmpty()) {
            return found;
        }
        List<String> list = List.copyOf(handles);
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("select h.handle, u.email, coalesce(p.language, u.language) "
                        + "from unnest(cast(?1 as varchar[])) as h(handle) "
                        + "left join grantflow.app_user u on u.handle = h.handle "
                        + "left join grantflow.notification_profile p on p.handle = h.handle")
                .setParameter(1, list.toArray(String[]::new)).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> choices = em.createNativeQuery("select handle, kind, email from grantflow.notification_preference "
                        + "where handle = any(cast(?1 as varchar[]))")
                .setParameter(1, list.toArray(String[]::new)).getResultList();
        Map<String, Map<String, EmailChoice>> byHandle = new HashMap<>();
        for (Object[] c : choices) {
            byHandle.computeIfAbsent((String) c[0], h -> new HashMap<>()).put((String) c[1], EmailChoice.valueOf((String) c[2]));
        }
        for (Object[] p : people) {
            String handle = (String) p[0];
            found.put(handle, new Contact(handle, (String) p[1], NotificationTexts.language((String) p[2]),
                    byHandle.getOrDefault(handle, Map.of())));
        }
        return found;
    }
}
