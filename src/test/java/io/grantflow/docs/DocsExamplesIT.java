package io.grantflow.docs;

import io.grantflow.support.DemoNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked examples of README.md and docs/ run as a newcomer runs them: pasted in order into a
 * shell (bash, curl), from the repository's root, against the packaged service in demo mode started
 * afresh. Every {@code curl} must answer the status its comment documents ({@link DocExamples}).
 * Pages run in the order a newcomer reads them, each in its own shell, on one demo.
 */
class DocsExamplesIT {

    /** The pages in reading order; each flow page must have worked examples. */
    private static final List<String> PAGES = List.of("README.md", "docs/proposals.md", "docs/evaluation.md",
            "docs/money.md", "docs/cascade.md", "docs/reporting.md");
    private static final List<String> FLOW_PAGES = PAGES.subList(1, PAGES.size());
    private static final Pattern MARK = Pattern.compile("^@@(BLOCK|STATUS) (\\d+)$");

    private static DemoNode demo;

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoNode.fresh(Path.of("target", "it-docs-data"));
    }

    @AfterAll
    static void stopDemo() throws InterruptedException {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void everyWorkedExampleAnswersTheStatusItDocuments() throws Exception {
        List<String> failures = new ArrayList<>();
        int curls = 0;
        for (String page : PAGES) {
            DocExamples examples = DocExamples.parse(page, Files.readString(Path.of(page)));
            if (FLOW_PAGES.contains(page) && examples.blocks().isEmpty()) {
                failures.add(page + ": a flow page without worked examples");
                continue;
            }
            Map<Integer, List<Integer>> answered = run(examples);
            for (int b = 0; b < examples.blocks().size(); b++) {
                DocExamples.Block block = examples.blocks().get(b);
                List<Integer> statuses = answered.getOrDefault(b, List.of());
                curls += statuses.size();
                if (!statuses.equals(block.expectedStatuses())) {
                    failures.add(block.where() + ": documented " + block.expectedStatuses() + ", answered " + statuses
                            + " (output in target/docs-examples/)");
                }
            }
        }
        assertThat(failures).as("worked examples that do not answer what their page says (%d curls ran)", curls)
                .isEmpty();
    }

    /** Runs a page's blocks in one bash; returns the statuses each block's curls answered, by block index. */
    private static Map<Integer, List<Integer>> run(DocExamples examples) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder()
                .append("set -u\n")
                // the documented command runs as written; only the status is added, on stderr
                .append("curl() { command curl --show-error --max-time 300 \"$@\" --write-out '%{stderr}@@STATUS %{http_code}\\n'; }\n");
        for (int b = 0; b < examples.blocks().size(); b++) {
            script.append("printf '@@BLOCK %d\\n' ").append(b).append(" >&2\n")
                    .append(examples.blocks().get(b).script().replace("localhost:8080", "localhost:" + demo.port()))
                    .append('\n');
        }
        Path out = Path.of("target", "docs-examples");
        Files.createDirectories(out);
        String name = examples.page().replace('/', '_');
        Path scriptFile = out.resolve(name + ".sh");
        Files.writeString(scriptFile, script);
        Path stdout = out.resolve(name + ".out");
        Path stderr = out.resolve(name + ".err");
        Process bash = new ProcessBuilder("bash", scriptFile.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!bash.waitFor(30, TimeUnit.MINUTES)) { // a bound against a hang, not a speed requirement
            bash.destroyForcibly();
            throw new AssertionError(examples.page() + ": the examples did not finish; see " + stderr);
        }
        Map<Integer, List<Integer>> answered = new LinkedHashMap<>();
        int block = -1;
        for (String line : Files.readAllLines(stderr)) {
            Matcher mark = MARK.matcher(line.trim());
            if (!mark.matches()) {
                continue;
            }
            int value = Integer.parseInt(mark.group(2));
            if (mark.group(1).equals("BLOCK")) {
                block = value;
            } else {
                answered.computeIfAbsent(block, k -> new ArrayList<>()).add(value);
            }
        }
        return answered;
    }
}
