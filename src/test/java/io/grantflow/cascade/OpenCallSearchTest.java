package io.grantflow.cascade;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.SendsInvalidRequests;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.grantflow.cascade.application.ListedOpenCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.ProposalFixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The public listing of open calls as SMEs search it: sectors (industrial ecosystems), type of support, a
 * full-text search over titles, value-chain keywords and descriptions (accents ignored, best matches first),
 * the other filters combined with it, and unknown query parameters refused. Four open calls of one grant,
 * each listing filtered by that grant.
 */
@QuarkusTest
class OpenCallSearchTest {

    private static SignedGrant grant;
    private static long travel;
    private static long lumpSum;
    private static long coaching;
    private static long exchange;

    private static synchronized SignedGrant grant() {
        if (grant == null) {
            SignedGrant g = GrantFixtures.signedGrant();
            Instant now = Instant.now();
            Map<String, Object> a = GrantFixtures.openCall("TRAVEL_VOUCHER", "FIRST_COME_FIRST_SERVED", "10000.00");
            a.put("title", "Travel vouchers to Lyon");
            a.put("description", "Up to EUR 1,500 for the journey to trade fairs and B2B meetings.");
            a.put("maxAmount", "1500.00");
            a.put("eligibleCountries", List.of("FR", "DE"));
            a.put("sectors", List.of("TOURISM"));
            a.put("valueChains", List.of("events"));
            a.put("closesAt", now.plus(2, ChronoUnit.DAYS).toString());
            travel = id(createOpenCall(g, a).then().statusCode(201).body("typeOfSupport", equalTo("VOUCHER")));

            Map<String, Object> b = GrantFixtures.openCall("LUMP_SUM_UP_TO", "EVALUATED", "50000.00");
            b.put("title", "Internationalisation lump sums");
            b.put("description", "Accompagnement à l'exportation pour les PME de l'économie sociale; "
                    + "Förderung für Messebesuche.");
            b.put("maxAmount", "10000.00");
            b.put("sectors", List.of("PROXIMITY_SOCIAL_ECONOMY", "CULTURAL_CREATIVE_INDUSTRIES"));
            b.put("valueChains", List.of("furniture and living"));
            b.put("closesAt", now.plus(10, ChronoUnit.DAYS).toString());
            lumpSum = id(createOpenCall(g, b).then().statusCode(201).body("typeOfSupport", equalTo("LUMP_SUM")));

            Map<String, Object> c = GrantFixtures.openCall("VOUCHER", "EVALUATED", "20000.00");
            c.put("title", "Coaching in kind before trade fairs");
            c.put("description", "Mentoring for digital SMEs.");
            c.put("maxAmount", "4000.00");
            c.put("typeOfSupport", "IN_KIND_SERVICE");
            c.put("sectors", List.of("DIGITAL"));
            c.put("valueChains", List.of("Wasserstoff", "photonics"));
            c.put("closesAt", now.plus(20, ChronoUnit.DAYS).toString());
            coaching = id(createOpenCall(g, c).then().statusCode(201).body("typeOfSupport", equalTo("IN_KIND_SERVICE"))
                    .body("sectors", equalTo(List.of("DIGITAL")))
                    .body("valueChains", equalTo(List.of("Wasserstoff", "photonics"))));

            Map<String, Object> d = GrantFixtures.openCall("CLUSTERXCHANGE", "FIRST_COME_FIRST_SERVED", "11000.00");
            d.put("title", "ClusterXchange visits");
            d.put("description", "Short exchanges with a host cluster abroad.");
            d.put("hostAmounts", Map.of("FR", "1100.00"));
            d.put("closesAt", now.plus(5, ChronoUnit.DAYS).toString());
            exchange = id(createOpenCall(g, d).then().statusCode(201).body("typeOfSupport", equalTo("CLUSTERXCHANGE")));
            grant = g;
        }
        return grant;
    }

    private static long id(io.restassured.response.ValidatableResponse response) {
        return response.extract().jsonPath().getLong("id");
    }

    /** The ids the listing answers, in its order, for the query (and this class's grant). */
    private static List<Long> listed(String query) {
        return given().get("/api/open-calls?grant=" + grant().id() + (query.isEmpty() ? "" : "&" + query))
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    @Test
    void typeOfSupportIsDerivedFromTheInstrumentOrDeclaredInKindAndFilters() {
        grant();
        org.assertj.core.api.Assertions.assertThat(listed("")).containsExactly(travel, exchange, lumpSum, coaching);
        org.assertj.core.api.Assertions.assertThat(listed("typeOfSupport=VOUCHER")).containsExactly(travel);
        org.assertj.core.api.Assertions.assertThat(listed("typeOfSupport=LUMP_SUM")).containsExactly(lumpSum);
        org.assertj.core.api.Assertions.assertThat(listed("typeOfSupport=IN_KIND_SERVICE")).containsExactly(coaching);
        org.assertj.core.api.Assertions.assertThat(listed("typeOfSupport=CLUSTERXCHANGE")).containsExactly(exchange);
        given().get("/api/open-calls/{id}", coaching).then().statusCode(200)
                .body("instrument", equalTo("VOUCHER")).body("typeOfSupport", equalTo("IN_KIND_SERVICE"));
    }

    @SendsInvalidRequests("a lower-case type of support, accepted beyond the names the document declares")
    @Test
    void typeOfSupportIgnoresCase() {
        grant();
        org.assertj.core.api.Assertions.assertThat(listed("typeOfSupport=in_kind_service")).containsExactly(coaching);
    }

    @Test
    void sectorFilterTakesAnEcosystemAndCallsForEverySector() {
        grant();
        // the ClusterXchange call names no sector: it is open to every sector
        org.assertj.core.api.Assertions.assertThat(listed("sector=TOURISM")).containsExactly(travel, exchange);
        org.assertj.core.api.Assertions.assertThat(listed("sector=DIGITAL")).containsExactly(exchange, coaching);
        org.assertj.core.api.Assertions.assertThat(listed("sector=CULTURAL_CREATIVE_INDUSTRIES"))
                .containsExactly(exchange, lumpSum);
    }

    @Test
    void textSearchIgnoresAccentsInFrenchAndGermanWords() {
        grant();
        for (String text : List.of("économie sociale", "economie", "ECONOMIE SOCIALE", "exportation",
                "Förderung", "forderung", "messebesuch")) {
            org.assertj.core.api.Assertions.assertThat(listed("text=" + text)).as(text).containsExactly(lumpSum);
        }
        org.assertj.core.api.Assertions.assertThat(listed("text=économie tourisme")).as("every word is required")
                .isEmpty();
    }

    @Test
    void textSearchFindsAWordThatOnlyAKeywordHas() {
        grant();
        org.assertj.core.api.Assertions.assertThat(listed("text=wasserstoff")).containsExactly(coaching);
        org.assertj.core.api.Assertions.assertThat(listed("text=photon")).as("a prefix").containsExactly(coaching);
        org.assertj.core.api.Assertions.assertThat(listed("text=furniture")).containsExactly(lumpSum);
    }

    @Inject
    DataSource dataSource;

    @Test
    void thePrefixesAreSearchedAsTheWordsTheyBeginAndStillFindWhenTheListLacksTheWord() throws Exception {
        grant();
        // written by the trigger when the open call was created through the API
        org.assertj.core.api.Assertions.assertThat(wordsBeginning("mentorin")).contains("mentoring");
        org.assertj.core.api.Assertions.assertThat(wordsBeginning("abroa")).contains("abroad");
        org.assertj.core.api.Assertions.assertThat(listed("text=mentor")).containsExactly(coaching);
        org.assertj.core.api.Assertions.assertThat(listed("text=mentoring digital")).containsExactly(coaching);
        // the list only speeds the search up: without the word, the prefix itself finds it
        sql("delete from grantflow.open_call_search_word where word = 'abroad'");
        try {
            org.assertj.core.api.Assertions.assertThat(wordsBeginning("abroa")).doesNotContain("abroad");
            org.assertj.core.api.Assertions.assertThat(listed("text=abroa host")).containsExactly(exchange);
        } finally {
            sql("insert into grantflow.open_call_search_word (word) values ('abroad')");
        }
    }

    private List<String> wordsBeginning(String prefix) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select word from grantflow.open_call_search_word where word like ? order by word")) {
            ps.setString(1, prefix + "%");
            List<String> words = new java.util.ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    words.add(r.getString(1));
                }
            }
            return words;
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void textSearchRanksTitleMatchesFirstAndCombinesWithTheOtherFiltersAndPages() {
        grant();
        // by deadline the travel vouchers come first; "trade fairs" is in the coaching call's title, only in
        // the travel vouchers' description
        org.assertj.core.api.Assertions.assertThat(listed("text=trade fairs")).containsExactly(coaching, travel);
        org.assertj.core.api.Assertions.assertThat(listed("text=trade fairs&country=IT")).containsExactly(coaching);
        org.assertj.core.api.Assertions.assertThat(listed("text=trade&typeOfSupport=VOUCHER")).containsExactly(travel);
        org.assertj.core.api.Assertions.assertThat(listed("text=trade&sector=TOURISM")).containsExactly(travel);
        String inThreeDays = Instant.now().plus(3, ChronoUnit.DAYS).toString();
        org.assertj.core.api.Assertions.assertThat(listed("text=trade&closingBefore=" + inThreeDays))
                .containsExactly(travel);
        org.assertj.core.api.Assertions.assertThat(listed("text=trade&closingAfter=" + inThreeDays))
                .containsExactly(coaching);
        given().get("/api/open-calls?grant=" + grant().id() + "&text=trade fairs&size=1&page=2").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) travel))).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        // a text without a word to search is no search
        org.assertj.core.api.Assertions.assertThat(listed("text=-- !! --")).containsExactly(travel, exchange, lumpSum,
                coaching);
    }

    @Inject
    ListedOpenCalls listing;

    @Test
    void theListingSearchesTheOpenCallsStillToCloseAndReachesBackThroughAllOpenCalls() throws Exception {
        grant();
        Instant realNow = Instant.now();
        String cutoff = cutoff();
        // written by the trigger when the open calls were created through the API
        org.assertj.core.api.Assertions.assertThat(listedRows()).contains(travel, exchange, lumpSum, coaching);
        try {
            // three days on, the sweep sets the cutoff a day before then: the travel vouchers (closing in two days)
            // leave the narrow table
            TestClock.advance(Duration.ofDays(3));
            org.assertj.core.api.Assertions.assertThat(listing.sweep()).isGreaterThanOrEqualTo(1);
            org.assertj.core.api.Assertions.assertThat(listedRows()).doesNotContain(travel)
                    .contains(exchange, lumpSum, coaching);
            org.assertj.core.api.Assertions.assertThat(listed("")).containsExactly(exchange, lumpSum, coaching);
            org.assertj.core.api.Assertions.assertThat(listed("text=trade fairs")).containsExactly(coaching);
            // a listing reaching back before the cutoff reads every open call: the travel vouchers are found
            org.assertj.core.api.Assertions.assertThat(listed("closingAfter=" + realNow))
                    .containsExactly(travel, exchange, lumpSum, coaching);
            org.assertj.core.api.Assertions.assertThat(listed("text=trade fairs&closingAfter=" + realNow))
                    .containsExactly(coaching, travel);
            given().get("/api/open-calls?grant=" + grant().id() + "&closingAfter=" + realNow + "&size=1&page=4")
                    .then().statusCode(200).body("items.id", equalTo(List.of((int) coaching)))
                    .body("totalItems", equalTo(4));
            // and when time goes back (a test's clock; a node whose clock is late), the cutoff is ahead of now:
            // the listing reads every open call, so nothing still open is missing
            TestClock.reset();
            org.assertj.core.api.Assertions.assertThat(listed("")).containsExactly(travel, exchange, lumpSum, coaching);
            org.assertj.core.api.Assertions.assertThat(listed("text=trade fairs")).containsExactly(coaching, travel);
            given().get("/api/open-calls?grant=" + grant().id() + "&text=voucher&size=1&page=2").then()
                    .statusCode(200).body("items", equalTo(List.of())).body("totalItems", equalTo(1));
            // an open call closing before the cutoff is not listed by the trigger, and found all the same
            Map<String, Object> e = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "1000.00");
            e.put("title", "Vouchers for the winter fair");
            e.put("maxAmount", "500.00");
            e.put("closesAt", realNow.plus(1, ChronoUnit.DAYS).toString());
            long winter = id(createOpenCall(other(), e).then().statusCode(201));
            org.assertj.core.api.Assertions.assertThat(listedRows(other())).doesNotContain(winter);
            org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=winter fair")).containsExactly(winter);
        } finally {
            TestClock.reset();
            // back to the cutoff before the test, with every open call closing after it listed again (the service
            // itself never lowers the cutoff)
            sql("update grantflow.open_call_listing_cutoff set cutoff = '" + cutoff + "'");
            sql("update grantflow.open_call set closes_at = closes_at where closes_at > '" + cutoff + "'");
        }
        org.assertj.core.api.Assertions.assertThat(listedRows()).contains(travel, exchange, lumpSum, coaching);
    }

    @Test
    void theTriggerKeepsTheListingInStepWithItsOpenCall() throws Exception {
        Map<String, Object> e = GrantFixtures.openCall("VOUCHER", "FIRST_COME_FIRST_SERVED", "1000.00");
        e.put("title", "Vouchers for the spring fair");
        e.put("maxAmount", "500.00");
        e.put("closesAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        long spring = id(createOpenCall(other(), e).then().statusCode(201));
        org.assertj.core.api.Assertions.assertThat(listedRows(other())).contains(spring);
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=spring fair")).containsExactly(spring);
        sql("update grantflow.open_call set title = 'Vouchers for the summer fair', sectors = '{TOURISM}' where id = "
                + spring);
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=spring fair")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=summer fair&sector=DIGITAL")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=summer fair&sector=TOURISM"))
                .containsExactly(spring);
        // a deadline moved into the past: no longer listed from now on
        sql("update grantflow.open_call set opens_at = now() - interval '2 days', closes_at = now() - interval "
                + "'1 day' where id = " + spring);
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=summer fair")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(listedIn(other(), "text=summer fair&closingAfter="
                + Instant.now().minus(3, ChronoUnit.DAYS))).containsExactly(spring);
    }

    private static SignedGrant other;

    /** A second grant, for the open calls the tests below add, so that the listings above stay as they are. */
    private static synchronized SignedGrant other() {
        if (other == null) {
            other = GrantFixtures.signedGrant();
        }
        return other;
    }

    private static List<Long> listedIn(SignedGrant g, String query) {
        return given().get("/api/open-calls?grant=" + g.id() + "&" + query)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
    }

    private String cutoff() throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             ResultSet r = s.executeQuery("select cutoff::text from grantflow.open_call_listing_cutoff")) {
            r.next();
            return r.getString(1);
        }
    }

    private List<Long> listedRows() throws Exception {
        return listedRows(grant());
    }

    private List<Long> listedRows(SignedGrant g) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from grantflow.open_call_listing where grant_id = ?")) {
            ps.setLong(1, g.id());
            List<Long> ids = new java.util.ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        }
    }

    @SendsInvalidRequests("query parameters the listing does not take, a text too long")
    @Test
    void unknownQueryParametersAreA400ListingEveryName() {
        given().get("/api/open-calls?contry=FR&text=trade&sectr=TOURISM&page=1").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("unknown_parameter"))
                .body("violations.field", equalTo(List.of("contry", "sectr")))
                .body("violations.code", equalTo(List.of("unknown_parameter", "unknown_parameter")))
                .body("violations[0].message", containsString("country"))
                .body("violations[0].message", containsString("typeOfSupport"));
        given().get("/api/open-calls?text=" + "a".repeat(201)).then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter")).body("violations.field", equalTo(List.of("text")));
        given().get("/api/open-calls?sector=HYDROGEN").then().statusCode(400)
                .body("code", equalTo("invalid_query_parameter"))
                .body("violations[0].message", containsString("AEROSPACE_DEFENCE"));
    }

    @Test
    void anOpenCallNamingUnknownSectorsIsRefusedWithEveryProblem() {
        SignedGrant g = grant();
        Map<String, Object> d = GrantFixtures.openCall("TRAVEL_VOUCHER", "FIRST_COME_FIRST_SERVED", "1000.00");
        d.put("maxAmount", "500.00");
        d.put("sectors", List.of("TOURISM", "HYDROGEN", "tourism", "TOURISM"));
        d.put("valueChains", List.of("water", "Water ", " "));
        d.put("typeOfSupport", "IN_KIND_SERVICE");
        createOpenCall(g, d).then().statusCode(422).body("code", equalTo("invalid_open_call"))
                .body("violations.field", equalTo(List.of("sectors[1]", "sectors[2]", "sectors[3]", "valueChains[1]",
                        "valueChains[2]", "typeOfSupport")))
                .body("violations.code", equalTo(List.of("unknown_sector", "unknown_sector", "duplicate_sector",
                        "duplicate_value_chain", "required", "type_of_support_mismatch")))
                .body("violations[1].message", containsString("TOURISM"));
    }

    @Test
    void anApplicationNamesTheSectorOfItsApplicant() {
        grant();
        Sme sme = GrantFixtures.sme("FR");
        asSme(sme).body(application(sme, "900.00", "HYDROGEN")).post("/api/open-calls/{id}/applications", travel)
                .then().statusCode(422).body("code", equalTo("invalid_application"))
                .body("violations.field", equalTo(List.of("sector")))
                .body("violations.code", equalTo(List.of("unknown_sector")));
        asSme(sme).body(application(sme, "900.00", "TOURISM")).post("/api/open-calls/{id}/applications", travel)
                .then().statusCode(201).body("sector", equalTo("TOURISM")).body("status", equalTo("AWARDED"));
    }

    @Test
    void organisationsAndCallsNameSectorsAndValueChains() {
        String user = ProposalFixtures.user("org");
        Map<String, Object> body = new HashMap<>(Map.of("legalName", "Atelier du Meuble SARL", "pic",
                ProposalFixtures.nextPic(), "country", "FR", "type", "SME", "staffHeadcount", 12,
                "annualTurnover", "1500000.00", "balanceSheetTotal", "900000.00"));
        body.put("sectors", List.of("CONSTRUCTION", "HYDROGEN", "SPACE"));
        body.put("valueChains", List.of("furniture and living"));
        as(user).body(body).post("/api/organisations").then().statusCode(422)
                .body("violations.field", equalTo(List.of("sectors[1]", "sectors[2]")))
                .body("violations.code", equalTo(List.of("unknown_sector", "unknown_sector")));
        body.put("sectors", List.of("CONSTRUCTION", "CULTURAL_CREATIVE_INDUSTRIES"));
        as(user).body(body).post("/api/organisations").then().statusCode(201)
                .body("sectors", equalTo(List.of("CONSTRUCTION", "CULTURAL_CREATIVE_INDUSTRIES")))
                .body("valueChains", equalTo(List.of("furniture and living")));

        Map<String, Object> call = CallFixtures.euroclustersLike(CallFixtures.programme("500000000.00"));
        call.put("sectors", List.of("TOURISM", "WATER"));
        call.put("valueChains", List.of("water", "logistics"));
        officer().body(call).post("/api/calls").then().statusCode(422).body("code", equalTo("invalid_call"))
                .body("violations.field", hasItem("sectors[1]")).body("violations.code", hasItem("unknown_sector"));
        call.put("sectors", List.of("TOURISM"));
        officer().body(call).post("/api/calls").then().statusCode(201)
                .body("sectors", equalTo(List.of("TOURISM"))).body("valueChains", equalTo(List.of("water", "logistics")));
    }

    private static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON);
    }
}
