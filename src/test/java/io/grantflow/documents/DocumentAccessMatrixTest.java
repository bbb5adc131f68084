package io.grantflow.documents;

import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may list, describe, download and upload a proposal's documents: exactly those who read the proposal (its
 * consortium, officers); members of the consortium upload while it is a draft. Everyone else learns nothing: 404,
 * as for the proposal itself; without credentials 401.
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
