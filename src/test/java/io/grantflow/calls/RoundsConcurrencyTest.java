package io.grantflow.calls;

import io.grantflow.support.CallFixtures;
import io.grantflow.support.Concurrently;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two drafts changed at the same time to follow each other: the programme's row lock (rounds share their
 * programme) serialises the two checks, so one is saved and the other sees the cycle, whatever the interleaving.
 */
@QuarkusTest
class RoundsConcurrencyTest {

    @Test
    void twoDraftsNeverEndUpFollowingEachOther() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            String programme = CallFixtures.programme("100000000.00");
            Map<String, Object> a = CallFixtures.euroclustersLike(programme);
            Map<String, Object> b = CallFixtures.euroclustersLike(programme);
            CallFixtures.create(a);
            CallFixtures.create(b);
            a.put("previousRound", b.get("identifier"));
            b.put("previousRound", a.get("identifier"));
            List<Callable<Integer>> requests = List.of(() -> put(a), () -> put(b));
            assertThat(Concurrently.run(requests)).containsExactlyInAnyOrder(200, 422);
            String aFollows = given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", a.get("identifier"))
                    .jsonPath().getString("previousRound");
            String bFollows = given().auth().oauth2(Tokens.officer()).get("/api/calls/{id}", b.get("identifier"))
                    .jsonPath().getString("previousRound");
            assertThat(aFollows == null || bFollows == null).as("a follows %s, b follows %s", aFollows, bFollows)
                    .isTrue();
        }
    }

    private static int put(Map<String, Object> call) {
        return given().auth().oauth2(Tokens.officer()).contentType(ContentType.JSON).body(call)
                .put("/api/calls/{id}", call.get("identifier")).then().extract().statusCode();
    }
}
