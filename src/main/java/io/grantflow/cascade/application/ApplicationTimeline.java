package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;

/** The steps of an application's timeline: what happened, when and by whom. */
@ApplicationScoped
public class ApplicationTimeline {

    @Inject
    Clock clock;

    public void record(Application a, String step, String detail, String actor) {
        new ApplicationEvent(a.id, step, detail, actor, clock.instant()).persist();
    }

    /** The last person who acted on the application (not the engine). */
    public Optional<String> lastActor(Application a) {
        return ApplicationEvent.<ApplicationEvent>find("applicationId = ?1 and actor is not null order by id desc", a.id)
                .firstResultOptional().map(e -> e.actor);
    }

    /** Who took the last {@code step}. */
    public Optional<String> actorOf(Application a, String step) {
        return ApplicationEvent.<ApplicationEvent>find("applicationId = ?1 and step = ?2 order by id desc", a.id, step)
                .firstResultOptional().map(e -> e.actor);
    }
}
