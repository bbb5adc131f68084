package io.grantflow.documents;

import io.agroal.api.AgroalDataSource;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * Documents through the API (docs/documents.md): each allowed type is taken with its SHA-256 and size and comes
 * back byte for byte; what is too large (413), of a refused type (415), incomplete (422) or sent to a submitted
 * proposal (409) is refused and writes nothing; uploads and downloads are in the audit trail.
 */
@QuarkusTest
class DocumentsApiTest {

    static final int MB = 1024 * 1024;

    @Inject
    AgroalDataSource db;

    private static Consortium consortium;
    private static String call;

    static synchronized Consortium consortium() {
        if (consortium == null) {
            call = CallFixtures.create(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
            CallFixtures.publish(call);
            consortium = ProposalFixtures.consortium();
        }
        return consortium;
    }

    static long draft() {
        Consortium c = consortium();
        return ProposalFixtures.draft(call, c, ProposalFixtures.content(c, "750000.00", "277777.78"));
    }

    static RequestSpecification as(String user) {
        String role = user.startsWith("officer") ? "officer" : user.startsWith("sme") ? "sme" : "applicant";
        return given().auth().oauth2(Tokens.token(user, role));
    }

    static Response upload(String user, String owner, String name, byte[] bytes, String declaredType) {
        return as(user).multiPart("owner", owner).multiPart("file", name, bytes, declaredType).post("/api/documents");
    }

    @Test
    void everyAllowedTypeIsTakenWithItsHashAndSizeAndComesBackByteForByte() {
        long proposal = draft();
        String user = consortium().coordinatorUser();
        Map<String, byte[]> files = Map.of("description.pdf", DocumentFiles.pdf(), "logo.png", DocumentFiles.png(),
                "budget.csv", DocumentFiles.csv(), "plan.odt", DocumentFiles.odt(), "annex.docx", DocumentFiles.docx());
        Map<String, String> types = Map.of("description.pdf", "application/pdf", "logo.png", "image/png",
                "budget.csv", "text/csv; charset=utf-8", "plan.odt", "application/vnd.oasis.opendocument.text",
                "annex.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        for (var file : files.entrySet()) {
            // the declared type is ignored: the content decides
            long id = upload(user, "proposal:" + proposal, file.getKey(), file.getValue(), "application/octet-stream")
                    .then().statusCode(201).header("Location", containsString("/api/documents/"))
                    .body("owner", equalTo("proposal:" + proposal)).body("fileName", equalTo(file.getKey()))
                    .body("mediaType", equalTo(types.get(file.getKey())))
                    .body("size", equalTo(file.getValue().length))
                    .body("sha256", equalTo(DocumentFiles.sha256(file.getValue())))
                    .body("uploadedBy", equalTo(user))
                    .extract().jsonPath().getLong("id");
            byte[] back = as(consortium().partnerUser()).get("/api/documents/{id}/content", id).then().statusCode(200)
                    .header("Content-Type", containsString(types.get(file.getKey()).split(";")[0]))
                    .header("Content-Disposition", containsString("attachment; filename=\"" + file.getKey() + "\""))
                    .header("ETag", "\"" + DocumentFiles.sha256(file.getValue()) + "\"")
                    .header("X-Content-Type-Options", "nosniff")
                    .extract().asByteArray();
            assertThat(back).as(file.getKey()).isEqualTo(file.getValue());
        }
        as(user).queryParam("owner", "proposal:" + proposal).get("/api/documents").then().statusCode(200)
                .body("totalItems", equalTo(5)).body("items.fileName", hasItems("description.pdf", "annex.docx"));
    }

    @Test
    void aLargeDocumentIsStoredInChunksAndStreamedBack() {
        long proposal = draft();
        byte[] big = DocumentFiles.largePdf(3 * MB + 123, 42);
        long id = upload(consortium().coordinatorUser(), "proposal:" + proposal, "big.pdf", big, "application/pdf")
                .then().statusCode(201).body("size", equalTo(big.length)).extract().jsonPath().getLong("id");
        assertThat(count("select count(*) from grantflow.document_chunk where document_id = " + id)).isEqualTo(7);
        byte[] back = as(consortium().coordinatorUser()).get("/api/documents/{id}/content", id).then().statusCode(200)
                .header("Content-Length", String.valueOf(big.length)).extract().asByteArray();
        assertThat(DocumentFiles.sha256(back)).isEqualTo(DocumentFiles.sha256(big));
    }

    @Test
    @SendsInvalidRequests("uploads too large, of refused types and without their parts")
    void refusedUploadsWriteNothing() {
        long proposal = draft();
        String user = consortium().coordinatorUser();
        String owner = "proposal:" + proposal;
        long[] before = rows();
        // above the limit: the body announces more than the route takes (refused before it is read) …
        upload(user, owner, "huge.pdf", DocumentFiles.largePdf(21 * MB, 1), "application/pdf").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("document_too_large"));
        // … and a file just above 20 MB in a body the HTTP layer still takes
        upload(user, owner, "over.pdf", DocumentFiles.largePdf(20 * MB + 1, 2), "application/pdf").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("document_too_large"));
        upload(user, owner, "setup.exe", DocumentFiles.exe(), "application/pdf").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("unsupported_document_type"));
        upload(user, owner, "page.csv", DocumentFiles.html(), "text/csv").then().statusCode(415)
                .body("code", equalTo("unsupported_document_type"));
        upload(user, owner, "archive.zip", zipOfNothing(), "application/zip").then().statusCode(415);
        as(user).multiPart("other", "x").post("/api/documents").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("invalid_document"))
                .body("violations.field", hasItems("owner", "file"));
        upload(user, "proposal", "a.pdf", DocumentFiles.pdf(), "application/pdf").then().statusCode(422)
                .body("violations.code", hasItem("invalid_owner"));
        upload(user, "budget:1", "a.pdf", DocumentFiles.pdf(), "application/pdf").then().statusCode(422)
                .body("violations.code", hasItem("invalid_owner"));
        upload(user, owner, "bad\"name.pdf", DocumentFiles.pdf(), "application/pdf").then().statusCode(422)
                .body("violations.code", hasItem("invalid_file_name"));
        upload(user, owner, "empty.pdf", new byte[0], "application/pdf").then().statusCode(422)
                .body("violations.code", hasItem("empty_file"));
        upload(user, "proposal:987654321", "a.pdf", DocumentFiles.pdf(), "application/pdf").then().statusCode(404);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aSubmittedProposalTakesDocumentsUntilItCanNoLongerBeChangedEachWithItsVersion() {
        long proposal = draft();
        Consortium c = consortium();
        String owner = "proposal:" + proposal;
        long first = upload(c.coordinatorUser(), owner, "description.pdf", DocumentFiles.pdf(), "application/pdf")
                .then().statusCode(201).body("ownerVersion", equalTo(0)).extract().jsonPath().getLong("id");
        ProposalFixtures.as(c.coordinatorUser()).post("/api/proposals/{id}/submit", proposal).then().statusCode(200)
                .body("currentVersion", equalTo(1));
        // submitted, before its deadline: it may still be changed and resubmitted, so it takes documents
        upload(c.partnerUser(), owner, "annex.pdf", DocumentFiles.pdf(), "application/pdf").then().statusCode(201)
                .body("ownerVersion", equalTo(1));
        // what was uploaded never changes: the first document is as it was
        as(c.partnerUser()).get("/api/documents/{id}", first).then().statusCode(200).body("ownerVersion", equalTo(0))
                .body("fileName", equalTo("description.pdf"));
        ProposalFixtures.as(c.coordinatorUser()).post("/api/proposals/{id}/withdraw", proposal).then().statusCode(200);
        long[] before = rows();
        upload(c.partnerUser(), owner, "late.pdf", DocumentFiles.pdf(), "application/pdf").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("document_owner_submitted"));
        assertThat(rows()).isEqualTo(before);
        // what was uploaded stays readable
        as(c.partnerUser()).queryParam("owner", owner).get("/api/documents").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.ownerVersion", hasItems(0, 1));
    }

    @Test
    void uploadsAndDownloadsAreInTheAuditTrail() {
        long proposal = draft();
        Consortium c = consortium();
        long id = upload(c.coordinatorUser(), "proposal:" + proposal, "d.pdf", DocumentFiles.pdf(), "application/pdf")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(c.partnerUser()).get("/api/documents/{id}/content", id).then().statusCode(200);
        given().auth().oauth2(Tokens.officer()).queryParam("object", "document:" + id).get("/api/audit").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].actor", equalTo(c.coordinatorUser()))
                .body("items[0].changes.sha256", equalTo(DocumentFiles.sha256(DocumentFiles.pdf())))
                .body("items[1].actor", equalTo(c.partnerUser()))
                .body("items[1].changes.downloaded_by", equalTo(c.partnerUser()));
    }

    @Test
    @SendsInvalidRequests("list without an owner")
    void theListNeedsAnOwner() {
        as(consortium().coordinatorUser()).get("/api/documents").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter"));
        as(consortium().coordinatorUser()).queryParam("owner", "nothing:1").get("/api/documents").then().statusCode(400);
    }

    @Test
    @SendsInvalidRequests("JSON bodies above 1 MB")
    void everyOtherRouteKeepsItsOneMegabyteLimitWithOrWithoutALength() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        given().auth().oauth2(Tokens.officer()).contentType("application/json").body(big).post("/api/experts").then()
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("body_too_large"));
        // chunked: no length announced, counted while read
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + io.restassured.RestAssured.port + "/api/experts"))
                .header("Authorization", "Bearer " + Tokens.officer()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build();
        int status;
        try {
            status = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closed) {
            status = 413; // the server may close the connection while the client still sends
        }
        assertThat(status).isEqualTo(413);
    }

    private static byte[] zipOfNothing() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Rows of the documents' tables: documents, chunks, downloads. */
    long[] rows() {
        return new long[]{count("select count(*) from grantflow.document"),
                count("select count(*) from grantflow.document_chunk"),
                count("select count(*) from grantflow.document_download")};
    }

    long count(String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
