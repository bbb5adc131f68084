package io.grantflow.reliability;

import io.grantflow.support.Concurrently;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.Overloaded;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated races of 200 concurrent awards against the caps that bind SME money: each open call's
 * budget (out of the FSTP envelope), the EUR 60,000 per third party and grant, the envelope itself
 * (open calls created at once), and the SME share the grant reports. The same checker is run over
 * a deliberately broken check-then-insert implementation of the same awards, which must show
 * violations: proof that the race and the checker can fail. Rounds: {@code stress.caps.rounds}
 * (CI 2, full 10).
 */
@QuarkusTest
class CapRaceTest {

    private static final int ROUNDS = Integer.getInteger("stress.caps.rounds", 2);
    private static final BigDecimal CAP = new BigDecimal("60000.00");

    @Inject
    DataSource dataSource;

    /** An award as the checker sees it: who, from which open call, how much. */
    record Award(long sme, long call, BigDecimal amount) {
    }

    /** One round's demand: 100 SMEs on one voucher call, 10 SMEs on 10 calls each (10,000 apiece). */
    record Demand(long sme, int call, BigDecimal amount) {
    }

    /** Every cap an award set breaks: open-call budgets and the per-third-party cap. */
    static List<String> violations(List<Award> awards, Map<Long, BigDecimal> budgets) {
        Map<Long, BigDecimal> perCall = new HashMap<>();
        Map<Long, BigDecimal> perSme = new HashMap<>();
        for (Award a : awards) {
            perCall.merge(a.call(), a.amount(), BigDecimal::add);
            perSme.merge(a.sme(), a.amount(), BigDecimal::add);
        }
        List<String> out = new ArrayList<>();
        perCall.forEach((call, sum) -> {
            if (sum.compareTo(budgets.get(call)) > 0) {
                out.add("open call " + call + ": EUR " + sum + " awarded of a budget of EUR " + budgets.get(call));
            }
        });
        perSme.forEach((sme, sum) -> {
            if (sum.compareTo(CAP) > 0) {
                out.add("SME " + sme + ": EUR " + sum + " awarded, above the EUR 60,000 cap");
            }
        });
        return out;
    }

    private static List<Demand> demand(List<Sme> many, List<Sme> few, Random random) {
        List<Demand> d = new ArrayList<>();
        for (Sme s : many) {
            d.add(new Demand(s.organisation(), 0, BigDecimal.valueOf(500 + random.nextInt(2001)).setScale(2)));
        }
        for (Sme s : few) {
            for (int c = 1; c <= 10; c++) {
                d.add(new Demand(s.organisation(), c, new BigDecimal("10000.00")));
            }
        }
        java.util.Collections.shuffle(d, random);
        return d;
    }

    @Test
    void concurrentAwardsNeverBreakACap() throws Exception {
        Random random = new Random(Long.getLong("stress.seed", System.nanoTime()));
        StringBuilder report = new StringBuilder();
        for (int round = 0; round < ROUNDS; round++) {
            SignedGrant g = GrantFixtures.signedGrant(); // envelope EUR 750,000
            List<Long> calls = new ArrayList<>();
            Map<String, Object> voucher = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "100000.00");
            voucher.put("maxAmount", "2500.00");
            calls.add(createOpenCall(g, voucher).then().statusCode(201).extract().jsonPath().getLong("id"));
            for (int c = 1; c <= 10; c++) {
                Map<String, Object> def = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "60000.00");
                def.put("maxAmount", "10000.00");
                calls.add(createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id"));
            }
            List<Sme> many = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                many.add(GrantFixtures.sme(i % 2 == 0 ? "IT" : "EE"));
            }
            List<Sme> few = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                few.add(GrantFixtures.sme("PT"));
            }
            Map<Long, Sme> byOrganisation = new HashMap<>();
            many.forEach(s -> byOrganisation.put(s.organisation(), s));
            few.forEach(s -> byOrganisation.put(s.organisation(), s));

            List<Callable<Response>> requests = new ArrayList<>();
            for (Demand d : demand(many, few, random)) {
                Sme s = byOrganisation.get(d.sme());
                String key = java.util.UUID.randomUUID().toString(); // one key per application, kept across retries
                Map<String, Object> body = application(s, d.amount().toPlainString(), null);
                requests.add(() -> Overloaded.retried(() -> io.restassured.RestAssured.given()
                        .auth().oauth2(Tokens.token(s.user(), "sme")).contentType(io.restassured.http.ContentType.JSON)
                        .header("Idempotency-Key", key).body(body)
                        .post("/api/open-calls/{id}/applications", calls.get(d.call()))));
            }
            List<Response> responses = Concurrently.run(requests);
            int awarded = 0;
            for (Response r : responses) {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
                if ("REFUSED".equals(r.jsonPath().getString("status"))) {
                    assertThat(r.jsonPath().getList("refusals.code", String.class))
                            .isSubsetOf("envelope_exhausted", "above_third_party_cap");
                } else {
                    awarded++;
                }
            }

            // the envelope: 20 open calls of EUR 10,000 created at once, with EUR 50,000 left in it
            List<Response> created = Concurrently.times(20, () -> createOpenCall(g,
                    openCallWithMax("10000.00", "1000.00")));
            assertThat(created.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(5);
            assertThat(created).allSatisfy(r -> assertThat(r.statusCode()).as(r.asString()).isIn(201, 422));

            List<Award> awards = awards(g.id());
            assertThat(awards).hasSize(awarded);
            assertThat(violations(awards, budgets(g.id()))).isEmpty();
            // each SME of the second group ends at 6 awards at most (60,000); the ledger agrees with the awards
            for (int c = 0; c < calls.size(); c++) {
                long call = calls.get(c);
                BigDecimal sum = awards.stream().filter(a -> a.call() == call).map(Award::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(new BigDecimal(as(g.consortium().coordinatorUser()).get("/api/open-calls/{id}", call)
                        .jsonPath().getString("committed"))).isEqualByComparingTo(sum);
            }
            var budget = as(g.consortium().coordinatorUser()).get("/api/budgets/grants/{id}", g.id()).then()
                    .statusCode(200).extract().jsonPath();
            BigDecimal envelope = new BigDecimal(budget.getString("fstpEnvelope.allocated"));
            assertThat(new BigDecimal(budget.getString("fstpEnvelope.committed"))).isLessThanOrEqualTo(envelope)
                    .isEqualByComparingTo(sumOfBudgets(g.id()));
            BigDecimal committedToSmes = new BigDecimal(budget.getString("committedToSmes"));
            assertThat(committedToSmes).isEqualByComparingTo(awards.stream().map(Award::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isLessThanOrEqualTo(envelope);
            assertThat(new BigDecimal(budget.getString("plannedSmeShare"))).isGreaterThanOrEqualTo(new BigDecimal("75"));
            report.append(String.format("round %d: 200 concurrent applications, %d awarded (EUR %s committed to SMEs "
                            + "of an envelope of EUR %s), 5 of 20 concurrent open calls fitted, 0 violations%n", round + 1,
                    awarded, committedToSmes, envelope));
        }
        System.out.print("RELIABILITY caps\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "reliability-caps.txt"), report.toString());
    }

    private static Map<String, Object> openCallWithMax(String budget, String max) {
        Map<String, Object> def = openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", budget);
        def.put("maxAmount", max);
        return def;
    }

    /**
     * The same awards through a check-then-insert without locks (read the sums, decide, write), as
     * a naive implementation would do: the checker must find the caps broken.
     */
    @Test
    void theCheckerCatchesABrokenCheckThenInsert() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists public.cap_race_broken (sme bigint not null, call bigint not null, "
                    + "amount numeric(15, 2) not null)");
            s.execute("truncate public.cap_race_broken");
        }
        Random random = new Random(Long.getLong("stress.seed", System.nanoTime()));
        List<Sme> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new Sme("sme-" + i, i));
        }
        List<Sme> few = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            few.add(new Sme("sme-" + (100 + i), 100 + i));
        }
        Map<Long, BigDecimal> budgets = new HashMap<>();
        budgets.put(0L, new BigDecimal("100000.00"));
        for (long c = 1; c <= 10; c++) {
            budgets.put(c, new BigDecimal("60000.00"));
        }
        List<Callable<Boolean>> requests = new ArrayList<>();
        for (Demand d : demand(many, few, random)) {
            requests.add(() -> brokenAward(d, budgets.get((long) d.call())));
        }
        Concurrently.run(requests);
        List<Award> awards = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sme, call, amount from public.cap_race_broken")) {
            while (rs.next()) {
                awards.add(new Award(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
            }
        }
        List<String> found = violations(awards, budgets);
        System.out.println("RELIABILITY broken check-then-insert: " + awards.size() + " awards, " + found.size()
                + " violations, e.g. " + found.get(0));
        assertThat(found).isNotEmpty();
    }

    private boolean brokenAward(Demand d, BigDecimal budget) throws SQLException, InterruptedException {
        try (Connection c = dataSource.getConnection()) {
            BigDecimal forCall = sum(c, "select coalesce(sum(amount), 0) from public.cap_race_broken where call = ?", d.call());
            BigDecimal forSme = sum(c, "select coalesce(sum(amount), 0) from public.cap_race_broken where sme = ?", d.sme());
            if (forCall.add(d.amount()).compareTo(budget) > 0 || forSme.add(d.amount()).compareTo(CAP) > 0) {
                return false;
            }
            Thread.sleep(5); // the time a real award spends between its check and its write
            try (PreparedStatement insert = c.prepareStatement("insert into public.cap_race_broken values (?, ?, ?)")) {
                insert.setLong(1, d.sme());
                insert.setLong(2, d.call());
                insert.setBigDecimal(3, d.amount());
                insert.executeUpdate();
            }
            return true;
        }
    }

    private static BigDecimal sum(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private List<Award> awards(long grant) throws SQLException {
        List<Award> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select organisation_id, open_call_id, awarded from "
                     + "grantflow.application where grant_id = ? and award_account_id is not null")) {
            s.setLong(1, grant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Award(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3)));
                }
            }
        }
        return out;
    }

    private Map<Long, BigDecimal> budgets(long grant) throws SQLException {
        Map<Long, BigDecimal> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, budget from grantflow.open_call where grant_id = ?")) {
            s.setLong(1, grant);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getBigDecimal(2));
                }
            }
        }
        return out;
    }

    private BigDecimal sumOfBudgets(long grant) throws SQLException {
        return budgets(grant).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
