package io.grantflow.benchmark;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.MoneyFixtures;
import io.grantflow.support.ServiceNode;
import io.grantflow.support.StressDatabase;
import io.grantflow.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;

/**
 * Does the service slow down as history accumulates? The packaged service on this machine's
 * PostgreSQL server (database {@code grantflow_volume}, recreated). Measured on the empty database,
 * then again after bulk SQL has loaded {@code bench.volume} (default 1,000,000) ledger transfers
 * (and a tenth as many award accounts) under one grant, and as many completed payment-approval
 * process instances with 4 activity instances each: budget views (grant, call, account) and
 * process starts (a payment order: the order, its process start and history). Run:
 * {@code ./mvnw -q package -DskipTests && ./mvnw test -Dtest=VolumeBenchmark}; figures in
 * {@code target/benchmark-volume.txt}.
 */
class VolumeBenchmark {

    private static final int VOLUME = Integer.getInteger("bench.volume", 1_000_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    private static ServiceNode node;

    @AfterAll
    static void stop() {
        RestAssured.reset();
        if (node != null) {
            node.stop();
        }
    }

    record Stats(double p50, double p95, double max) {
        @Override
        public String toString() {
            return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", p50, p95, max);
        }
    }

    private static Stats time(int n, Supplier<Integer> request) {
        for (int i = 0; i < 200; i++) {
            request.get(); // warm-up: the JIT compiles the paths first
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            int status = request.get();
            ms.add((System.nanoTime() - t0) / 1e6);
            if (status >= 300) {
                throw new AssertionError("status " + status);
            }
        }
        ms.sort(Double::compare);
        return new Stats(ms.get(n / 2), ms.get((int) Math.ceil(0.95 * n) - 1), ms.get(n - 1));
    }

    @Test
    void budgetViewsAndProcessStartsWithAMillionHistoricRows() throws Exception {
        System.setProperty("stress.db", "local");
        StressDatabase db = StressDatabase.fresh("grantflow_volume");
        node = new ServiceNode("volume", db, Map.of()).start();
        double startSeconds = node.lastStartSeconds();
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = node.port();
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "500000.00");
        def.put("maxAmount", "1000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        String call = MoneyFixtures.publishedCall("50000000.00");
        long commitment = MoneyFixtures.commitment(call, "40000000.00");
        String officer = Tokens.officer();
        String alice = Tokens.token("officer-alice", "officer");
        String coordinator = Tokens.token(g.consortium().coordinatorUser(), "applicant");

        Supplier<Integer> grantView = () -> RestAssured.given().auth().oauth2(coordinator)
                .get("/api/budgets/grants/{id}", g.id()).statusCode();
        Supplier<Integer> callView = () -> RestAssured.given().auth().oauth2(officer)
                .get("/api/budgets/calls/{id}", call).statusCode();
        Supplier<Integer> accountView = () -> RestAssured.given().auth().oauth2(officer)
                .get("/api/budgets/accounts/{id}", commitment).statusCode();
        Supplier<Integer> processStart = () -> RestAssured.given().auth().oauth2(alice).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(MoneyFixtures.order(commitment, "10.00")).post("/api/payments").statusCode();

        Stats[] empty = {time(SAMPLES, grantView), time(SAMPLES, callView), time(SAMPLES, accountView),
                time(SAMPLES, processStart)};

        long openCallAccount = db.count("select account_id from grantflow.open_call where id = " + openCall);
        long t0 = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica"); // bulk load: no triggers (audit, append-only)
            s.execute("insert into grantflow.ledger_account (kind, reference, name, parent_id, allocated, committed, "
                    + "paid, created_at) select 'AWARD', 'bulk-award:' || i, 'Bulk award ' || i, " + openCallAccount
                    + ", 10, 10, 10, now() from generate_series(1, " + VOLUME / 10 + ") i");
            long firstAward = db.count("select min(id) from grantflow.ledger_account where kind = 'AWARD' and "
                    + "reference like 'bulk-award:%'");
            s.execute("insert into grantflow.ledger_transfer (kind, debit_account_id, credit_account_id, amount, "
                    + "reference, caused_by, occurred_at) select case when i % 2 = 0 then 'COMMITMENT' else 'PAYMENT' "
                    + "end, " + openCallAccount + ", " + firstAward + " + i % " + VOLUME / 10 + ", 5.00, 'bulk:' || i, "
                    + "'bulk', now() - make_interval(secs => i) from generate_series(1, " + VOLUME + ") i");
            String definition = "(select id_ from public.act_re_procdef where key_ = 'payment-approval' order by "
                    + "version_ desc limit 1)";
            s.execute("insert into public.act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, "
                    + "proc_def_id_, start_time_, end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, "
                    + "state_, removal_time_) select 'bulk-' || i, 'bulk-' || i, (10000000 + i)::text, "
                    + "'payment-approval', " + definition + ", t, t + interval '2 days', 172800000, 'created', 'paid', "
                    + "'bulk-' || i, 'COMPLETED', t + interval '182 days' from (select i, now() - interval '3 years' "
                    + "+ make_interval(secs => i * 90) as t from generate_series(1, " + VOLUME + ") i) x");
            s.execute("insert into public.act_hi_actinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
                    + "proc_inst_id_, execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, "
                    + "act_inst_state_, sequence_counter_, removal_time_) select 'bulk-' || i || '-' || a.n, "
                    + "'payment-approval', " + definition + ", 'bulk-' || i, 'bulk-' || i, 'bulk-' || i, a.act, a.act, "
                    + "a.type, t, t, 0, 1, a.n, t + interval '182 days' from (select i, now() - interval '3 years' "
                    + "+ make_interval(secs => i * 90) as t from generate_series(1, " + VOLUME + ") i) x cross join "
                    + "(values (1, 'created', 'startEvent'), (2, 'approve-payment', 'userTask'), (3, 'execute-payment', "
                    + "'serviceTask'), (4, 'paid', 'noneEndEvent')) a(n, act, type)");
            s.execute("set session_replication_role = origin");
            s.execute("vacuum analyze");
            s.execute("checkpoint"); // the load's dirty pages written now, not during the measurement
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Stats[] loaded = {time(SAMPLES, grantView), time(SAMPLES, callView), time(SAMPLES, accountView),
                time(SAMPLES, processStart)};
        long rss = node.rssKb();
        // the reconciliation replays the whole ledger (the bulk rows were loaded without their summaries,
        // so it reports differences: this times the replay, it does not check the bulk data)
        List<Double> reconcile = new ArrayList<>();
        long listed = 0;
        for (int i = 0; i < 3; i++) {
            long r0 = System.nanoTime();
            listed = RestAssured.given().auth().oauth2(officer).get("/api/budgets/reconciliation").then().statusCode(200)
                    .extract().jsonPath().getLong("transfers");
            reconcile.add((System.nanoTime() - r0) / 1e6);
        }
        reconcile.sort(Double::compare);

        String[] names = {"grant budget view", "call budget view", "account budget view", "process start (payment order)"};
        StringBuilder report = new StringBuilder(String.format("volume benchmark on %s, 2 cores; start to ready %.1f s; "
                + "bulk load of %,d ledger transfers, %,d award accounts, %,d historic process instances and %,d activity "
                + "instances in %.0f s; RSS after the run %,d kB%n", db.describe(), startSeconds, VOLUME, VOLUME / 10,
                VOLUME, 4 * VOLUME, loadSeconds, rss));
        for (int i = 0; i < names.length; i++) {
            report.append(String.format("%s: empty %s; loaded %s; p95 ratio %.2f%n", names[i], empty[i], loaded[i],
                    loaded[i].p95() / empty[i].p95()));
        }
        report.append(String.format("reconciliation over %,d transfers: median of 3 %.0f ms%n", listed, reconcile.get(1)));
        System.out.print("BENCHMARK " + report);
        Files.writeString(Path.of("target", "benchmark-volume.txt"), report.toString());
    }
}
