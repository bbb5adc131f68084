package io.grantflow.demo;

import io.grantflow.calls.application.CallService;
import io.grantflow.calls.api.ProgrammeDefinition;
import io.grantflow.evaluation.application.ExpertPool;
import io.grantflow.evaluation.api.ExpertRequest;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.shared.db.DemoMode;
import io.grantflow.shared.db.EmbeddedDatabase;
import io.grantflow.shared.security.DemoUsers;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import org.jboss.logging.Logger;

import io.grantflow.shared.time.BusinessClock;
import io.grantflow.shared.time.Brussels;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo mode only: loads the demo once (a row in {@code demo_seed} records it), in the background after
 * the service started ({@link DemoLoading}). First the history
 * ({@link DemoHistory}): the organisations, experts and earlier rounds are replayed through the
 * application services with the business clock and the engine's clock moved through past days;
 * then, at real time, the calls of {@link DemoCalls} with deadlines shifted relative to the day of
 * loading so that some are open, some forthcoming and some closed. Never runs with a configured
 * database or in tests.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    DemoMode demoMode;

    @Inject
    CallService calls;

    @Inject
    OrganisationService organisations;

    @Inject
    ExpertPool evaluation;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessClock businessClock;

    @Inject
    DemoHistory history;

    @Inject
    HistoryWorkflow engine;

    @Inject
    DemoLoading loading;

    @Inject
    io.grantflow.users.application.UserRecords userRecords;

    /**
     * Before workflow.JobExecutorStart (LIBRARY_AFTER + 1000), which must see whether a load begins; and
     * before the socket opens (Quarkus opens it once every StartupEvent observer has run), so the first
     * request already meets {@link DemoLoadingGate}.
     */
    static final int ON_START = jakarta.interceptor.Interceptor.Priority.APPLICATION + 500;

    /** How long a stopping service waits for the load to roll back before it closes the database. */
    private static final long STOP_WAIT_MILLIS = 30_000;

    private volatile Thread loader;

    /**
     * Decides at start-up whether the demo is to be loaded, and if so loads it in the background: the
     * service listens meanwhile and answers 503 {@code demo_loading} with the progress
     * ({@link DemoLoadingGate}), so the load adds nothing to the start (figures in docs/operations.md).
     */
    void onStart(@Observes @Priority(ON_START) StartupEvent event) {
        if (!demoMode.active()) {
            return;
        }
        LOG.warn("DEMO MODE: no database is configured (QUARKUS_DATASOURCE_JDBC_URL is unset), so Grantflow runs on "
                + "an embedded PostgreSQL kept in " + EmbeddedDatabase.dataDirectory().orElse("?") + " (GRANTFLOW_DATA_DIR), "
                + "with demo data and the demo users "
                + DemoUsers.names() + " (password = user name) enabled over HTTP Basic. Never use demo mode in "
                + "production: set QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD.");
        // the demo users have user records (with their demo addresses) before anyone signs in, so that mail reaches them
        DemoUsers.names().forEach(name -> userRecords.resolve(io.grantflow.users.domain.UserClaims.demo(name),
                DemoUsers.role(name).stream().toList()));
        boolean loadedBefore = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from grantflow.demo_seed").getSingleResult()).longValue() > 0);
        if (loadedBefore) {
            LOG.info("Demo data was loaded before; not loading it again");
            loading.loaded();
            return;
        }
        loading.started();
        loader = new Thread(this::loadInBackground, "demo-loader");
        loader.setDaemon(true); // a service stopped during the load exits; the load rolls back and runs at the next start
        loader.start();
        LOG.info("Loading the demo data in the background; until it is loaded, the API answers 503 demo_loading with "
                + "the progress and /q/health/ready is down");
    }

    /** A stop during the load ends it at its next step; the rollback finishes before the database goes. */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        loading.stop();
        Thread running = loader;
        if (running != null && running.isAlive()) {
            LOG.info("Stopping during the demo load: it ends at its next step and rolls back; the next start loads it again");
            running.join(STOP_WAIT_MILLIS);
        }
    }

    private void loadInBackground() {
        long started = System.nanoTime();
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            // one transaction: the job executor sees only committed jobs, so it never races the replay,
            // and a load that fails leaves nothing (no demo_seed row): the next start tries again
            String summary = QuarkusTransaction.requiringNew().timeout(600).call(this::load);
            loading.loaded();
            LOG.infof("Demo data loaded in %d ms in the background (%d steps): %s",
                    (System.nanoTime() - started) / 1_000_000, loading.steps(), summary);
        } catch (Throwable e) { // an Error too: the stage must never stay LOADING
            String where = "at \"" + loading.chapter() + "\"";
            loading.failed(where + "; the service's log says why");
            if (loading.stopping()) {
                LOG.infof("The demo load was stopped %s; nothing of it was kept, the next start loads it again", where);
                return;
            }
            LOG.errorf(e, "The demo data could not be loaded (%s); nothing of it was kept, the next start tries again",
                    where);
        } finally {
            try {
                requestContext.terminate();
            } finally {
                if (!loading.stopping()) { // never start the job executor of an engine that is closing
                    engine.resumeJobs();
                }
            }
        }
    }

    private String load() {
        int inserted = em.createNativeQuery("insert into grantflow.demo_seed (id, seeded_at) values (1, now()) "
                + "on conflict (id) do nothing").executeUpdate();
        if (inserted == 0) {
            return "loaded by another start meanwhile";
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(io.grantflow.shared.time.Brussels.ZONE));
        DemoCalls demo = new DemoCalls(today);
        DemoHistory.Story story;
        try (BusinessClock.HistoryReplay replay = businessClock.replayHistory().orElseThrow(
                () -> new IllegalStateException("the demo's history replay was taken before the demo loader ran"))) {
            try {
                replay.moveTo(Brussels.at(today.minusDays(DemoHistory.DAYS), 8, 0)); // the history's first day
                loading.chapter("programmes, organisations and experts");
                for (DemoCalls.DemoProgramme p : DemoCalls.PROGRAMMES) {
                    calls.seedProgramme(new ProgrammeDefinition(p.code(), p.name(), p.budget()), p.illustrative());
                }
                List<Long> org = new ArrayList<>();
                DemoOrganisations.ALL.forEach(o -> org.add(organisations.seed(o.definition(), o.members()).id));
                DemoRounds.ORGANISATIONS.forEach(o -> org.add(organisations.seed(o.definition(), o.members()).id));
                DemoRounds.Ids ids = new DemoRounds.Ids(org.get(0), org.get(1), org.get(2), org.get(3), org.get(4),
                        org.get(5), org.get(6), org.get(7), org.get(8), org.get(9), org.get(10), org.get(11));
                List<Long> experts = new ArrayList<>();
                String[][] demoExperts = {{"evaluator1", "FR", "RENEWABLE_ENERGY"},
                        {"evaluator2", "PL", "MOBILITY_TRANSPORT_AUTOMOTIVE"},
                        {"evaluator3", "PT", "AGRI_FOOD"}, {"evaluator4", "FI", "DIGITAL"}};
                for (String[] e : demoExperts) {
                    experts.add(evaluation.register(new ExpertRequest(e[0], "Demo expert " + e[0], e[1], null,
                            List.of(e[2]))).id());
                }
                story = history.replay(replay, today, ids, experts);
                history.advanceTo(Instant.now()); // what fell due between the last step and now
            } finally {
                engine.realTime();
            }
        }
        long history = System.nanoTime() - started;
        // the calls of today, at real time
        loading.chapter("the calls of today");
        demo.calls().forEach(c -> calls.seedPublished(c.definition(), c.illustrative()));
        List<Long> experts = evaluation.experts(io.grantflow.shared.api.PageRequest.first(io.grantflow.shared.api.PageRequest.MAX_SIZE)).items().stream().map(e -> e.id()).toList();
        demo.calls().forEach(c -> evaluation.setPool(c.definition().identifier(), experts));
        return String.format("history replayed in %d ms; %d programmes, %d calls of today and %d earlier rounds, "
                        + "%d organisations, %d grants, %s; %d engine jobs run during the replay",
                history / 1_000_000, DemoCalls.PROGRAMMES.size(), demo.calls().size(), 2,
                DemoOrganisations.ALL.size() + DemoRounds.ORGANISATIONS.size(), story.grants().size(), story.counts(),
                story.counts().getOrDefault("engineJobs", 0));
    }
}
