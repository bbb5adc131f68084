package io.grantflow.exports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.grantflow.exports.application.ExportJobs;
import io.grantflow.support.Await;
import io.grantflow.support.TestClock;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Every export format: valid against its schema, and with figures equal to the ledger to the cent. */
@QuarkusTest
class ExportApiTest {

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static JsonSchema giving360() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaMappers(m -> m
                .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/", "classpath:schemas/360giving/")
                .mapPrefix("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/", "classpath:schemas/360giving/")));
        // formats asserted, as the standard intends (awardDate: a date-time, or a date by pattern, not both)
        return factory.getSchema(SchemaLocation.of(
                "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.3/schema/360-giving-package-schema.json"),
                com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void tablesPackagesAndSepaFilesMatchTheLedger() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        String partner = g.consortium().partnerUser();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        def.put("fixedAmount", "1000.00");
        def.put("firstTranchePercent", 100);
        createOpenCall(g, def).then().statusCode(201);
        long openCall = as(partner).get("/api/open-calls?grant=" + g.id()).jsonPath().getLong("items[0].id");
        List<Long> orders = new ArrayList<>();
        List<String> pics = new ArrayList<>();
        for (String country : List.of("IT", "EE")) {
            Sme sme = GrantFixtures.sme(country);
            pics.add(as(sme.user()).get("/api/organisations/{id}", sme.organisation()).jsonPath().getString("pic"));
            orders.add(asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                    .then().statusCode(201).extract().jsonPath().getLong("firstTranche.paymentOrder"));
        }
        String batch = as(partner).body(Map.of("orders", orders)).post("/api/payments/approve-batch").then()
                .statusCode(200).extract().jsonPath().getString("[0].batchId");
        for (Long o : orders) {
            Await.until(() -> as(partner).get("/api/payments/{id}", o).jsonPath().getString("status"), "PAID"::equals,
                    Duration.ofSeconds(30), "order paid");
        }
        JsonPath budget = as(g.consortium().coordinatorUser()).get("/api/budgets/grants/{id}", g.id()).jsonPath();
        assertThat(budget.getString("paidToSmes")).isEqualTo("2000.00");

        // ---- CSV: payments and the FSTP report, figures as in the ledger
        List<CSVRecord> payments = csv(officer().get("/api/exports/payments?format=csv&status=PAID").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString());
        BigDecimal paidToSmes = payments.stream().filter(r -> orders.contains(Long.parseLong(r.get("payment_order"))))
                .map(r -> money(r.get("amount_eur"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(paidToSmes).isEqualByComparingTo(budget.getString("paidToSmes"));
        List<CSVRecord> fstp = csv(officer().get("/api/exports/fstp-report?grant=" + g.id()).then().statusCode(200)
                .extract().asString());
        assertThat(fstp).hasSize(2);
        assertThat(fstp.stream().map(r -> r.get("participant_id")).toList()).containsExactlyElementsOf(pics);
        assertThat(fstp.stream().map(r -> r.get("country")).toList()).containsExactly("IT", "EE");
        assertThat(fstp.stream().map(r -> r.get("paid_eur")).toList()).containsExactly("1000.00", "1000.00");
        List<CSVRecord> ranking = csv(officer().get("/api/exports/ranking?call=" + g.call()).then().statusCode(200)
                .extract().asString());
        assertThat(ranking.get(0).get("outcome")).isEqualTo("MAIN_LIST");
        assertThat(csv(officer().get("/api/exports/recipients?grant=" + g.id()).then().extract().asString())).hasSize(2);
        List<CSVRecord> grants = csv(officer().get("/api/exports/grants?call=" + g.call()).then().extract().asString());
        assertThat(grants.get(0).get("max_contribution_eur")).isEqualTo("1000000.00");
        officer().get("/api/exports/ranking").then().statusCode(400).body("code", equalTo("invalid_query_parameter"));
        as(partner).get("/api/exports/payments").then().statusCode(403);

        // ---- XLSX (by the Accept header): the applications, amounts equal to the commitments
        byte[] xlsx = officer().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/exports/applications?grant=" + g.id()).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("awarded_eur");
            BigDecimal awarded = BigDecimal.ZERO;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                awarded = awarded.add(BigDecimal.valueOf(row.getCell(7).getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN));
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(awarded).isEqualByComparingTo(budget.getString("committedToSmes"));
        }

        // ---- 360Giving packages, valid against the standard's schema
        JsonSchema schema = giving360();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode grantsPackage = mapper.readTree(officer().get("/api/exports/360giving/grants?call=" + g.call()).then()
                .statusCode(200).extract().asString());
        Set<ValidationMessage> errors = schema.validate(grantsPackage);
        assertThat(errors).isEmpty();
        assertThat(grantsPackage.at("/grants/0/amountAwarded").decimalValue()).isEqualByComparingTo("1000000.00");
        assertThat(grantsPackage.at("/grants/0/regrantType").asText()).isEqualTo("FRG010");
        JsonNode awards = mapper.readTree(officer().get("/api/exports/360giving/sme-awards?grant=" + g.id()).then()
                .statusCode(200).extract().asString());
        assertThat(schema.validate(awards)).isEmpty();
        assertThat(awards.at("/grants").size()).isEqualTo(2);
        BigDecimal disbursed = BigDecimal.ZERO;
        for (JsonNode n : awards.at("/grants")) {
            disbursed = disbursed.add(n.get("amountDisbursed").decimalValue());
        }
        assertThat(disbursed).isEqualByComparingTo(budget.getString("paidToSmes"));
        // and the validator does reject a package without a required field
        ((com.fasterxml.jackson.databind.node.ObjectNode) awards.at("/grants/0")).remove("awardDate");
        assertThat(schema.validate(awards)).isNotEmpty();

        // ---- SEPA pain.001.001.03 of the consortium's batch: schema-valid, SEPA rules, exported once
        String xml = as(partner).get("/api/payments/batches/{b}/sepa", batch).then().statusCode(200).extract().asString();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/schemas/iso20022/pain.001.001.03.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
        XmlPath sepa = new XmlPath(xml);
        assertThat(sepa.getInt("Document.CstmrCdtTrfInitn.GrpHdr.NbOfTxs")).isEqualTo(2);
        assertThat(sepa.getString("Document.CstmrCdtTrfInitn.GrpHdr.CtrlSum")).isEqualTo("2000.00");
        assertThat(sepa.getString("Document.CstmrCdtTrfInitn.PmtInf.CtrlSum")).isEqualTo("2000.00");
        assertThat(sepa.getString("Document.CstmrCdtTrfInitn.PmtInf.PmtTpInf.SvcLvl.Cd")).isEqualTo("SEPA");
        assertThat(sepa.getString("Document.CstmrCdtTrfInitn.PmtInf.ChrgBr")).isEqualTo("SLEV");
        assertThat(sepa.getList("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.PmtId.EndToEndId", Long.class))
                .containsExactlyElementsOf(orders);
        assertThat(sepa.getList("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.Amt.InstdAmt.@Ccy")).containsOnly("EUR");
        assertThat(sepa.getList("Document.CstmrCdtTrfInitn.PmtInf.CdtTrfTxInf.Cdtr.Nm", String.class))
                .allMatch(n -> n.length() <= 70);
        assertThat(as(partner).get("/api/payments/batches/{b}/sepa", batch).then().extract().asString()).isEqualTo(xml);
        officer().get("/api/payments/batches/{b}/sepa", batch).then().statusCode(404);

        // ---- a background export job with its progress, then its file
        JsonPath job = officer().body(Map.of("kind", "payments", "format", "csv", "parameters", Map.of("status", "PAID")))
                .post("/api/exports/jobs").then().statusCode(202).extract().jsonPath();
        long jobId = job.getLong("id");
        JsonPath done = Await.until(() -> officer().get("/api/exports/jobs/{id}", jobId).jsonPath(),
                j -> "DONE".equals(j.getString("status")), Duration.ofSeconds(30), "export job done");
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(done.getLong("doneRows")).isEqualTo(done.getLong("totalRows"));
        List<CSVRecord> fromJob = csv(officer().get("/api/exports/jobs/{id}/file", jobId).then().statusCode(200)
                .extract().asString());
        assertThat(fromJob.size()).isEqualTo(done.getInt("totalRows"));
        officer().body(Map.of("kind", "nothing")).post("/api/exports/jobs").then().statusCode(422);
        given().auth().oauth2(Tokens.token("nobody", "sme")).get("/api/exports/jobs/{id}", jobId).then().statusCode(403);
    }

    // ---- issue 13 point 5: text users typed never reaches a CSV export as a formula

    /** Names that a spreadsheet would run as formulas (OWASP's list of leading characters). */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+2", "\r=1+2");

    @Test
    void csvCellsThatCouldRunAsFormulasAreNeutralisedAndAmountsStayNumbers() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        String partner = g.consortium().partnerUser();
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", "10000.00");
        def.put("fixedAmount", "1000.00");
        def.put("firstTranchePercent", 100);
        String title = "=HYPERLINK(\"http://evil\",\"open call\")";
        def.put("title", title);
        createOpenCall(g, def).then().statusCode(201);
        long openCall = as(partner).get("/api/open-calls?grant=" + g.id()).jsonPath().getLong("items[0].id");
        List<Long> orders = new ArrayList<>();
        List<Long> organisations = new ArrayList<>();
        for (String name : FORMULAS) {
            String user = io.grantflow.support.ProposalFixtures.user("sme");
            Sme sme = new Sme(user, io.grantflow.support.ProposalFixtures.organisation(user, name, "IT", "SME"));
            organisations.add(sme.organisation());
            orders.add(asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", openCall)
                    .then().statusCode(201).extract().jsonPath().getLong("firstTranche.paymentOrder"));
        }

        // payments: payee names neutralised, amounts plain numbers
        List<CSVRecord> payments = csv(officer().get("/api/exports/payments?format=csv").then().statusCode(200)
                .extract().asString()).stream().filter(r -> orders.contains(Long.parseLong(r.get("payment_order"))))
                .toList();
        assertThat(payments.stream().map(r -> r.get("payee")).toList())
                .containsExactlyElementsOf(FORMULAS.stream().map(n -> "'" + n).toList());
        assertThat(payments).allSatisfy(r -> assertThat(r.get("amount_eur")).isEqualTo("1000.00"));
        // applications: organisation names; the FSTP report: recipients and the open call's title
        List<CSVRecord> applications = csv(officer().get("/api/exports/applications?grant=" + g.id()).then()
                .statusCode(200).extract().asString());
        assertThat(applications.stream().map(r -> r.get("organisation")).toList())
                .containsExactlyElementsOf(FORMULAS.stream().map(n -> "'" + n).toList());
        assertThat(applications).allSatisfy(r -> assertThat(r.get("awarded_eur")).isEqualTo("1000.00"));
        List<CSVRecord> fstp = csv(officer().get("/api/exports/fstp-report?grant=" + g.id()).then().statusCode(200)
                .extract().asString());
        assertThat(fstp).allSatisfy(r -> assertThat(r.get("open_call_title")).isEqualTo("'" + title));
        assertThat(fstp.stream().map(r -> r.get("recipient")).toList())
                .containsExactlyElementsOf(FORMULAS.stream().map(n -> "'" + n).toList());
        assertThat(fstp).allSatisfy(r -> assertThat(r.get("open_call")).matches("\\d+"));
        List<CSVRecord> openCalls = csv(officer().get("/api/exports/open-calls?grant=" + g.id()).then().statusCode(200)
                .extract().asString());
        assertThat(openCalls.get(0).get("title")).isEqualTo("'" + title);
        assertThat(openCalls.get(0).get("budget_eur")).isEqualTo("10000.00");
        // a background job writes the same cells
        long jobId = officer().body(Map.of("kind", "applications", "format", "csv", "parameters",
                Map.of("grant", String.valueOf(g.id())))).post("/api/exports/jobs").then().statusCode(202).extract()
                .jsonPath().getLong("id");
        Await.until(() -> officer().get("/api/exports/jobs/{id}", jobId).jsonPath().getString("status"),
                "DONE"::equals, Duration.ofSeconds(30), "export job done");
        assertThat(csv(officer().get("/api/exports/jobs/{id}/file", jobId).then().statusCode(200).extract().asString())
                .stream().map(r -> r.get("organisation")).toList())
                .containsExactlyElementsOf(FORMULAS.stream().map(n -> "'" + n).toList());

        // XLSX: the same names are typed text cells (never formulas), kept as typed; amounts numeric
        byte[] xlsx = officer().get("/api/exports/applications?format=xlsx&grant=" + g.id()).then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
                assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                names.add(row.getCell(2).getStringCellValue());
                assertThat(row.getCell(7).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1000.0);
            }
            assertThat(names).containsExactlyElementsOf(FORMULAS);
        }
    }

    // ---- issue 13 point 9: export results live in the database, for their requester only, for a while

    @Inject
    ExportJobs jobs;

    @ConfigProperty(name = "grantflow.exports.retention")
    Duration retention;

    private static io.restassured.specification.RequestSpecification officerNamed(String name) {
        return given().auth().oauth2(Tokens.token(name, "officer")).contentType(ContentType.JSON);
    }

    private static long finishedJob(String requester) {
        long id = officerNamed(requester).body(Map.of("kind", "payments", "format", "csv")).post("/api/exports/jobs")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        Await.until(() -> officerNamed(requester).get("/api/exports/jobs/{id}", id).jsonPath().getString("status"),
                s -> !"RUNNING".equals(s), Duration.ofSeconds(30), "export job finished");
        return id;
    }

    @Test
    void exportJobResultsAreKeptInTheDatabaseAndServedToTheirRequesterOnly() throws Exception {
        String requester = io.grantflow.support.ProposalFixtures.user("officer");
        String other = io.grantflow.support.ProposalFixtures.user("officer");
        long jobId = finishedJob(requester);
        officerNamed(requester).get("/api/exports/jobs/{id}", jobId).then().statusCode(200)
                .body("status", equalTo("DONE")).body("percent", equalTo(100))
                .body("file", equalTo("/api/exports/jobs/" + jobId + "/file"));
        String body = officerNamed(requester).get("/api/exports/jobs/{id}/file", jobId).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("payments.csv"))
                .extract().asString();
        assertThat(body).startsWith("payment_order,account,payee,iban,amount_eur");
        // another officer neither sees the job nor gets its file
        officerNamed(other).get("/api/exports/jobs/{id}", jobId).then().statusCode(404).body("code", equalTo("not_found"));
        officerNamed(other).get("/api/exports/jobs/{id}/file", jobId).then().statusCode(404)
                .body("code", equalTo("not_found"));
        // and nothing was written to this host's temporary directory: no export file there holds this job's
        // bytes (other services on this host, older versions among them, write export-<id>.csv there too)
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var files = java.nio.file.Files.walk(tmp, 3)) {
            assertThat(files.filter(f -> f.getFileName() != null && f.getFileName().toString().startsWith("export-"))
                    .filter(f -> {
                        try {
                            return java.nio.file.Files.isRegularFile(f) && java.nio.file.Files.size(f) == bytes.length
                                    && java.util.Arrays.equals(java.nio.file.Files.readAllBytes(f), bytes);
                        } catch (java.io.IOException unreadable) {
                            return false; // another user's file: not ours
                        }
                    }).toList()).isEmpty();
        }
    }

    @Test
    void exportJobResultsArePurgedAfterTheRetention() {
        String requester = io.grantflow.support.ProposalFixtures.user("officer");
        long jobId = finishedJob(requester);
        try {
            TestClock.freeze();
            TestClock.advance(retention.minusMinutes(1));
            jobs.purgeExpired();
            officerNamed(requester).get("/api/exports/jobs/{id}/file", jobId).then().statusCode(200);
            TestClock.advance(Duration.ofMinutes(2));
            assertThat(jobs.purgeExpired()).isGreaterThanOrEqualTo(1);
            officerNamed(requester).get("/api/exports/jobs/{id}/file", jobId).then().statusCode(404)
                    .body("code", equalTo("not_found"));
            officerNamed(requester).get("/api/exports/jobs/{id}", jobId).then().statusCode(404);
        } finally {
            TestClock.reset();
        }
    }

    @SendsInvalidRequests("status and format values outside the enums the document declares; a lower-case status")
    @Test
    void anUnknownGrantOrOpenCallIsA404AndAStatusFilterNamesTheAllowedValues() {
        long unknown = 987654321L;
        for (String path : List.of("/api/exports/fstp-report?grant=", "/api/exports/open-calls?grant=",
                "/api/exports/recipients?grant=", "/api/exports/applications?grant=", "/api/exports/applications?openCall=",
                "/api/exports/360giving/sme-awards?grant=")) {
            officer().get(path + unknown).then().statusCode(404).contentType(containsString("application/problem+json"))
                    .body("code", equalTo("not_found")).body("detail", containsString(String.valueOf(unknown)));
        }
        officer().get("/api/exports/360giving/grants?call=NO-SUCH-CALL").then().statusCode(404)
                .body("code", equalTo("not_found"));
        officer().get("/api/exports/fstp-report?grant=abc").then().statusCode(400)
                .body("violations.field", equalTo(List.of("grant")));
        officer().body(Map.of("kind", "fstp-report", "format", "csv", "parameters", Map.of("grant", String.valueOf(unknown))))
                .post("/api/exports/jobs").then().statusCode(404);
        // status filters: the allowed values named, case-insensitive values still accepted
        officer().get("/api/exports/payments?status=SETTLED").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter")).body("violations.field", equalTo(List.of("status")))
                .body("violations[0].message", containsString("PENDING_APPROVAL"))
                .body("violations[0].message", containsString("PAID"));
        officer().body(Map.of("kind", "payments", "format", "csv", "parameters", Map.of("status", "settled")))
                .post("/api/exports/jobs").then().statusCode(400).body("violations.field", equalTo(List.of("status")));
        officer().body(Map.of("kind", "payments", "format", "csv", "parameters", Map.of("status", " ")))
                .post("/api/exports/jobs").then().statusCode(400).body("code", equalTo("invalid_query_parameter"))
                .body("violations.field", equalTo(List.of("status")));
        officer().get("/api/exports/payments?status=paid").then().statusCode(200);
        officer().get("/api/exports/payments?format=pdf").then().statusCode(400)
                .body("violations.field", equalTo(List.of("format")));
    }
}
