package io.grantflow.calls;

import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CallApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void officerCreatesACallThatIsThenListedAndShownWithItsRules() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> call = CallFixtures.euroclustersLike(programme);
        String id = (String) call.get("identifier");

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .when().post("/api/calls")
                .then().statusCode(201)
                .header("Location", containsString("/api/calls/" + id))
                .body("identifier", equalTo(id))
                .body("status", equalTo("DRAFT"))
                .body("budget", equalTo("42000000.00"))
                .body("currency", equalTo("EUR"))
                .body("fstp.minSmeShare", equalTo(75.00f))
                .body("fundingRates.otherCosts", equalTo(90.00f))
                .body("fstp.maxPerThirdParty", equalTo("60000.00"))
                .body("tieBreak", equalTo(List.of("Relevance", "Quality", "Impact")))
                .body("criteria[0].maxScore", equalTo(5));

        given().auth().oauth2(Tokens.officer()).queryParam("programme", programme)
                .when().get("/api/calls")
                .then().statusCode(200)
                .body("items.identifier", equalTo(List.of(id)))
                .body("totalItems", equalTo(1));

        // a draft is not public
        given().get("/api/calls/{id}", id).then().statusCode(404).contentType(PROBLEM);
        given().queryParam("programme", programme).get("/api/calls").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void publishedCallIsPublicWithItsStatusAndDeadlineInBrusselsTime() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> call = CallFixtures.euroclustersLike(programme);
        // 17:00:00 Brussels time on a winter day, given without an offset
        call.put("deadlines", List.of(Map.of("label", "Deadline", "at", "2099-01-15T17:00:00")));
        String id = CallFixtures.create(call);
        CallFixtures.publish(id);

        given().get("/api/calls/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("deadlines[0].at", equalTo("2099-01-15T17:00:00+01:00"))
                .body("nextDeadline", equalTo("2099-01-15T17:00:00+01:00"))
                .body("publishedAt", notNullValue());
    }

    @SendsInvalidRequests("a body that is not JSON")
    @Test
    void malformedJsonIsA400Problem() {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body("{\"identifier\": ")
                .when().post("/api/calls")
                .then().statusCode(400).contentType(PROBLEM)
                .body("code", equalTo("malformed_json"))
                .body("detail", not(containsString("io.grantflow")))
                .body("detail", not(containsString("Exception")));
    }

    @SendsInvalidRequests("wrong types and unknown fields")
    @Test
    void wrongTypesAndUnknownFieldsAreA400NamingTheField() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("budget", "12.345");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("budget"))
                .body("toString()", not(containsString("io.grantflow")));

        call.put("budget", "1000.00");
        call.put("status", "OPEN");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].code", equalTo("unknown_field"))
                .body("violations[0].field", equalTo("status"));

        call.remove("status");
        call.put("actionType", "FREE_MONEY");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("actionType"))
                .body("toString()", not(containsString("io.grantflow")));
    }

    @Test
    void pastDeadlineAndNegativeBudgetAreBothListedIn422() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("budget", "-5.00");
        call.put("opensAt", Instant.now().minus(10, ChronoUnit.DAYS).toString());
        call.put("deadlines", List.of(Map.of("at", Instant.now().minus(1, ChronoUnit.DAYS).toString())));

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .when().post("/api/calls")
                .then().statusCode(422).contentType(PROBLEM)
                .body("code", equalTo("invalid_call"))
                .body("violations.code", hasItems("must_be_positive", "deadline_in_past"))
                .body("violations.field", hasItems("budget", "deadlines[0].at"));

        given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", call.get("identifier")).then().statusCode(404);
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        call.put("identifier", "lower case!");
        call.put("minGrant", "2000000.00");
        call.put("maxGrant", "1000000.00");
        call.put("fundingRates", Map.of("financialSupportToThirdParties", 100, "otherCosts", 120));
        call.put("submissionModel", "TWO_STAGE");
        call.put("eligibility", Map.of("minPartners", 2, "minCountries", 3, "eligibleCountries", List.of("ZZ")));
        call.put("criteria", List.of(Map.of("name", "Relevance", "weight", 1, "threshold", 3.3),
                Map.of("name", "Relevance", "weight", 1, "threshold", 3)));
        call.put("overallThreshold", 11);
        call.put("tieBreak", List.of("Beauty"));
        call.put("programme", "NO-SUCH-PROGRAMME");

        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(422)
                .body("violations.code", hasItems("invalid_identifier", "min_grant_above_max_grant",
                        "percentage_out_of_range", "deadline_count", "min_countries_above_min_partners",
                        "invalid_country", "not_a_half_point", "duplicate_criterion", "score_out_of_range",
                        "unknown_criterion", "unknown_programme"));
    }

    @Test
    void cutOffBudgetsMayNotExceedTheCallBudget() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant now = Instant.now();
        call.put("submissionModel", "MULTIPLE_CUTOFFS");
        call.put("budget", "1000000.00");
        call.put("maxGrant", null);
        call.put("minGrant", null);
        call.put("deadlines", List.of(
                Map.of("at", now.plus(10, ChronoUnit.DAYS).toString(), "budget", "600000.00"),
                Map.of("at", now.plus(20, ChronoUnit.DAYS).toString(), "budget", "400000.01")));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(422)
                .body("violations.code", hasItem("cutoff_budgets_exceed_call_budget"));

        call.put("deadlines", List.of(
                Map.of("at", now.plus(10, ChronoUnit.DAYS).toString(), "budget", "600000.00"),
                Map.of("at", now.plus(20, ChronoUnit.DAYS).toString(), "budget", "400000.00")));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(201)
                .body("deadlines.label", equalTo(List.of("Cut-off 1", "Cut-off 2")))
                .body("deadlines.budget", equalTo(List.of("600000.00", "400000.00")));
    }

    @Test
    void theCallsOfAProgrammeCannotAllocateMoreThanItsBudget() {
        String programme = CallFixtures.programme("50000000.00");
        Map<String, Object> first = CallFixtures.euroclustersLike(programme);
        CallFixtures.create(first);
        Map<String, Object> second = CallFixtures.euroclustersLike(programme);
        second.put("budget", "8000000.01");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(second)
                .post("/api/calls")
                .then().statusCode(422)
                .body("violations.code", hasItem("programme_budget_exceeded"))
                .body("violations.message", hasItem(containsString("available: 8000000.00")));
        second.put("budget", "8000000.00");
        second.put("maxGrant", "1000000.00");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(second)
                .post("/api/calls").then().statusCode(201);
        given().get("/api/programmes/{code}", programme).then().statusCode(200)
                .body("allocatedToCalls", equalTo("50000000.00")).body("unallocated", equalTo("0.00"));
    }

    @Test
    void aDuplicateIdentifierIsAConflict() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        CallFixtures.create(call);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(409).contentType(PROBLEM).body("code", equalTo("call_identifier_taken"));
    }

    @Test
    void withoutCredentials401AsApplicant403() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        given().contentType(ContentType.JSON).body(call).post("/api/calls")
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("unauthenticated"))
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(Tokens.applicant()).contentType(ContentType.JSON).body(call).post("/api/calls")
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("forbidden"));
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(call).post("/api/calls")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void demoUsersAreRefusedOutsideDemoMode() {
        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        given().auth().preemptive().basic("officer", "officer").contentType(ContentType.JSON).body(call)
                .post("/api/calls")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void onlyDraftsChangeAndTheIdentifierStays() {
        String programme = CallFixtures.programme("100000000.00");
        Map<String, Object> call = CallFixtures.euroclustersLike(programme);
        String id = CallFixtures.create(call);

        call.put("title", "Renamed");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .put("/api/calls/{id}", id)
                .then().statusCode(200).body("title", equalTo("Renamed"));

        call.put("identifier", "SOMETHING-ELSE");
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .put("/api/calls/{id}", id)
                .then().statusCode(422).body("violations.code", hasItem("identifier_mismatch"));

        call.put("identifier", id);
        CallFixtures.publish(id);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .put("/api/calls/{id}", id)
                .then().statusCode(409).contentType(PROBLEM).body("code", equalTo("call_not_draft"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .put("/api/calls/{id}", "NO-SUCH-CALL")
                .then().statusCode(404).contentType(PROBLEM).body("code", equalTo("not_found"));
    }

    @Test
    void listFiltersByStatusTagAndTextAndPaginates() {
        String programme = CallFixtures.programme("500000000.00");
        Instant now = Instant.now();
        Map<String, Object> open = CallFixtures.euroclustersLike(programme);
        open.put("title", "Hydrogen valleys open call");
        String openId = CallFixtures.create(open);
        CallFixtures.publish(openId);

        Map<String, Object> forthcoming = CallFixtures.euroclustersLike(programme);
        forthcoming.put("opensAt", now.plus(5, ChronoUnit.DAYS).toString());
        forthcoming.put("sectors", List.of("AEROSPACE_DEFENCE"));
        forthcoming.put("valueChains", List.of("space"));
        String forthcomingId = CallFixtures.create(forthcoming);
        CallFixtures.publish(forthcomingId);

        String draftId = CallFixtures.create(CallFixtures.euroclustersLike(programme));

        given().queryParam("programme", programme).queryParam("status", "OPEN").get("/api/calls")
                .then().statusCode(200).body("items.identifier", equalTo(List.of(openId)));
        given().queryParam("programme", programme).queryParam("status", "FORTHCOMING").get("/api/calls")
                .then().statusCode(200).body("items.identifier", equalTo(List.of(forthcomingId)))
                .body("items[0].status", equalTo("FORTHCOMING"));
        given().queryParam("programme", programme).queryParam("tag", "AEROSPACE_DEFENCE").get("/api/calls")
                .then().statusCode(200).body("items.identifier", equalTo(List.of(forthcomingId)));
        given().queryParam("programme", programme).queryParam("text", "HYDROGEN valleys").get("/api/calls")
                .then().statusCode(200).body("items.identifier", equalTo(List.of(openId)));
        given().auth().oauth2(Tokens.officer()).queryParam("programme", programme).queryParam("status", "DRAFT")
                .get("/api/calls")
                .then().statusCode(200).body("items.identifier", equalTo(List.of(draftId)));

        given().auth().oauth2(Tokens.officer()).queryParam("programme", programme).queryParam("size", 2)
                .get("/api/calls")
                .then().statusCode(200).body("items", hasSize(2)).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2)).body("page", equalTo(1));
        given().auth().oauth2(Tokens.officer()).queryParam("programme", programme).queryParam("size", 2)
                .queryParam("page", 2).get("/api/calls")
                .then().statusCode(200).body("items", hasSize(1));
        given().auth().oauth2(Tokens.officer()).queryParam("programme", programme).get("/api/calls")
                .then().statusCode(200)
                .body("items.identifier", containsInAnyOrder(openId, forthcomingId, draftId));
    }

    @SendsInvalidRequests("lower-case status and tag: accepted beyond the upper-case names the document declares")
    @Test
    void statusAndTagFiltersIgnoreCase() {
        String programme = CallFixtures.programme("500000000.00");
        Map<String, Object> forthcoming = CallFixtures.euroclustersLike(programme);
        forthcoming.put("opensAt", Instant.now().plus(5, ChronoUnit.DAYS).toString());
        forthcoming.put("sectors", List.of("AEROSPACE_DEFENCE"));
        forthcoming.put("valueChains", List.of("space"));
        String forthcomingId = CallFixtures.create(forthcoming);
        CallFixtures.publish(forthcomingId);

        given().queryParam("programme", programme).queryParam("status", "forthcoming").queryParam("tag", "Aerospace_Defence")
                .get("/api/calls").then().statusCode(200).body("items.identifier", equalTo(List.of(forthcomingId)));
        given().queryParam("programme", programme).queryParam("status", "open").get("/api/calls")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @SendsInvalidRequests("page and size out of their documented bounds")
    @Test
    void badQueryParametersAreA400() {
        given().queryParam("status", "SOMETIMES").queryParam("size", 1000).get("/api/calls")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItems("status", "size"));
        given().queryParam("page", "x").get("/api/calls")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("page"));
        // a tag is a sector or an activity, like the tags of calls, proposals and experts
        given().queryParam("tag", "quantum").get("/api/calls").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter")).body("violations.field", equalTo(List.of("tag")))
                .body("violations[0].message", containsString("RENEWABLE_ENERGY"));
    }

    @SendsInvalidRequests("a path the API does not have")
    @Test
    void unknownCallAndUnknownPathAre404Problems() {
        given().get("/api/calls/NOPE-NOPE").then().statusCode(404).contentType(PROBLEM)
                .body("code", equalTo("not_found"));
        given().get("/api/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @SendsInvalidRequests("out-of-range paging on purpose")
    @Test
    void programmesAreValidatedAndListed() {
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("code", "x", "budget", "-1.00"))
                .post("/api/programmes")
                .then().statusCode(422)
                .body("violations.field", containsInAnyOrder("code", "name", "budget"));
        String code = CallFixtures.programme("1000.50");
        given().get("/api/programmes/{code}", code).then().statusCode(200).body("unallocated", equalTo("1000.50"));
        given().get("/api/programmes/{code}", "NOPE").then().statusCode(404);
        given().get("/api/programmes/{code}", code).then().statusCode(200)
                .body("budget", equalTo("1000.50")).body("illustrative", equalTo(false));
        // the list is paged like every list, by code
        given().get("/api/programmes?size=1").then().statusCode(200).body("items", hasSize(1))
                .body("page", equalTo(1)).body("size", equalTo(1)).body("totalItems", org.hamcrest.Matchers.greaterThan(0));
        given().get("/api/programmes?size=0").then().statusCode(400).body("violations.field", equalTo(List.of("size")));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/calls"));
    }

    @Test
    void noDemoDataInTests() {
        given().get("/api/calls/SMP-COSME-2021-CLUSTER-01").then().statusCode(404);
        given().get("/api/programmes/SMP").then().statusCode(404);
    }

    @Test
    void aMinimalCallSaysWhichRulesItTookByDefaultAndPercentagesAlwaysHaveTwoDecimals() {
        Map<String, Object> call = new java.util.HashMap<>(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        call.remove("fstp");
        call.remove("eligibility");
        call.remove("tieBreak");
        call.put("grantTerms", Map.of("preFinancingPercent", 40)); // a whole number in, 40.00 out
        String id = (String) call.get("identifier");
        io.restassured.response.Response created = given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(call).post("/api/calls");
        created.then().statusCode(201)
                .body("fstp.minSmeShare", equalTo(75.00f))
                .body("defaultsApplied.find { it.field == 'fstp.minSmeShare' }.value", equalTo("75.00"))
                .body("defaultsApplied.find { it.field == 'fstp.maxPerThirdParty' }.value", equalTo("60000.00"))
                .body("defaultsApplied.find { it.field == 'eligibility.minPartners' }.value", equalTo("1"))
                .body("defaultsApplied.find { it.field == 'tieBreak' }.value", equalTo("Relevance, Quality, Impact"))
                .body("defaultsApplied.find { it.field == 'grantTerms.interimPaymentPercents' }.value", equalTo("30.00"))
                .body("defaultsApplied.field", not(hasItem("grantTerms.preFinancingPercent")))
                .body("defaultsApplied.field", not(hasItem("evaluation.stage1Threshold")));
        // the raw JSON, since a JSON reader sees 40 and 40.00 as one number
        String body = created.asString();
        org.assertj.core.api.Assertions.assertThat(body).contains("\"preFinancingPercent\":40.00")
                .contains("\"interimPaymentPercents\":[30.00]").contains("\"minSmeShare\":75.00")
                .contains("\"financialSupportToThirdParties\":100.00").contains("\"otherCosts\":90.00");
        String read = given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", id).then().statusCode(200)
                .body("defaultsApplied", org.hamcrest.Matchers.nullValue()).extract().asString();
        org.assertj.core.api.Assertions.assertThat(read).contains("\"preFinancingPercent\":40.00")
                .contains("\"minSmeShare\":75.00").doesNotContain("defaultsApplied");

        // the documented minimal definition takes exactly the documented defaults
        Map<String, Object> minimal = readJson("docs/examples/call-minimal.json");
        minimal.put("identifier", CallFixtures.unique("MINIMAL"));
        minimal.put("programme", CallFixtures.programme("100000000.00"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(minimal).post("/api/calls").then()
                .statusCode(201).body("defaultsApplied.field", equalTo(List.of("fstp.minSmeShare",
                        "fstp.maxPerThirdParty", "eligibility.minPartners", "eligibility.minCountries",
                        "eligibility.eligibleCountries", "tieBreak", "evaluation.expertsPerProposal",
                        "evaluation.minCommentLength", "evaluation.evaluationDays", "evaluation.reminderDaysBefore",
                        "grantTerms.preFinancingPercent", "grantTerms.interimPaymentPercents",
                        "grantTerms.reportingPeriodMonths", "grantTerms.reportDueDays", "grantTerms.paymentDays",
                        "grantTerms.interimCeilingPercent")))
                .body("defaultsApplied.value", equalTo(List.of("75.00", "60000.00", "1", "1", "any country",
                        "Relevance, Quality, Impact", "3", "10", "14", "3", "40.00", "30.00", "18", "60", "90",
                        "90.00")));

        // a full definition takes nothing by default that it states
        call.put("fstp", Map.of("minSmeShare", 0, "maxPerThirdParty", "60000.00"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call).put("/api/calls/{id}", id)
                .then().statusCode(200).body("fstp.minSmeShare", equalTo(0.0f))
                .body("defaultsApplied.field", not(hasItem("fstp.minSmeShare")))
                .body("defaultsApplied.field", hasItem("eligibility.minPartners"));
    }

    @SendsInvalidRequests("wrong JSON types on purpose")
    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingTheField() {
        String programme = CallFixtures.programme("1000.00");
        for (Map.Entry<String, Object> wrong : List.<Map.Entry<String, Object>>of(Map.entry("title", 123),
                Map.entry("title", true), Map.entry("expectedGrants", "30"), Map.entry("expectedGrants", true),
                Map.entry("overallThreshold", "10"), Map.entry("valueChains", List.of(1)))) {
            Map<String, Object> body = new java.util.HashMap<>(CallFixtures.euroclustersLike(programme));
            body.put(wrong.getKey(), wrong.getValue());
            given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(body).post("/api/calls").then()
                    .statusCode(400).contentType(PROBLEM).body("code", equalTo("malformed_request"))
                    .body("violations[0].code", equalTo("invalid_value"))
                    .body("violations[0].field", org.hamcrest.Matchers.startsWith(wrong.getKey()));
        }
        Map<String, Object> rates = new java.util.HashMap<>(CallFixtures.euroclustersLike(programme));
        rates.put("fundingRates", Map.of("financialSupportToThirdParties", "100", "otherCosts", 90));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(rates).post("/api/calls").then()
                .statusCode(400).body("violations[0].field", equalTo("fundingRates.financialSupportToThirdParties"));
        // what the API documents stays accepted: amounts as strings or numbers, instants as strings
        Map<String, Object> fine = new java.util.HashMap<>(CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00")));
        fine.put("budget", 42000000);
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(fine).post("/api/calls").then()
                .statusCode(201).body("budget", equalTo("42000000.00"));
        // and elsewhere: a programme's name, an expert's organisation
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("code", CallFixtures.unique("P"), "name", 123, "budget", "1000.00")).post("/api/programmes")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON)
                .body(Map.of("username", "wt-" + CallFixtures.unique("u"), "name", "X", "nationality", "FR",
                        "organisation", "1")).post("/api/experts")
                .then().statusCode(400).body("violations[0].field", equalTo("organisation"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readJson(String path) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(java.nio.file.Path.of(path).toFile(),
                    java.util.HashMap.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
