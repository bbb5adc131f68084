package io.grantflow.shared.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Deletes Idempotency-Keys older than the retention. Any node may run it at any time: it only deletes
 * rows that {@link Idempotency} already treats as unknown.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    IdempotencyConfig config;

    @Scheduled(identity = "idempotency-purge", every = "${grantflow.idempotency.purge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long purged = purgeExpired();
        if (purged > 0) {
            LOG.infof("Purged %d expired Idempotency-Keys", purged);
        }
    }

    /** Deletes the keys older than the retention (by the business clock); returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long purgeExpired() {
        return em.createNativeQuery("delete from grantflow.idempotency_key where created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(config.retention())))
                .executeUpdate();
    }
}
