package io.grantflow.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stoplight Spectral, the external OpenAPI linter, with its OpenAPI ruleset ({@code extends: ["spectral:oas"]}).
 * {@code .ci/run} installs {@code @stoplight/spectral-cli} at the pinned version; CI ({@code CI=true}) fails
 * without it, a developer's machine without it skips the lint with a message saying how to install it.
 */
public final class Spectral {

    /** The version .ci/run installs. */
    public static final String VERSION = "6.16.3";

    private Spectral() {
    }

    /** What Spectral says about the document: its output lines, empty when it found nothing. */
    public static Result lint(String document, Path workDir) throws IOException, InterruptedException {
        String command = System.getenv().getOrDefault("SPECTRAL", "spectral");
        boolean available = runs(command);
        if (!available) {
            String hint = "Spectral is not installed: npm install -g @stoplight/spectral-cli@" + VERSION
                    + " (.ci/run does so); the OpenAPI lint did not run";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(hint);
            }
            System.err.println("WARNING: " + hint);
            assumeTrue(false, hint);
        }
        Files.createDirectories(workDir);
        Path file = workDir.resolve("openapi.json");
        Path ruleset = workDir.resolve(".spectral.yaml");
        Files.writeString(file, document, StandardCharsets.UTF_8);
        Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n", StandardCharsets.UTF_8);
        Path output = workDir.resolve("spectral.txt");
        Process process = new ProcessBuilder(command, "lint", "--ruleset", ruleset.toString(), "--format", "text",
                "--fail-severity", "warn", file.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("spectral lint did not finish within 5 minutes");
        }
        List<String> findings = Files.readAllLines(output).stream().filter(l -> !l.isBlank())
                .filter(l -> !l.startsWith("No results with a severity")).toList();
        return new Result(process.exitValue(), findings);
    }

    private static boolean runs(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Spectral's exit code (0: no warning, no error) and its findings. */
    public record Result(int exitCode, List<String> findings) {
    }
}
