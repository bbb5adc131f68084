package io.grantflow.documents;

import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.Deadlines;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may list, describe, download and upload a proposal's documents: exactly those who read the proposal (its
 * consortium, officers) and the experts evaluating it once they declared no conflict of interest; members of the
 * consortium upload while it may be changed (before its deadline). Everyone else learns nothing: 404, as for the
 * proposal itself; without credentials 401.
 */
@QuarkusTest
@SendsInvalidRequests("strangers' and anonymous requests")
class DocumentAccessMatrixTest {

    record Expected(int list, int get, int download, int upload) {
    }

    @Test
    void onlyThoseWhoReadTheOwnerReadItsDocuments() {
        Consortium c = DocumentsApiTest.consortium();
        long proposal = DocumentsApiTest.draft();
        long id = DocumentsApiTest.upload(c.coordinatorUser(), "proposal:" + proposal, "description.pdf",
                DocumentFiles.pdf(), "application/pdf").then().statusCode(201).extract().jsonPath().getLong("id");
        Consortium other = ProposalFixtures.consortium();
        String sme = ProposalFixtures.user("sme");

        Map<String, RequestSpecification> who = new LinkedHashMap<>();
        Map<String, Expected> expected = new LinkedHashMap<>();
        who.put("coordinator member", as(c.coordinatorUser(), "applicant"));
        expected.put("coordinator member", new Expected(200, 200, 200, 201));
        who.put("partner member", as(c.partnerUser(), "applicant"));
        expected.put("partner member", new Expected(200, 200, 200, 201));
        who.put("officer", given().auth().oauth2(Tokens.officer()));
        expected.put("officer", new Expected(200, 200, 200, 404));
        who.put("other consortium", as(other.coordinatorUser(), "applicant"));
        expected.put("other consortium", new Expected(404, 404, 404, 404));
        who.put("an SME", as(sme, "sme"));
        expected.put("an SME", new Expected(404, 404, 404, 404));
        who.put("anonymous", given());
        expected.put("anonymous", new Expected(401, 401, 401, 401));

        Map<String, Expected> actual = new LinkedHashMap<>();
        for (var w : who.entrySet()) {
            RequestSpecification r = w.getValue();
            int list = r.queryParam("owner", "proposal:" + proposal).get("/api/documents").statusCode();
            int get = spec(w.getKey(), c, other, sme).get("/api/documents/{id}", id).statusCode();
            int download = spec(w.getKey(), c, other, sme).get("/api/documents/{id}/content", id).statusCode();
            int upload = spec(w.getKey(), c, other, sme).multiPart("owner", "proposal:" + proposal)
                    .multiPart("file", "x.pdf", DocumentFiles.pdf(), "application/pdf").post("/api/documents").statusCode();
            actual.put(w.getKey(), new Expected(list, get, download, upload));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theExpertsEvaluatingAProposalReadItsDocumentsOnceTheyDeclaredNoConflict() {
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant deadline = Deadlines.ahead();
        def.put("opensAt", Instant.now().minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", deadline.toString())));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        long proposal = ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
        ProposalFixtures.as(c.coordinatorUser()).post("/api/proposals/{id}/submit", proposal).then().statusCode(200);
        long id = DocumentsApiTest.upload(c.partnerUser(), "proposal:" + proposal, "annex.pdf", DocumentFiles.pdf(),
                "application/pdf").then().statusCode(201).extract().jsonPath().getLong("id");
        Deadlines.pass(deadline);
        Await.until(() -> ProposalFixtures.as(c.coordinatorUser()).get("/api/proposals/{id}", proposal).jsonPath()
                .getString("status"), "ELIGIBLE"::equals, Duration.ofSeconds(30), "proposal " + proposal + " eligible");
        List<String> pool = EvaluationFixtures.pool(call, 2);
        EvaluationFixtures.officer().body(Map.of("expertsPerProposal", 1)).post("/api/calls/{id}/assignments", call)
                .then().statusCode(200);
        String assigned = pool.stream().filter(u -> EvaluationFixtures.assignmentOf(u, proposal) != null).findFirst()
                .orElseThrow();
        String notAssigned = pool.stream().filter(u -> !u.equals(assigned)).findFirst().orElseThrow();

        Map<String, Expected> actual = new LinkedHashMap<>();
        actual.put("assigned expert before the declaration", matrix(assigned, "evaluator", proposal, id));
        EvaluationFixtures.expert(assigned).body(Map.of("conflict", false)).post(
                "/api/evaluator/assignments/{id}/conflict-declaration", EvaluationFixtures.assignmentOf(assigned, proposal))
                .then().statusCode(200);
        actual.put("assigned expert after declaring no conflict", matrix(assigned, "evaluator", proposal, id));
        actual.put("expert of the pool not assigned", matrix(notAssigned, "evaluator", proposal, id));
        actual.put("consortium member after the deadline", matrix(c.coordinatorUser(), "applicant", proposal, id));

        Map<String, Expected> expected = new LinkedHashMap<>();
        expected.put("assigned expert before the declaration", new Expected(404, 404, 404, 404));
        expected.put("assigned expert after declaring no conflict", new Expected(200, 200, 200, 404));
        expected.put("expert of the pool not assigned", new Expected(404, 404, 404, 404));
        expected.put("consortium member after the deadline", new Expected(200, 200, 200, 409));
        assertThat(actual).isEqualTo(expected);
    }

    private static Expected matrix(String user, String role, long proposal, long document) {
        return new Expected(as(user, role).queryParam("owner", "proposal:" + proposal).get("/api/documents").statusCode(),
                as(user, role).get("/api/documents/{id}", document).statusCode(),
                as(user, role).get("/api/documents/{id}/content", document).statusCode(),
                as(user, role).multiPart("owner", "proposal:" + proposal).multiPart("file", "x.pdf", DocumentFiles.pdf(),
                        "application/pdf").post("/api/documents").statusCode());
    }

    /** A fresh request of the same person (REST Assured specifications keep their parameters). */
    private static RequestSpecification spec(String who, Consortium c, Consortium other, String sme) {
        return switch (who) {
            case "coordinator member" -> as(c.coordinatorUser(), "applicant");
            case "partner member" -> as(c.partnerUser(), "applicant");
            case "officer" -> given().auth().oauth2(Tokens.officer());
            case "other consortium" -> as(other.coordinatorUser(), "applicant");
            case "an SME" -> as(sme, "sme");
            default -> given();
        };
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(Tokens.token(user, role));
    }
}
