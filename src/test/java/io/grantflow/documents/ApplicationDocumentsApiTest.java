package io.grantflow.documents;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The documents of an SME's application to an open call (cascade's {@code ApplicationDocuments}): the SME adds its
 * proofs while the application waits for the decision (UNDER_REVIEW: an evaluated open call) and no more once it is decided against; the consortium
 * running the open call reads them; anyone else learns nothing (404).
 */
@QuarkusTest
class ApplicationDocumentsApiTest {

    @Test
    @SendsInvalidRequests("a stranger's requests and an upload after the decision")
    void anSmeAddsItsProofsBeforeTheDecisionAndTheConsortiumReadsThem() {
        SignedGrant g = GrantFixtures.signedGrant();
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "2000.00");
        long call = createOpenCall(g, def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long app = asSme(sme).body(application(sme, "1500.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("status", equalTo("UNDER_REVIEW")).extract().jsonPath().getLong("id");
        String owner = "application:" + app;
        byte[] proof = DocumentFiles.pdf();

        long id = DocumentsApiTest.upload(sme.user(), owner, "registration.pdf", proof, "application/pdf").then()
                .statusCode(201).body("owner", equalTo(owner)).body("uploadedBy", equalTo(sme.user()))
                .body("ownerVersion", equalTo(null)).extract().jsonPath().getLong("id");

        // the consortium running the open call reads it, byte for byte
        String consortium = g.consortium().partnerUser();
        as(consortium).queryParam("owner", owner).get("/api/documents").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].fileName", equalTo("registration.pdf"));
        byte[] back = as(consortium).get("/api/documents/{id}/content", id).then().statusCode(200).extract().asByteArray();
        assertThat(back).isEqualTo(proof);

        // a stranger (another SME) learns nothing
        Sme stranger = GrantFixtures.sme("FR");
        DocumentsApiTest.as(stranger.user()).queryParam("owner", owner).get("/api/documents").then().statusCode(404);
        DocumentsApiTest.as(stranger.user()).get("/api/documents/{id}", id).then().statusCode(404);
        DocumentsApiTest.as(stranger.user()).get("/api/documents/{id}/content", id).then().statusCode(404);
        DocumentsApiTest.upload(stranger.user(), owner, "x.pdf", proof, "application/pdf").then().statusCode(404);
        // the consortium reads but does not add to the SME's application
        DocumentsApiTest.upload(consortium, owner, "x.pdf", proof, "application/pdf").then().statusCode(404);

        // decided against: no more documents, what was sent stays readable
        as(g.consortium().coordinatorUser()).body(Map.of("approve", false, "score", 31, "reason", "weak plan"))
                .post("/api/applications/{id}/decision", app).then().statusCode(200).body("status", equalTo("REJECTED"));
        DocumentsApiTest.upload(sme.user(), owner, "late.pdf", proof, "application/pdf").then().statusCode(409)
                .body("code", equalTo("document_owner_submitted"));
        DocumentsApiTest.as(sme.user()).get("/api/documents/{id}/content", id).then().statusCode(200);
        assertThat(ProposalFixtures.user("x")).isNotBlank();
    }
}
