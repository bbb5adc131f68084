package io.grantflow.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The compose file's Keycloak realm ({@code docker/keycloak/grantflow-realm.json}) against what
 * docker/README.md says of it, and the README's first steps ({@code docker/setup/}) run against the
 * service with tokens shaped like the realm's (issuer aside: the test key signs them): every
 * documented user exists with the documented role and a fixed id, and ends up a member of the
 * documented organisation under their own user name.
 */
@QuarkusTest
class ComposeRealmSetupTest {

    private static final Path REALM = Path.of("docker", "keycloak", "grantflow-realm.json");
    private static final Path README = Path.of("docker", "README.md");
    private static final Path SETUP = Path.of("docker", "setup");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A row of the README's user table: the user names in backticks, the role, the organisation. */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z0-9]+`(?:, )?)+) \\| ([a-z]+) \\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z0-9]+)`");

    private record Documented(String role, String organisation) {
    }

    private static Map<String, Documented> documentedUsers() throws IOException {
        Map<String, Documented> users = new LinkedHashMap<>();
        for (String line : Files.readAllLines(README)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Matcher name = NAME.matcher(row.group(1));
                while (name.find()) {
                    users.put(name.group(1), new Documented(row.group(2), row.group(3)));
                }
            }
        }
        return users;
    }

    private static Map<String, JsonNode> realmUsers() throws IOException {
        Map<String, JsonNode> users = new LinkedHashMap<>();
        JSON.readTree(REALM.toFile()).get("users").forEach(u -> users.put(u.get("username").asText(), u));
        return users;
    }

    /** A token as the realm's client issues it: sub = the user's id, upn and groups from its mappers. */
    private static String token(JsonNode user) {
        String role = user.get("realmRoles").get(0).asText();
        Map<String, Object> claims = Tokens.claims(user.get("username").asText(), role, "default-roles-grantflow",
                "offline_access", "uma_authorization");
        claims.put("sub", user.get("id").asText());
        claims.put("preferred_username", user.get("username").asText());
        claims.put("name", user.get("firstName").asText() + " " + user.get("lastName").asText());
        claims.put("email", user.get("email").asText());
        return Tokens.signed(claims);
    }

    @Test
    void theRealmHasTheDocumentedUsersRolesAndFixedIds() throws IOException {
        Map<String, Documented> documented = documentedUsers();
        Map<String, JsonNode> realm = realmUsers();
        assertThat(realm.keySet()).as("users of the realm = users of docker/README.md")
                .containsExactlyInAnyOrderElementsOf(documented.keySet());
        assertThat(documented.values().stream().filter(d -> d.role().equals("officer")).count())
                .as("two officers (four eyes on the programme's payments)").isEqualTo(2);
        assertThat(documented.values().stream().filter(d -> d.role().equals("evaluator")).count())
                .as("three evaluators").isEqualTo(3);
        assertThat(documented.values().stream().filter(d -> d.role().equals("sme")).count()).as("two SMEs").isEqualTo(2);
        Set<String> ids = new HashSet<>();
        realm.forEach((name, user) -> {
            assertThat(user.get("realmRoles").get(0).asText()).as("role of %s", name)
                    .isEqualTo(documented.get(name).role());
            assertThat(user.get("realmRoles")).as("one role for %s", name).hasSize(1);
            String id = user.get("id").asText();
            assertThat(UUID.fromString(id).toString()).as("fixed id of %s", name).isEqualTo(id);
            assertThat(ids.add(id)).as("id of %s is unique", name).isTrue();
            assertThat(user.get("credentials").get(0).get("value").asText()).as("password of %s", name).isEqualTo(name);
        });
        List<String> mappers = new ArrayList<>();
        JSON.readTree(REALM.toFile()).get("clients").get(0).get("protocolMappers")
                .forEach(m -> mappers.add(m.get("config").get("claim.name").asText()));
        assertThat(mappers).as("the client's claims the service reads").contains("upn", "groups");
    }

    @Test
    void theFirstStepsMakeEachUserAMemberOfTheDocumentedOrganisation() throws IOException {
        Map<String, Documented> documented = documentedUsers();
        Map<String, JsonNode> realm = realmUsers();
        String officer = token(realm.get("officer"));
        List<Long> organisations = new ArrayList<>();
        for (String user : List.of("coordinator", "partner", "sme1", "sme2", "host")) {
            JsonNode body = JSON.readTree(SETUP.resolve(user + "-organisation.json").toFile());
            assertThat(documented.get(user).organisation()).as("README names %s's organisation", user)
                    .contains(body.get("legalName").asText()).contains(body.get("pic").asText());
            organisations.add(given().auth().oauth2(token(realm.get(user))).contentType(ContentType.JSON)
                    .body(body.toString()).post("/api/organisations").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        for (Long id : organisations) {
            given().auth().oauth2(officer).post("/api/organisations/{id}/validation", id).then().statusCode(200)
                    .body("validated", equalTo(true));
        }
        for (String user : List.of("evaluator1", "evaluator2", "evaluator3")) {
            given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(Files.readString(SETUP.resolve(user + "-expert.json"))).post("/api/experts").then()
                    .statusCode(201).body("username", equalTo(user));
        }
        for (String user : realm.keySet()) {
            var me = given().auth().oauth2(token(realm.get(user))).get("/api/me").then().statusCode(200)
                    .body("username", equalTo(user)).body("roles", hasItem(documented.get(user).role()));
            Path organisation = SETUP.resolve(user + "-organisation.json");
            if (Files.exists(organisation)) {
                me.body("organisations.legalName", equalTo(List.of(JSON.readTree(organisation.toFile())
                        .get("legalName").asText())));
            } else {
                me.body("organisations", equalTo(List.of()));
            }
        }
    }
}
