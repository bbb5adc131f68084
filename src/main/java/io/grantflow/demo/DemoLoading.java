package io.grantflow.demo;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the demo's first load stands. The load runs in the background after the service started
 * (it replays a history through the application services and takes seconds of a cold JVM, see
 * docs/decisions/0007-demo-history-replay.md); until it has committed, {@code /api/} answers 503
 * {@code demo_loading} with its progress ({@link DemoLoadingGate}) and readiness is down
 * ({@link DemoReadiness}). With a configured database, or when the demo was loaded before, it is
 * never loading.
 */
@ApplicationScoped
public class DemoLoading {

    /** The stages of a service's demo: none to load, loading, loaded, or a load that failed (rolled back). */
    public enum Stage { NONE, LOADING, LOADED, FAILED }

    /**
     * The steps of the demo's story (acts of its people and moves of the clock), counted once from a
     * load; progress is {@code done / STEPS}, capped below 100 % until the load has committed.
     */
    static final int STEPS = 257;

    private volatile Stage stage = Stage.NONE;
    private volatile String chapter = "";
    private volatile String failure;
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean stopping;

    public Stage stage() {
        return stage;
    }

    /** Whether the first load is still under way (the service answers 503 demo_loading meanwhile). */
    public boolean inProgress() {
        return stage == Stage.LOADING;
    }

    /** Percent done, 0–99 while loading, 100 once loaded. */
    public int percent() {
        return switch (stage) {
            case LOADED -> 100;
            case LOADING -> Math.min(99, done.get() * 100 / STEPS);
            default -> 0;
        };
    }

    /** What the loader is replaying now, e.g. "the pilot round is evaluated". */
    public String chapter() {
        return chapter;
    }

    /** Why the load failed (FAILED only). */
    public String failure() {
        return failure;
    }

    /** How many steps the load has taken (the figure {@link #STEPS} is set from). */
    int steps() {
        return done.get();
    }

    void started() {
        done.set(0);
        chapter = "";
        stage = Stage.LOADING;
    }

    void chapter(String name) {
        chapter = name;
    }

    /** One step of the story done; a service that is stopping ends the load here (it rolls back). */
    void step() {
        if (stopping) {
            throw new IllegalStateException("the service is stopping");
        }
        done.incrementAndGet();
    }

    void stop() {
        stopping = true;
    }

    /** Whether the service is stopping. */
    boolean stopping() {
        return stopping;
    }

    void loaded() {
        stage = Stage.LOADED;
    }

    void failed(String reason) {
        failure = reason;
        stage = Stage.FAILED;
    }
}
