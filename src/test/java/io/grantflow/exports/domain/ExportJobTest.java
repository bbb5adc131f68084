package io.grantflow.exports.domain;

import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportJobTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");
    private static final Duration RETENTION = Duration.ofHours(24);

    private static ExportJob running() {
        return ExportJob.start("applications", "CSV", "{}", "officer1", START, RETENTION);
    }

    @Test
    void aJobStartsRunningAndExpiresARetentionAfterItsStart() {
        ExportJob job = running();
        assertThat(job.status()).isEqualTo(ExportJobStatus.RUNNING);
        assertThat(job.expiresAt).isEqualTo(START.plus(RETENTION));
        assertThat(job.finishedAt).isNull();
    }

    @Test
    void aFinishedJobIsDoneWithItsFileAndExpiresARetentionAfterItFinished() {
        ExportJob job = running();
        Instant end = START.plusSeconds(90);
        job.finish("applications.csv", "text/csv", 1234, end, RETENTION);
        assertThat(job.status()).isEqualTo(ExportJobStatus.DONE);
        assertThat(job.fileName).isEqualTo("applications.csv");
        assertThat(job.sizeBytes).isEqualTo(1234L);
        assertThat(job.finishedAt).isEqualTo(end);
        assertThat(job.expiresAt).isEqualTo(end.plus(RETENTION));
    }

    @Test
    void aFailedJobSaysWhyAndKeepsItsFirstExpiry() {
        ExportJob job = running();
        job.fail("disk full", START.plusSeconds(5));
        assertThat(job.status()).isEqualTo(ExportJobStatus.FAILED);
        assertThat(job.error).isEqualTo("disk full");
        assertThat(job.expiresAt).isEqualTo(START.plus(RETENTION));
    }

    @Test
    void aJobEndsOnce() {
        ExportJob done = running();
        done.finish("a.csv", "text/csv", 1, START, RETENTION);
        assertThatThrownBy(() -> done.fail("late", START)).isInstanceOf(DomainException.class)
                .hasMessageContaining("DONE");
        ExportJob failed = running();
        failed.fail("x", START);
        assertThatThrownBy(() -> failed.finish("a.csv", "text/csv", 1, START, RETENTION))
                .isInstanceOf(DomainException.class);
    }
}
