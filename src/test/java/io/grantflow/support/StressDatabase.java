package io.grantflow.support;

import io.grantflow.shared.db.EmbeddedDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database for a test that runs the packaged service: by default on an embedded PostgreSQL
 * started in the test's JVM (so {@code ./mvnw verify} needs no server); with
 * {@code -Dstress.db=local} on this machine's PostgreSQL server (127.0.0.1:5432, user postgres).
 */
public final class StressDatabase {

    private final String serverUrl;
    private final String name;

    private StressDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Drops and creates database {@code name}. */
    public static StressDatabase fresh(String name) {
        String server = "local".equals(System.getProperty("stress.db"))
                ? "jdbc:postgresql://127.0.0.1:5432/postgres"
                : EmbeddedDatabase.jdbcUrl(EmbeddedDatabase.Kind.TEST, Path.of("target", "stress-postgres"));
        StressDatabase db = new StressDatabase(server, name);
        try (Connection c = DriverManager.getConnection(server, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return db;
    }

    /** Which server: "embedded PostgreSQL 15 in the test JVM" or "the PostgreSQL server on 127.0.0.1:5432". */
    public String describe() {
        return serverUrl.contains("127.0.0.1:5432") ? "this machine's PostgreSQL server (127.0.0.1:5432)"
                : "an embedded PostgreSQL in the test JVM";
    }

    public String jdbcUrl() {
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    /** The first column of the first row of {@code sql}, as a long. */
    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of {@code sql}, as strings. */
    public java.util.List<String> strings(String sql) {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Polls {@code countSql} until it reads 0 or {@code timeout} passes (the caller asserts afterwards). */
    public void awaitZero(String countSql, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(countSql) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }
}
