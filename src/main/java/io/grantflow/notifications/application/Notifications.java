package io.grantflow.notifications.application;

import io.grantflow.notifications.api.NotificationView;
import io.grantflow.notifications.domain.Notification;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.notifications.domain.NotificationPublished;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.security.UserNames;
import io.grantflow.shared.web.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes notifications in the caller's transaction, so that they exist exactly when the event does (the
 * transactional outbox that {@link MailOutbox} drains), tells the event's observers (webhooks) in the same
 * transaction, and lists a person's own.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    NotificationTexts texts;

    @Inject
    Event<NotificationPublished> published;

    /** To one person about an event that concerns the organisations (may be none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toUser(String user, NotificationKind kind, NotificationParams params, String reference,
                       Collection<Long> organisations) {
        publish(List.of(UserNames.normaliseOrKeep(user)), kind, params, reference, organisations);
    }

    /** To every member of the organisations (each person once); the event concerns those organisations. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toMembers(Collection<Long> organisations, NotificationKind kind, NotificationParams params, String reference) {
        Set<String> users = new LinkedHashSet<>();
        organisations.forEach(o -> users.addAll(OrganisationMember.usersOf(o)));
        publish(List.copyOf(users), kind, params, reference, organisations);
    }

    /** To the people, each once (webhooks hear of the event even when nobody is to be told in person). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toUsers(Collection<String> users, NotificationKind kind, NotificationParams params, String reference,
                        Collection<Long> organisations) {
        Set<String> unique = new LinkedHashSet<>();
        users.forEach(u -> unique.add(UserNames.normaliseOrKeep(u)));
        publish(List.copyOf(unique), kind, params, reference, organisations);
    }

    /**
     * To one person at most once for {@code onceKey} (a reminder a scanner may find again, on any node):
     * true when it was written now, false when it had been before. Such reminders are mailed and shown, not sent to
     * webhooks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean once(String user, NotificationKind kind, NotificationParams params, String reference, String onceKey,
                        Collection<Long> organisations) {
        String recipient = UserNames.normaliseOrKeep(user);
        NotificationTexts.Text english = texts.render(kind.name(), params.stored(), Languages.ENGLISH);
        Instant now = clock.instant();
        int written = em.createNativeQuery("insert into grantflow.notification (recipient, kind, subject, body, reference, "
                        + "params, dedup_key, created_at) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8) "
                        + "on conflict (dedup_key) where dedup_key is not null do nothing")
                .setParameter(1, recipient).setParameter(2, kind.name()).setParameter(3, cut(english.subject(), 300))
                .setParameter(4, english.body()).setParameter(5, reference)
                .setParameter(6, ParamsJson.write(params.stored())).setParameter(7, onceKey).setParameter(8, now)
                .executeUpdate();
        // a reminder a scanner finds for each person is not an event of an organisation: no webhook (one per person
        // would reach an integrator as many events with different ids)
        return written == 1;
    }

    private void publish(List<String> recipients, NotificationKind kind, NotificationParams params, String reference,
                         Collection<Long> organisations) {
        Instant now = clock.instant();
        NotificationTexts.Text english = texts.render(kind.name(), params.stored(), Languages.ENGLISH);
        for (String recipient : recipients) {
            new Notification(recipient, kind, cut(english.subject(), 300), english.body(), reference, params, now).persist();
        }
        published.fire(new NotificationPublished(kind, reference, params.stored(), recipients,
                new ArrayList<>(organisations), now));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> of(String user, PageRequest page) {
        var query = Notification.<Notification>find("recipient = ?1 order by id desc", user);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream()
                .map(n -> new NotificationView(n.id, n.kind, n.subject, n.body, n.reference, n.createdAt,
                        n.mailState.name(), n.sentAt, n.params)).toList(),
                page, total);
    }
}
