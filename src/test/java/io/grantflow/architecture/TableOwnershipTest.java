package io.grantflow.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feature writes only its own tables in SQL: another feature's state changes through that feature's
 * published service (ranking tells proposals their places through {@code proposals.RankedProposals}).
 * Scans the SQL text of src/main/java for INSERT, UPDATE and DELETE on a {@code grantflow.} table.
 */
class TableOwnershipTest {

    private static final Map<String, String> OWNER = Map.ofEntries(
            entry("programme", "calls"), entry("call", "calls"), entry("call_criterion", "calls"),
            entry("call_deadline", "calls"), entry("call_lifecycle_event", "calls"),
            entry("organisation", "organisations"), entry("organisation_member", "organisations"),
            entry("organisation_membership_request", "organisations"),
            entry("proposal", "proposals"), entry("proposal_event", "proposals"), entry("proposal_partner", "proposals"),
            entry("proposal_version", "proposals"), entry("proposal_work_package", "proposals"),
            entry("expert", "evaluation"), entry("call_expert", "evaluation"), entry("evaluation_assignment", "evaluation"),
            entry("evaluation_score", "evaluation"), entry("consensus_score", "evaluation"),
            entry("proposal_evaluation", "evaluation"),
            entry("ranking", "ranking"), entry("ranking_entry", "ranking"),
            entry("grant_agreement", "grants"),
            entry("open_call", "cascade"), entry("application", "cascade"), entry("application_event", "cascade"),
            entry("ledger_account", "ledger"), entry("ledger_transfer", "ledger"),
            entry("payment_order", "payments"), entry("payee_bank_account", "payments"),
            entry("sepa_export", "exports"), entry("export_job", "exports"), entry("export_job_chunk", "exports"),
            entry("idempotency_key", "shared"), entry("app_user", "users"), entry("notification", "notifications"),
            entry("audit_head", "audit"), entry("audit_record", "audit"), entry("kpi_report", "kpis"),
            entry("demo_seed", "demo"));

    private static final Pattern WRITE = Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+grantflow\\.(\\w+)");

    @Test
    void aFeatureWritesOnlyItsOwnTables() throws IOException {
        Path root = Path.of("src/main/java/io/grantflow");
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String feature = root.relativize(file).getName(0).toString();
                Matcher m = WRITE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(2).toLowerCase();
                    String owner = OWNER.get(table);
                    if (owner == null) {
                        broken.add(file + " writes " + table + ", a table this test does not know: name its owner");
                    } else if (!owner.equals(feature)) {
                        broken.add(file + " (" + feature + ") writes " + table + ", a table of " + owner);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
