package io.grantflow.demo;

import java.time.Instant;

/**
 * The engine's side of the demo's history replay (implemented in the workflow package): the
 * engine's clock follows the business clock, and the jobs that fall due on the way (timers,
 * asynchronous steps) run at once, in the caller's transaction, in the order they fall due.
 */
public interface HistoryWorkflow {

    /**
     * The engine's time becomes {@code at}; every job due by then runs, including those that running
     * jobs make due. Returns how many ran.
     */
    int catchUp(Instant at);

    /** The engine's clock back to real time. */
    void realTime();

    /** The engine runs its due jobs again (it waits while the demo's first load replays the history). */
    void resumeJobs();
}
