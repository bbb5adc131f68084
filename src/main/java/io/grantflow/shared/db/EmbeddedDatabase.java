package io.grantflow.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One embedded, real PostgreSQL per JVM: the demo database (data kept under {@code ./data/})
 * or the throw-away test database (under {@code target/}).
 *
 * <p>The running instance is remembered in system properties, not only in a static field:
 * Quarkus dev mode builds a new class loader (and so new statics) on every live reload, and
 * must reuse the server that is still running rather than start a second one on the same
 * data directory.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    static final String PORT_PROPERTY = "grantflow.embedded-db.port";
    static final String KIND_PROPERTY = "grantflow.embedded-db.kind";
    static final String DIRECTORY_PROPERTY = "grantflow.embedded-db.directory";
    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    /** What the embedded server is for: decides its data directory and its durability. */
    public enum Kind { DEMO, TEST }

    private static EmbeddedPostgres instance;

    private EmbeddedDatabase() {
    }

    /** Starts the embedded server once per JVM (or reuses the running one) and returns its JDBC URL. */
    public static synchronized String jdbcUrl(Kind kind, Path dataDirectory) {
        String port = System.getProperty(PORT_PROPERTY);
        if (port != null && isAccepting(Integer.parseInt(port))) {
            return url(Integer.parseInt(port));
        }
        instance = start(kind, dataDirectory);
        System.setProperty(PORT_PROPERTY, String.valueOf(instance.getPort()));
        System.setProperty(KIND_PROPERTY, kind.name());
        System.setProperty(DIRECTORY_PROPERTY, dataDirectory.toAbsolutePath().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterApplication,
                "grantflow-embedded-postgres-stop"));
        return url(instance.getPort());
    }

    /** The kind of embedded server running in this JVM, if one was started. */
    public static Optional<Kind> running() {
        return Optional.ofNullable(System.getProperty(KIND_PROPERTY)).map(Kind::valueOf);
    }

    /** Where the running embedded server keeps its data, if one was started. */
    public static Optional<String> dataDirectory() {
        return Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY));
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    private static EmbeddedPostgres start(Kind kind, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            boolean durable = kind == Kind.DEMO;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(kind == Kind.TEST)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky's defaults are test defaults; the demo keeps its data across restarts.
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "UTC");
            if (kind == Kind.TEST) {
                wipe(dataDirectory);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = builder.start();
            LOG.infof("Embedded PostgreSQL (%s) started on port %d in %d ms, data in %s", kind,
                    postgres.getPort(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    dataDirectory.toAbsolutePath());
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The embedded PostgreSQL could not start in "
                    + dataDirectory.toAbsolutePath() + " (" + e.getMessage() + "). Either make it startable "
                    + "(it needs user namespaces: 'unshare -U' when run as root) or point the service at a "
                    + "PostgreSQL server with QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                    + "QUARKUS_DATASOURCE_PASSWORD.", e);
        }
    }

    /**
     * After a SIGKILL of the JVM the postmaster it started keeps running and holding the data
     * directory. It is stopped only when zonky's lock file is free, i.e. no live JVM owns it;
     * a second live instance on the same directory fails fast instead.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Path lockFile = dataDirectory.resolve("epg-lock");
        try (RandomAccessFile raf = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = raf.getChannel()) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another running Grantflow instance uses the database in "
                        + dataDirectory.toAbsolutePath() + "; stop it first");
            }
            try {
                List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
                long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
                Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
                if (postmaster.isPresent()) {
                    LOG.warnf("Stopping the orphaned embedded PostgreSQL (pid %d) left by an earlier run that was killed", pid);
                    ProcessHandle handle = postmaster.get();
                    handle.destroy(); // SIGTERM: the killed JVM's connections are gone, so this is quick
                    try {
                        handle.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        handle.destroyForcibly();
                        handle.onExit().get(10, TimeUnit.SECONDS);
                    }
                }
                Files.deleteIfExists(pidFile);
            } catch (NumberFormatException e) {
                Files.deleteIfExists(pidFile);
            } catch (Exception e) {
                throw new IOException("could not stop the orphaned postmaster: " + e.getMessage(), e);
            } finally {
                lock.release();
            }
        }
    }

    private static void wipe(Path dataDirectory) throws IOException {
        if (!Files.exists(dataDirectory)) {
            return;
        }
        try (var paths = Files.walk(dataDirectory)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dataDirectory)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isAccepting(int port) {
        try (Connection ignored = DriverManager.getConnection(url(port), USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Shutdown hooks run concurrently: the database is stopped only after Quarkus has stopped
     * (with a cap, so a failed start cannot hang the JVM).
     */
    private static void stopAfterApplication() {
        Thread waiter = new Thread(() -> {
            io.quarkus.runtime.Application app = io.quarkus.runtime.Application.currentApplication();
            if (app != null) {
                app.awaitShutdown();
            }
        }, "grantflow-await-quarkus-stop");
        waiter.setDaemon(true);
        waiter.start();
        try {
            waiter.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (EmbeddedDatabase.class) {
            if (instance != null) {
                try {
                    instance.close();
                } catch (IOException e) {
                    LOG.warn("Could not stop the embedded PostgreSQL cleanly", e);
                }
                instance = null;
                System.clearProperty(PORT_PROPERTY);
            }
        }
    }
}
