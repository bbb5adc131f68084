package io.grantflow.cascade.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The open calls the public listing searches: {@code open_call_listing} (migration V21), a narrow copy of each open
 * call closing after a cutoff, kept by a trigger on {@code open_call}, with its own deadline and search indexes. The
 * {@linkplain #sweep sweep} raises the cutoff to a day before now and deletes the open calls closed by then, so the
 * listing's search reads the open calls still to close and not every open call ever made.
 * <p>
 * A listing closing after the cutoff reads {@code open_call_listing}; one reaching back before it reads
 * {@code open_call}. Both tables have the listing's columns under the same names, so one filter serves both, and
 * the choice is made by the statement itself ({@link #eitherTable}): the cutoff is read in the statement's snapshot,
 * so a sweep committing while a search runs cannot hide an open call from it.
 */
@ApplicationScoped
public class ListedOpenCalls {

    private static final Logger LOG = Logger.getLogger(ListedOpenCalls.class);

    /** How long before now the sweep sets the cutoff: listings a little into the past still read the narrow table. */
    static final Duration KEPT_AFTER_CLOSING = Duration.ofDays(1);

    private static final String CUTOFF = "(select cutoff from grantflow.open_call_listing_cutoff)";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * {@code select} (a select list, perhaps opened by a parenthesis that {@code filter} closes) over the open calls
     * passing {@code filter} (a condition on the listing's columns, with {@code :after} the closing date the
     * listing starts from, possibly followed by an order and a limit): from {@code open_call_listing} when
     * {@code :after} is not before the cutoff, otherwise from {@code open_call}. Of the two branches one has a
     * false one-time filter and is never executed.
     */
    static String eitherTable(String select, String filter) {
        return select + " from grantflow.open_call_listing where " + CUTOFF + " <= :after and " + filter
                + " union all "
                + select + " from grantflow.open_call where " + CUTOFF + " > :after and " + filter;
    }

    /** How many open calls pass {@code filter} ({@link #eitherTable}). */
    static String countInEitherTable(String filter) {
        return "select (select count(*) from grantflow.open_call_listing where " + CUTOFF + " <= :after and "
                + filter + ") + (select count(*) from grantflow.open_call where " + CUTOFF + " > :after and "
                + filter + ")";
    }

    @Scheduled(identity = "open-call-listing-sweep", every = "${grantflow.open-calls.listing-sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        long swept = sweep();
        if (swept > 0) {
            LOG.infof("Swept %d closed open calls from the public listing", swept);
        }
    }

    /**
     * Raises the cutoff to a day ({@link #KEPT_AFTER_CLOSING}) before the business clock's now (never lowers it) and
     * deletes the listed open calls closing at or before it; returns how many. Any node may run it at any time:
     * the cutoff's row lock orders two sweeps, and an open call written meanwhile is listed or not by the trigger
     * against the cutoff it sees (a row left closing before the new cutoff is filtered by its deadline and removed
     * by the next sweep).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long sweep() {
        em.createNativeQuery("update grantflow.open_call_listing_cutoff set cutoff = greatest(cutoff, ?1)")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEPT_AFTER_CLOSING)))
                .executeUpdate();
        return em.createNativeQuery("delete from grantflow.open_call_listing where closes_at <= " + CUTOFF)
                .executeUpdate();
    }
}
