package io.grantflow.exports.domain;

import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Duration;
import java.time.Instant;

/**
 * A long export run in the background for the officer who started it. It starts {@link ExportJobStatus#RUNNING},
 * then {@link #finish finishes} with its file or {@link #fail fails}, once. Its progress (rows written of the
 * total) is not part of the aggregate: it is counted in short transactions of its own while the export runs, so
 * only the changed columns are written here ({@code @DynamicUpdate}) and the counters are never overwritten.
 */
@Entity
@Table(name = "export_job")
@DynamicUpdate
public class ExportJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String format;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ExportJobStatus status;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String error;

    protected ExportJob() {
    }

    /** A job {@code user} starts now; until it finishes it expires {@code retention} after its start. */
    public static ExportJob start(String kind, String format, String parametersJson, String user, Instant now,
                                  Duration retention) {
        ExportJob job = new ExportJob();
        job.kind = kind;
        job.format = format;
        job.parameters = parametersJson;
        job.status = ExportJobStatus.RUNNING;
        job.createdBy = user;
        job.createdAt = now;
        job.expiresAt = now.plus(retention);
        return job;
    }

    public ExportJobStatus status() {
        return status;
    }

    /** The export wrote its whole file: the job is done and expires {@code retention} after now. */
    public void finish(String fileName, String contentType, long sizeBytes, Instant now, Duration retention) {
        requireRunning();
        this.status = ExportJobStatus.DONE;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.finishedAt = now;
        this.expiresAt = now.plus(retention);
    }

    /** The export failed ({@code error} says why); the job keeps its first expiry. */
    public void fail(String error, Instant now) {
        requireRunning();
        this.status = ExportJobStatus.FAILED;
        this.error = error;
        this.finishedAt = now;
    }

    private void requireRunning() {
        if (status != ExportJobStatus.RUNNING) {
            throw DomainException.conflict("export_job_not_running", "export job " + id + " is " + status);
        }
    }
}
