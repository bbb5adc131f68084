package io.grantflow.notifications;

import io.grantflow.grants.application.GrantReportReminders;
import io.grantflow.shared.time.Brussels;
import io.grantflow.support.Await;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.Mailboxes;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import static io.grantflow.support.EvaluationFixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grant report scanner (docs/notifications.md, "Reminders and scanners"): as the business clock reaches 14 days
 * before a period's report is due, the coordinator's members are reminded; the day after the due date, they and the
 * officers are told it is overdue; each once however often the scanner runs (called here and scheduled every second
 * in tests), mailed in the reader's language; a report handed in before its window is not reminded.
 */
@QuarkusTest
class GrantReportRemindersTest {

    @Inject
    GrantReportReminders reminders;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aReminderBeforeTheDueDateAndAnOverdueNoticeAfterItComeOnceEach() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        String officerUser = ProposalFixtures.user("officer");
        Supplier<RequestSpecification> asOfficer = () -> Mailboxes.as(officerUser, "fr", "officer");
        asOfficer.get().get("/api/notifications").then().statusCode(200); // known as an officer, reading French
        coordinator(coordinator).get("/api/notifications").then().statusCode(200); // reading German
        JsonPath grant = officer().get("/api/grants/{id}", g.id()).jsonPath();
        String number = grant.getString("number");
        LocalDate due = LocalDate.parse(grant.getString("reportingPeriods[0].reportDue"));
        LocalDate finalDue = LocalDate.parse(grant.getString("reportingPeriods[1].reportDue"));
        String consortiumRef = "grant-report:" + g.id() + ":1";
        String reviewRef = "grant-review:" + g.id() + ":1";
        TestClock.freeze();

        moveTo(due.minusDays(15)); // not yet
        reminders.scan();
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_DUE", consortiumRef)).isZero();

        moveTo(due.minusDays(10));
        reminders.scan();
        reminders.scan();
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_DUE", consortiumRef)).isEqualTo(1);
        assertThat(count(() -> ProposalFixtures.as(partner), "GRANT_REPORT_DUE", consortiumRef)).as("a partner's member")
                .isZero();
        assertThat(count(asOfficer, "GRANT_REPORT_DUE", reviewRef)).as("officers are not reminded").isZero();
        MimeMessage reminder = mail(Mailboxes.address(coordinator), "Bericht fällig am " + date(due, Locale.GERMAN)
                + ": Finanzhilfe " + number + ", Zeitraum 1");
        assertThat(MailText.plain(reminder)).contains("/desk/grants/" + g.id());
        assertThat(officer().get("/api/grants/{id}", g.id()).jsonPath().getBoolean("reportingPeriods[0].overdue"))
                .isFalse();

        moveTo(due); // the due day: still a reminder's time, nothing more
        reminders.scan();
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_DUE", consortiumRef)).isEqualTo(1);
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_OVERDUE", consortiumRef)).isZero();

        // the day after: the scheduled scan finds it overdue
        moveTo(due.plusDays(1));
        Await.until(() -> count(asOfficer, "GRANT_REPORT_OVERDUE", reviewRef), n -> n > 0, Duration.ofSeconds(60),
                "the overdue notice to the officer");
        reminders.scan();
        reminders.scan();
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_OVERDUE", consortiumRef)).isEqualTo(1);
        assertThat(count(asOfficer, "GRANT_REPORT_OVERDUE", reviewRef)).isEqualTo(1);
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_DUE", consortiumRef)).isEqualTo(1);
        MimeMessage overdue = mail(Mailboxes.address(officerUser), "Rapport en retard : subvention " + number
                + ", période 1");
        assertThat(MailText.plain(overdue)).contains(date(due, Locale.FRENCH)).contains("/desk/grant-reports");
        mail(Mailboxes.address(coordinator), "Bericht überfällig: Finanzhilfe " + number + ", Zeitraum 1");
        assertThat(officer().get("/api/grants/{id}", g.id()).jsonPath().getBoolean("reportingPeriods[0].overdue"))
                .isTrue();

        // the final report is handed in as soon as its period is over: no reminder for it
        moveTo(LocalDate.parse(grant.getString("reportingPeriods[1].to")).plusDays(1));
        coordinator(coordinator).body(Map.of("technical", "Final report", "kpis", Map.of("smesSupported", 3),
                        "costs", List.of(Map.of("organisation", g.consortium().coordinator(), "category", "PERSONNEL",
                                "amount", "1000.00"))))
                .put("/api/grants/{id}/reports/2", g.id()).then().statusCode(200);
        coordinator(coordinator).post("/api/grants/{id}/reports/2/submit", g.id()).then().statusCode(200);
        moveTo(finalDue.plusDays(2));
        reminders.scan();
        String finalRef = "grant-report:" + g.id() + ":2";
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_DUE", finalRef)).isZero();
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_OVERDUE", finalRef)).isZero();
        // period 1 is still missing: told once, not again
        assertThat(count(() -> coordinator(coordinator), "GRANT_REPORT_OVERDUE", consortiumRef)).isEqualTo(1);
    }

    private static RequestSpecification coordinator(String user) {
        return Mailboxes.as(user, "de", "applicant");
    }

    /** Moves the frozen business clock to noon (Brussels) of the day. */
    private static void moveTo(LocalDate day) {
        Instant target = day.atTime(LocalTime.NOON).atZone(Brussels.ZONE).toInstant();
        TestClock.advance(Duration.between(TestClock.now(), target));
    }

    private static long count(Supplier<RequestSpecification> as, String kind, String reference) {
        List<Map<String, Object>> items = as.get().get("/api/notifications?size=100").then().statusCode(200).extract()
                .jsonPath().getList("items");
        return items.stream().filter(n -> kind.equals(n.get("kind")) && reference.equals(n.get("reference"))).count();
    }

    /** The one mail with this subject the address received (waits for the outbox; fails on a second one). */
    private static MimeMessage mail(String address, String subject) {
        List<MimeMessage> found = Await.until(() -> Mailboxes.to(address).stream()
                        .filter(m -> subject.equals(Mailboxes.subject(m))).toList(), l -> !l.isEmpty(),
                Duration.ofSeconds(60), "a mail '" + subject + "' to " + address);
        assertThat(found).as("mails '%s'", subject).hasSize(1);
        return found.get(0);
    }

    private static String date(LocalDate d, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d);
    }
}
