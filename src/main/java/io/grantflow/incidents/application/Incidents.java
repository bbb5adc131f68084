package io.grantflow.incidents.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to the workflow engine's incidents: a job that failed all its retries (a service task
 * or timer that threw) stops its process at that step and shows here until an officer retries it.
 */
public interface Incidents {

    record Incident(String id, String type, String process, String businessKey, String activity, String message,
                    String jobId, Instant createdAt) {
    }

    List<Incident> open(int offset, int limit);

    long count();

    Optional<Incident> find(String id);

    /** Gives the failed job one more try (the job executor runs it when due); false when it is not a job's incident. */
    boolean retry(String id);
}
