package io.grantflow.notifications.application;

import io.grantflow.notifications.api.NotificationView;
import io.grantflow.notifications.domain.Notification;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.security.UserNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Writes notifications in the caller's transaction (so they exist exactly when the event does) and lists a user's own. */
@ApplicationScoped
public class Notifications {

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void toUser(String user, String kind, String subject, String body, String reference) {
        new Notification(UserNames.normaliseOrKeep(user), kind, subject, body, reference, clock.instant()).persist();
    }

    /** To every member of the organisations (each user once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void toMembers(Collection<Long> organisations, String kind, String subject, String body, String reference) {
        Set<String> users = new LinkedHashSet<>();
        organisations.forEach(o -> users.addAll(OrganisationMember.usersOf(o)));
        users.forEach(u -> toUser(u, kind, subject, body, reference));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<NotificationView> of(String user, PageRequest page) {
        var query = Notification.<Notification>find("recipient = ?1 order by id desc", user);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream()
                .map(n -> new NotificationView(n.id, n.kind, n.subject, n.body, n.reference, n.createdAt)).toList(),
                page, total);
    }
}
