package io.grantflow.demo;

import io.grantflow.calls.application.CallService;
import io.grantflow.calls.application.ProgrammeDefinition;
import io.grantflow.evaluation.application.EvaluationService;
import io.grantflow.evaluation.application.ExpertRequest;
import io.grantflow.organisations.application.OrganisationService;
import io.grantflow.shared.db.DemoMode;
import io.grantflow.shared.db.EmbeddedDatabase;
import io.grantflow.shared.security.DemoUsers;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo mode only: loads the programmes, calls and organisations of {@link DemoCalls} and {@link DemoOrganisations} once (a row in
 * {@code demo_seed} records it), with deadlines shifted relative to the day of seeding so that
 * some calls are open, some forthcoming and some closed. Never runs with a configured database
 * or in tests.
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
    EvaluationService evaluation;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!demoMode.active()) {
            return;
        }
        LOG.warn("DEMO MODE: no database is configured (QUARKUS_DATASOURCE_JDBC_URL is unset), so Grantflow runs on "
                + "an embedded PostgreSQL kept in " + EmbeddedDatabase.dataDirectory().orElse("?") + " (GRANTFLOW_DATA_DIR), "
                + "with demo data and the demo users "
                + DemoUsers.names() + " (password = user name) enabled over HTTP Basic. Never use demo mode in "
                + "production: set QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD.");
        int inserted = em.createNativeQuery("insert into grantflow.demo_seed (id, seeded_at) values (1, now()) "
                + "on conflict (id) do nothing").executeUpdate();
        if (inserted == 0) {
            LOG.info("Demo data was loaded before; not loading it again");
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(io.grantflow.shared.time.Brussels.ZONE));
        DemoCalls demo = new DemoCalls(today);
        for (DemoCalls.DemoProgramme p : DemoCalls.PROGRAMMES) {
            calls.seedProgramme(new ProgrammeDefinition(p.code(), p.name(), p.budget()), p.illustrative());
        }
        demo.calls().forEach(c -> calls.seedPublished(c.definition(), c.illustrative()));
        DemoOrganisations.ALL.forEach(o -> organisations.seed(o.definition(), o.members()));
        List<Long> experts = new java.util.ArrayList<>();
        String[][] demoExperts = {{"evaluator1", "FR", "HYDROGEN"}, {"evaluator2", "PL", "BATTERIES"},
                {"evaluator3", "PT", "AGRO_FOOD"}, {"evaluator4", "FI", "CYBERSECURITY"}};
        for (String[] e : demoExperts) {
            experts.add(evaluation.register(new ExpertRequest(e[0], "Demo expert " + e[0], e[1], null,
                    List.of(e[2]))).id());
        }
        demo.calls().forEach(c -> evaluation.setPool(c.definition().identifier(), experts));
        LOG.infof("Demo data loaded: %d programmes, %d calls, %d organisations", DemoCalls.PROGRAMMES.size(),
                demo.calls().size(), DemoOrganisations.ALL.size());
    }
}
