package io.grantflow.notifications;

import io.grantflow.proposals.application.DeadlineReminders;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline reminders (docs/notifications.md, "Reminders and scanners"): two consortia draft a proposal for
 * one call, one submits; as the deadline comes near (the business clock is moved), only the members of the
 * consortium still drafting are reminded, once per window however often the scanner runs.
 */
@QuarkusTest
class DeadlineReminderTest {

    @Inject
    DeadlineReminders reminders;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private record Setup(String call, Instant deadline, Consortium drafting, Consortium submitted) {
    }

    /** A call closing in 8 days (outside both windows), a draft of each consortium, the second one submitted. */
    private static Setup twoConsortia() {
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        Instant deadline = Instant.now().plus(8, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        def.put("deadlines", new ArrayList<>(List.of(Map.of("label", "Deadline", "at", deadline.toString()))));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Consortium drafting = ProposalFixtures.consortium();
        Consortium submitting = ProposalFixtures.consortium();
        ProposalFixtures.draft(call, drafting, ProposalFixtures.content(drafting, "750000.00", "277777.78"));
        long submitted = ProposalFixtures.draft(call, submitting, ProposalFixtures.content(submitting, "750000.00", "277777.78"));
        as(submitting.coordinatorUser()).post("/api/proposals/{id}/submit", submitted).then().statusCode(200);
        return new Setup(call, deadline, drafting, submitting);
    }

    private static List<Map<String, Object>> reminders(String user, String kind) {
        JsonPath page = as(user).get("/api/notifications?size=100").then().statusCode(200).extract().jsonPath();
        return page.<Map<String, Object>>getList("items").stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    @Test
    void aReminder24HoursBeforeADeadlineReachesAUserWithADraftAndNotOneWhoHasSubmitted() {
        Setup s = twoConsortia();
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(7).plusHours(1)); // the deadline is 23 hours ahead

        reminders.scan();
        reminders.scan();

        for (String member : List.of(s.drafting().coordinatorUser(), s.drafting().partnerUser())) {
            List<Map<String, Object>> got = reminders(member, "CALL_CLOSING_24_HOURS");
            assertThat(got).as("24-hour reminders of %s", member).hasSize(1);
            assertThat(got.get(0).get("reference")).isEqualTo("call:" + s.call());
            assertThat((String) got.get(0).get("subject")).contains(s.call()).contains("24 hours");
            assertThat(reminders(member, "CALL_CLOSING_7_DAYS")).as("no 7-day reminder inside the last day").isEmpty();
        }
        for (String member : List.of(s.submitted().coordinatorUser(), s.submitted().partnerUser())) {
            assertThat(reminders(member, "CALL_CLOSING_24_HOURS")).as("reminders of %s, who submitted", member).isEmpty();
        }
    }

    @Test
    void aReminderAWeekBeforeADeadlineComesOnceAndTheLastDayBringsItsOwn() {
        Setup s = twoConsortia();
        TestClock.freeze();
        TestClock.advance(Duration.ofDays(1).plusHours(1)); // 6 days and 23 hours ahead
        reminders.scan();
        reminders.scan();
        String coordinator = s.drafting().coordinatorUser();
        List<Map<String, Object>> week = reminders(coordinator, "CALL_CLOSING_7_DAYS");
        assertThat(week).hasSize(1);
        assertThat((String) week.get(0).get("body")).contains(s.call());
        assertThat(reminders(coordinator, "CALL_CLOSING_24_HOURS")).isEmpty();
        assertThat(reminders(s.submitted().coordinatorUser(), "CALL_CLOSING_7_DAYS")).isEmpty();

        TestClock.advance(Duration.ofDays(6)); // 23 hours ahead
        reminders.scan();
        assertThat(reminders(coordinator, "CALL_CLOSING_24_HOURS")).hasSize(1);
        assertThat(reminders(coordinator, "CALL_CLOSING_7_DAYS")).hasSize(1);

        TestClock.advance(Duration.ofDays(1)); // the deadline has passed: nothing more
        reminders.scan();
        assertThat(reminders(coordinator, "CALL_CLOSING_24_HOURS")).hasSize(1);
    }
}
