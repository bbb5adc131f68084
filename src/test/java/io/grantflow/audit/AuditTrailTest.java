package io.grantflow.audit;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The audit trail: a record for every state change of every audited object, with its actor, written
 * by the database in the same transaction; hash chains per object that reveal a changed or removed record.
 */
@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    private JsonPath trail(String object) {
        return officer().get("/api/audit?object=" + object + "&size=100").then().statusCode(200).extract().jsonPath();
    }

    private long id(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void tamper(String sql) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            em.createNativeQuery(sql).executeUpdate();
        });
    }

    @Test
    void everyStateChangeIsRecordedWithItsActorAndTamperingIsDetected() {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        JsonPath grant = as(coordinator).get("/api/grants/{id}", g.id()).jsonPath();
        long proposal = grant.getLong("proposalId");
        long order = grant.getLong("preFinancing.paymentOrder");
        long call = id("select id from grantflow.call where identifier = '" + g.call() + "'");
        long assignment = id("select min(id) from grantflow.evaluation_assignment where proposal_id = " + proposal);
        long ranking = id("select id from grantflow.ranking where call_id = " + call);
        long commitment = id("select id from grantflow.ledger_transfer where reference = 'grant:proposal-" + proposal + "'");
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "5000.00");
        def.put("fixedAmount", "1000.00");
        long openCall = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        // every audited kind of object has its trail, starting with its creation
        for (String object : List.of("call:" + call, "proposal:" + proposal, "evaluation:" + proposal,
                "assignment:" + assignment, "ranking:" + ranking, "grant:" + g.id(), "open_call:" + openCall,
                "application:" + app, "payment:" + order, "transfer:" + commitment)) {
            JsonPath t = trail(object);
            assertThat(t.getList("items")).as(object).isNotEmpty();
            assertThat(t.getString("items[0].operation")).as(object).isEqualTo("INSERT");
            assertThat(t.getList("items.seq", Integer.class)).as(object)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, t.getList("items").size()).boxed().toList());
        }
        // who did what: the officer published and awarded, the coordinator submitted and signed, the engine opened the consensus
        JsonPath c = trail("call:" + call);
        assertThat(c.getString("items[0].actor")).isEqualTo("officer.test");
        assertThat(c.getList("items.changes.published_at")).anyMatch(x -> x != null);
        JsonPath p = trail("proposal:" + proposal);
        assertThat(p.getList("items.findAll { it.operation == 'UPDATE' && it.changes.status != null && it.changes.status[1] == 'SUBMITTED' }.actor"))
                .containsExactly(coordinator);
        JsonPath gr = trail("grant:" + g.id());
        assertThat(gr.getString("items[0].actor")).isEqualTo("officer.test");
        assertThat(gr.getString("items.find { it.operation == 'UPDATE' && it.changes.status != null }.actor")).isEqualTo(coordinator);
        assertThat(gr.getList("items.find { it.operation == 'UPDATE' && it.changes.status != null }.changes.status")).containsExactly("OFFERED", "SIGNED");
        JsonPath ev = trail("evaluation:" + proposal);
        assertThat(ev.getList("items.findAll { it.operation == 'UPDATE' && it.changes.status != null && it.changes.status[1] == 'CONSENSUS' }.actor"))
                .containsExactly("system");
        assertThat(trail("application:" + app).getString("items[0].actor")).isEqualTo(sme.user());
        officer().get("/api/audit?object=nothing").then().statusCode(400).body("code", equalTo("invalid_query_parameter"));
        as(coordinator).get("/api/audit/verify").then().statusCode(403);

        officer().get("/api/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        // a record changed in the database: verify names it
        long signed = gr.getLong("items.find { it.operation == 'UPDATE' && it.changes.status != null }.id");
        String original = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select changes::text from grantflow.audit_record where id = " + signed).getSingleResult());
        tamper("update grantflow.audit_record set actor = 'someone.else' where id = " + signed);
        JsonPath broken = officer().get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
        assertThat(broken.getBoolean("valid")).isFalse();
        assertThat(broken.getList("problems.record", Long.class)).contains(signed);
        assertThat(broken.getString("problems.find { it.record == " + signed + " }.problem")).isEqualTo("content_changed");
        assertThat(broken.getString("problems.find { it.record == " + signed + " }.object")).isEqualTo("grant:" + g.id());
        tamper("update grantflow.audit_record set actor = '" + coordinator + "' where id = " + signed);
        assertThat(original).isNotNull();
        officer().get("/api/audit/verify").then().body("valid", equalTo(true));

        // the last record of a chain removed: the chain's end no longer matches its head
        JsonPath a = trail("application:" + app);
        long last = a.getLong("items[-1].id");
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select object_type, object_id, seq, operation, actor, occurred_at, changes::text, prev_hash, hash "
                        + "from grantflow.audit_record where id = " + last).getSingleResult());
        tamper("delete from grantflow.audit_record where id = " + last);
        JsonPath removed = officer().get("/api/audit/verify").then().extract().jsonPath();
        assertThat(removed.getBoolean("valid")).isFalse();
        assertThat(removed.getList("problems.object")).contains("application:" + app);
        assertThat(removed.getString("problems.find { it.object == 'application:" + app + "' }.problem"))
                .isEqualTo("chain_end_missing");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set local session_replication_role = replica").executeUpdate();
            em.createNativeQuery("insert into grantflow.audit_record (id, object_type, object_id, seq, operation, actor, "
                            + "occurred_at, changes, prev_hash, hash) overriding system value values (?1, ?2, ?3, ?4, ?5, ?6, "
                            + "?7, cast(?8 as jsonb), ?9, ?10)")
                    .setParameter(1, last).setParameter(2, row[0]).setParameter(3, row[1]).setParameter(4, row[2])
                    .setParameter(5, row[3]).setParameter(6, row[4]).setParameter(7, row[5]).setParameter(8, row[6])
                    .setParameter(9, row[7]).setParameter(10, row[8]).executeUpdate();
        });
        officer().get("/api/audit/verify").then().body("valid", equalTo(true));
    }
}
