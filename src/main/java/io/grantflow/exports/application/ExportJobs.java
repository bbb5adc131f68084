package io.grantflow.exports.application;

import io.grantflow.exports.domain.ExportJob;

import io.grantflow.exports.api.FileView;
import io.grantflow.exports.api.JobView;
import io.grantflow.shared.db.SqlValues;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Long exports in the background. A job row shows the rows written of the total (updated in its own
 * short transactions while the export runs); the export streams into chunks of the database
 * ({@code export_job_chunk}) in the transaction that marks the job done, so a job is never done
 * without its file, no file touches a node's disk, and any node serves any job. Only the officer who
 * started a job sees it (to anyone else it does not exist); a job and its file are deleted once they
 * expire ({@link ExportsConfig#retention()} after the job finished) by {@link #purgeExpired()}.
 */
@ApplicationScoped
public class ExportJobs {

    private static final Logger LOG = Logger.getLogger(ExportJobs.class);

    /** The size of one stored piece of an export's file: what the export holds in memory at most. */
    static final int CHUNK_BYTES = 1 << 20;

    @Inject
    ExportService exports;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExportsConfig config;

    @Inject
    Idempotency idempotency;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "export-job");
        t.setDaemon(true);
        return t;
    });

    public JobView start(ExportKind kind, Tabular.Format format, Map<String, String> parameters, String user) {
        return start(kind, format, parameters, user, null);
    }

    /**
     * Starts the export as a job of {@code user}. With a {@code key} (a page form's idempotency key) the same request
     * sent twice (a double click) starts one job: the second gets the first's ({@link Idempotency#once}).
     */
    public JobView start(ExportKind kind, Tabular.Format format, Map<String, String> parameters, String user,
                         String key) {
        ExportService.Plan plan = exports.plan(kind, parameters); // 4xx for bad parameters, before anything runs
        Instant now = clock.instant();
        Map<String, Object> request = Map.of("kind", kind.path, "format", format.name(), "parameters", parameters);
        boolean[] created = {false};
        java.util.function.Supplier<Long> create = () -> {
            ExportJob job = ExportJob.start(kind.path, format.name(), json(parameters), user, now, config.retention());
            job.persist();
            created[0] = true;
            return job.id;
        };
        Long id = QuarkusTransaction.requiringNew().call(() -> key == null ? create.get()
                : MAPPER.readTree(idempotency.once(key, "export-job:" + user, request, 202,
                        () -> Map.of("id", create.get())).body()).get("id").asLong());
        if (created[0]) {
            executor.submit(() -> run(id, plan, format));
        }
        return get(id, user);
    }

    /** The jobs {@code user} started, newest first, one page of them. */
    @SuppressWarnings("unchecked")
    public Page<JobView> mine(String user, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = ((Number) em.createNativeQuery("select count(*) from grantflow.export_job where created_by = ?1")
                    .setParameter(1, user).getSingleResult()).longValue();
            List<Object[]> rows = em.createNativeQuery(SELECT + "where created_by = ?1 order by id desc")
                    .setParameter(1, user).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return Page.of(rows.stream().map(ExportJobs::view).toList(), page, total);
        });
    }

    private void run(Long id, ExportService.Plan plan, Tabular.Format format) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ChunkedOutput out = new ChunkedOutput(id);
                exports.run(plan, format, out,
                        total -> update(id, "update grantflow.export_job set total_rows = ?2 where id = ?1", total),
                        done -> update(id, "update grantflow.export_job set done_rows = ?2 where id = ?1", done));
                out.close();
                ExportJob.<ExportJob>findById(id).finish(plan.kind().path + "." + format.extension, format.mediaType,
                        out.size, clock.instant(), config.retention());
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export job %d failed", id);
            QuarkusTransaction.requiringNew().run(() -> ExportJob.<ExportJob>findByIdOptional(id)
                    .ifPresent(job -> job.fail(String.valueOf(e.getMessage()), clock.instant())));
        }
    }

    /** Writes what the export streams into chunks of {@link #CHUNK_BYTES}, each stored as it fills. */
    private final class ChunkedOutput extends OutputStream {
        private final Long job;
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int used;
        private int seq;
        long size;

        ChunkedOutput(Long job) {
            this.job = job;
        }

        @Override
        public void write(int b) {
            if (used == buffer.length) {
                store();
            }
            buffer[used++] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (used == buffer.length) {
                    store();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
                size += n;
            }
        }

        @Override
        public void close() {
            if (used > 0) {
                store();
            }
        }

        private void store() {
            byte[] bytes = java.util.Arrays.copyOf(buffer, used);
            em.createNativeQuery("insert into grantflow.export_job_chunk (job_id, seq, bytes) values (?1, ?2, ?3)")
                    .setParameter(1, job).setParameter(2, seq++).setParameter(3, bytes).executeUpdate();
            used = 0;
        }
    }

    private void update(Long id, String sql, long value) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).setParameter(1, id).setParameter(2, value)
                .executeUpdate());
    }

    private static final String SELECT = "select id, kind, format, status, total_rows, done_rows, error, created_at, "
            + "finished_at, expires_at from grantflow.export_job ";

    /** The job, if {@code user} started it; to anyone else it does not exist. */
    public JobView get(Long id, String user) {
        Object[] r = QuarkusTransaction.requiringNew().call(() -> {
            var rows = em.createNativeQuery(SELECT + "where id = ?1 and created_by = ?2")
                    .setParameter(1, id).setParameter(2, user).getResultList();
            return rows.isEmpty() ? null : (Object[]) rows.get(0);
        });
        if (r == null) {
            throw DomainException.notFound("export job", String.valueOf(id));
        }
        return view(r);
    }

    private static JobView view(Object[] r) {
        long id = ((Number) r[0]).longValue();
        Long total = r[4] == null ? null : ((Number) r[4]).longValue();
        long done = ((Number) r[5]).longValue();
        String status = (String) r[3];
        int percent = "DONE".equals(status) ? 100 : total == null || total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
        return new JobView(id, (String) r[1], (String) r[2], status, total, done, percent,
                (String) r[6], SqlValues.instant(r[7]), SqlValues.instant(r[8]), SqlValues.instant(r[9]),
                "DONE".equals(status) ? "/api/exports/jobs/" + id + "/file" : null);
    }

    /** The file of a finished job {@code user} started (404 to anyone else, 409 while it runs or if it failed). */
    public FileView file(Long id, String user) {
        JobView job = get(id, user);
        if (!"DONE".equals(job.status())) {
            throw DomainException.conflict("export_not_ready", "export job " + id + " is " + job.status());
        }
        // the job's owner again: the purge may have deleted it since (then it is gone, 404, not a 500)
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select file_name, content_type, size_bytes from grantflow.export_job where id = ?1 and created_by = ?2")
                .setParameter(1, id).setParameter(2, user).getResultList());
        if (rows.isEmpty()) {
            throw DomainException.notFound("export job", String.valueOf(id));
        }
        Object[] r = (Object[]) rows.get(0);
        return new FileView(id, (String) r[0], (String) r[1], ((Number) r[2]).longValue());
    }

    /** Writes the file's bytes, one stored chunk at a time, in the caller's transaction. */
    @SuppressWarnings("unchecked")
    public void writeFile(FileView file, OutputStream out) {
        try (Stream<byte[]> chunks = em.createNativeQuery("select bytes from grantflow.export_job_chunk where job_id = ?1 "
                + "order by seq").setParameter(1, file.job()).setHint("org.hibernate.fetchSize", 1).getResultStream()) {
            chunks.forEach(bytes -> {
                try {
                    out.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Deletes the jobs (and their files) that expired; returns how many. Any node may run it at any time. */
    public int purgeExpired() {
        int purged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "delete from grantflow.export_job where expires_at <= ?1")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate());
        if (purged > 0) {
            LOG.infof("Purged %d expired export job(s) and their files", purged);
        }
        return purged;
    }

    @Scheduled(identity = "export-retention", every = "${grantflow.exports.purge-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String json(Map<String, String> parameters) {
        try {
            return MAPPER.writeValueAsString(parameters);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
