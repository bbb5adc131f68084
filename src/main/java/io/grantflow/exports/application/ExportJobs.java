package io.grantflow.exports.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.grantflow.shared.problem.ApiException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Long exports in the background: a job row shows the rows written of the total (updated in its own
 * short transactions while the export streams into a file of this node's temporary directory).
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class);

    @Inject
    ExportService exports;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "export-job");
        t.setDaemon(true);
        return t;
    });

    public record JobView(Long id, String kind, String format, String status, Long totalRows, long doneRows,
                          int percent, String error, Instant createdAt, Instant finishedAt, String file) {
    }

    public JobView start(ExportKind kind, Tabular.Format format, Map<String, String> parameters, String user) {
        ExportService.Plan plan = exports.plan(kind, parameters); // 4xx for bad parameters, before anything runs
        Long id = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "insert into grantflow.export_job (kind, format, parameters, status, created_by, created_at) "
                                + "values (?1, ?2, cast(?3 as jsonb), 'RUNNING', ?4, ?5) returning id")
                .setParameter(1, kind.path).setParameter(2, format.name()).setParameter(3, json(parameters))
                .setParameter(4, user).setParameter(5, java.sql.Timestamp.from(clock.instant())).getSingleResult())
                .longValue());
        executor.submit(() -> run(id, plan, format));
        return get(id);
    }

    private void run(Long id, ExportService.Plan plan, Tabular.Format format) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "grantflow-exports"));
            Path file = dir.resolve("export-" + id + "." + format.extension);
            try (OutputStream out = Files.newOutputStream(file)) {
                QuarkusTransaction.requiringNew().run(() -> exports.run(plan, format, out,
                        total -> update(id, "update grantflow.export_job set total_rows = ?2 where id = ?1", total),
                        done -> update(id, "update grantflow.export_job set done_rows = ?2 where id = ?1", done)));
            }
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update grantflow.export_job set status = "
                            + "'DONE', file_path = ?2, finished_at = ?3 where id = ?1").setParameter(1, id)
                    .setParameter(2, file.toString()).setParameter(3, java.sql.Timestamp.from(clock.instant()))
                    .executeUpdate());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Export job %d failed", id);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update grantflow.export_job set status = "
                            + "'FAILED', error = ?2, finished_at = ?3 where id = ?1").setParameter(1, id)
                    .setParameter(2, String.valueOf(e.getMessage())).setParameter(3, java.sql.Timestamp.from(clock.instant()))
                    .executeUpdate());
        }
    }

    private void update(Long id, String sql, long value) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter(1, id).setParameter(2, value)
                .executeUpdate());
    }

    public JobView get(Long id) {
        Object[] r = QuarkusTransaction.requiringNew().call(() -> {
            var rows = em.createNativeQuery("select id, kind, format, status, total_rows, done_rows, error, created_at, "
                    + "finished_at, file_path from grantflow.export_job where id = ?1").setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
        if (r == null) {
            throw ApiException.notFound("export job", String.valueOf(id));
        }
        Long total = r[4] == null ? null : ((Number) r[4]).longValue();
        long done = ((Number) r[5]).longValue();
        String status = (String) r[3];
        int percent = "DONE".equals(status) ? 100 : total == null || total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
        return new JobView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], status, total, done, percent,
                (String) r[6], io.grantflow.shared.db.SqlValues.instant(r[7]), io.grantflow.shared.db.SqlValues.instant(r[8]), r[9] == null ? null : "/api/exports/jobs/" + id + "/file");
    }

    public Path file(Long id) {
        JobView job = get(id);
        if (!"DONE".equals(job.status())) {
            throw ApiException.conflict("export_not_ready", "export job " + id + " is " + job.status());
        }
        String path = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select file_path from grantflow.export_job where id = ?1").setParameter(1, id).getSingleResult());
        Path file = Path.of(path);
        if (!Files.exists(file)) {
            throw ApiException.conflict("export_file_gone", "the file of export job " + id
                    + " is not on this node (exports are kept in the node's temporary directory); start it again");
        }
        return file;
    }

    private static String json(Map<String, String> parameters) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(parameters);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
