package io.grantflow.notifications;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Formats;
import io.grantflow.support.Await;
import io.grantflow.support.CallFixtures;
import io.grantflow.support.EvaluationFixtures;
import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.Mailboxes;
import io.grantflow.support.ProposalFixtures;
import io.grantflow.support.ProposalFixtures.Consortium;
import io.grantflow.support.TestClock;
import io.grantflow.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.grantflow.support.EvaluationFixtures.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The acts on a grant's reports, through the real stack (docs/notifications.md, "Events"): a submission and an
 * answer reach the officers (here one reading German); a rejection, a request for information and the acceptance
 * with its interim payment, then the final acceptance with the SME-share reduction and the recovery, reach the
 * members of the coordinator in their language (French), by e-mail too, with a link to the consortium's grant page;
 * a partner's member hears of none of them.
 */
@QuarkusTest
class GrantReportNotificationsTest {

    private SignedGrant grant;
    private String officerUser;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theConsortiumHearsOfEachDecisionInItsLanguageAndTheOfficersOfEachSubmission() throws Exception {
        SignedGrant g = GrantFixtures.signedGrant();
        this.grant = g;
        this.officerUser = ProposalFixtures.user("officer");
        String number = officer().get("/api/grants/{id}", g.id()).jsonPath().getString("number");
        String coordinator = g.consortium().coordinatorUser();
        String partner = g.consortium().partnerUser();
        String coordinatorMail = Mailboxes.address(coordinator);
        String officerMail = Mailboxes.address(officerUser);
        coordinator().get("/api/notifications").then().statusCode(200); // the address and French, on record
        reviewer().get("/api/notifications").then().statusCode(200); // an officer reading German
        String consortiumRef = "grant-report:" + g.id() + ":1";
        String reviewRef = "grant-review:" + g.id() + ":1";

        TestClock.freeze();
        coordinator().body(draft("Period 1 work")).put("/api/grants/{id}/reports/1", g.id()).then().statusCode(200);
        TestClock.advance(Duration.ofDays(560)); // period 1 is over
        coordinator().post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200);
        assertThat(count(this::reviewer, "GRANT_REPORT_SUBMITTED", reviewRef)).isEqualTo(1);
        assertThat(count(this::coordinator, "GRANT_REPORT_SUBMITTED", reviewRef)).isZero();
        MimeMessage submitted = mail(officerMail, "Bericht zu prüfen: Finanzhilfe " + number + ", Zeitraum 1");
        assertThat(MailText.plain(submitted)).contains("Version 1").contains("/desk/grant-reports");

        reviewer().body(Map.of("reason", "Il manque les feuilles de temps de deux mois"))
                .post("/api/grants/{id}/reports/1/reject", g.id()).then().statusCode(200);
        assertThat(count(this::coordinator, "GRANT_REPORT_REJECTED", consortiumRef)).isEqualTo(1);
        MimeMessage rejected = mail(coordinatorMail, "Rapport refusé : subvention " + number + ", période 1");
        assertThat(Mailboxes.header(rejected, "Content-Language")).isEqualTo("fr");
        assertThat(MailText.plain(rejected)).contains("Il manque les feuilles de temps de deux mois")
                .contains("/desk/grants/" + g.id());

        coordinator().body(draft("Period 1 work, with timesheets")).put("/api/grants/{id}/reports/1", g.id()).then()
                .statusCode(200).body("version", equalTo(2));
        coordinator().post("/api/grants/{id}/reports/1/submit", g.id()).then().statusCode(200);
        assertThat(count(this::reviewer, "GRANT_REPORT_SUBMITTED", reviewRef)).isEqualTo(2);
        reviewer().body(Map.of("question", "Quelles PME le coaching a-t-il atteintes ?"))
                .post("/api/grants/{id}/reports/1/request-information", g.id()).then().statusCode(200);
        assertThat(MailText.plain(mail(coordinatorMail, "Informations demandées : subvention " + number
                + ", période 1"))).contains("Quelles PME le coaching a-t-il atteintes ?").contains("suspendu");

        TestClock.advance(Duration.ofDays(3));
        String due = coordinator().body(Map.of("answer", "Douze PME dans trois régions"))
                .post("/api/grants/{id}/reports/1/answer", g.id()).then().statusCode(200).extract().jsonPath()
                .getString("paymentDueOn");
        assertThat(count(this::reviewer, "GRANT_REPORT_ANSWERED", reviewRef)).isEqualTo(1);
        assertThat(MailText.plain(mail(officerMail, "Auskunft erhalten: Finanzhilfe " + number + ", Zeitraum 1")))
                .contains(date(LocalDate.parse(due), Locale.GERMAN));

        reviewer().post("/api/grants/{id}/reports/1/accept", g.id()).then().statusCode(200);
        JsonPath p1 = officer().get("/api/grants/{id}", g.id()).jsonPath();
        Money interim = Money.of(new BigDecimal(p1.getString("reportingPeriods[0].settlement.amount")));
        assertThat(interim.isPositive()).isTrue();
        JsonPath mine = coordinator().get("/api/notifications?size=100").jsonPath();
        assertThat(mine.getString("items.find { it.kind == 'GRANT_REPORT_ACCEPTED' }.body"))
                .contains("An interim payment of " + Formats.money(interim, Locale.ENGLISH) + " is ordered");
        assertThat(MailText.plain(mail(coordinatorMail, "Rapport accepté : subvention " + number + ", période 1")))
                .contains("Un paiement intermédiaire de " + Formats.money(interim, Locale.FRENCH) + " est ordonné");
        reviewer().post("/api/grants/{id}/reports/1/accept", g.id()).then().statusCode(200); // a repeat tells nobody
        assertThat(count(this::coordinator, "GRANT_REPORT_ACCEPTED", consortiumRef)).isEqualTo(1);

        // the final report: nothing was paid to SMEs, so the final amount falls to nothing and all is recovered
        approveAndAwaitPaid(p1.getLong("preFinancing.paymentOrder"));
        approveAndAwaitPaid(p1.getLong("reportingPeriods[0].settlement.paymentOrder"));
        TestClock.advance(Duration.ofDays(540));
        coordinator().body(draft("Final report")).put("/api/grants/{id}/reports/2", g.id()).then().statusCode(200);
        coordinator().post("/api/grants/{id}/reports/2/submit", g.id()).then().statusCode(200);
        reviewer().post("/api/grants/{id}/reports/2/accept", g.id()).then().statusCode(200);
        JsonPath closed = officer().get("/api/grants/{id}", g.id()).jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        String s = "reportingPeriods[1].settlement.";
        Money recovery = Money.of(new BigDecimal(closed.getString(s + "recovery")));
        LocalDate recoveryDue = LocalDate.parse(closed.getString(s + "recoveryDueOn"));
        Money reduction = Money.of(new BigDecimal(closed.getString(s + "smeShareReduction")));
        assertThat(recovery.isPositive()).isTrue();
        String finalRef = "grant-report:" + g.id() + ":2";
        assertThat(MailText.plain(mail(coordinatorMail, "Rapport accepté : subvention " + number + ", période 2")))
                .contains("Le rapport final de la subvention " + number)
                .contains("réduit de " + Formats.money(reduction, Locale.FRENCH))
                .contains("Le trop-perçu de " + Formats.money(recovery, Locale.FRENCH) + " est à rembourser au plus tard le "
                        + date(recoveryDue, Locale.FRENCH));
        MimeMessage recovered = mail(coordinatorMail, "Recouvrement de " + Formats.money(recovery, Locale.FRENCH)
                + " : subvention " + number);
        assertThat(MailText.plain(recovered)).contains(date(recoveryDue, Locale.FRENCH))
                .contains("/desk/grants/" + g.id());
        assertThat(count(this::coordinator, "RECOVERY_ORDERED", finalRef)).isEqualTo(1);

        // a partner's member is not the coordinator's: none of this reached them
        for (String kind : List.of("GRANT_REPORT_REJECTED", "GRANT_REPORT_INFORMATION_REQUESTED",
                "GRANT_REPORT_ACCEPTED", "RECOVERY_ORDERED", "GRANT_REPORT_SUBMITTED")) {
            assertThat(ProposalFixtures.as(partner).get("/api/notifications?size=100").jsonPath()
                    .getList("items.findAll { it.kind == '" + kind + "' }")).as(kind).isEmpty();
        }
    }

    @Test
    void aWorkPackageDecisionReachesTheCoordinatorsMembers() throws Exception {
        SignedGrant g = signedLumpSumGrant();
        this.grant = g;
        this.officerUser = ProposalFixtures.user("officer");
        String number = officer().get("/api/grants/{id}", g.id()).jsonPath().getString("number");
        String coordinatorMail = Mailboxes.address(g.consortium().coordinatorUser());
        coordinator().get("/api/notifications").then().statusCode(200);
        for (int wp : List.of(1, 2)) {
            coordinator().body(Map.of("summary", "Done: deliverables uploaded"))
                    .post("/api/grants/{id}/work-packages/{n}/declare-completed", g.id(), wp).then().statusCode(200);
        }
        JsonPath accepted = reviewer().post("/api/grants/{id}/work-packages/1/accept", g.id()).then().statusCode(200)
                .extract().jsonPath();
        reviewer().body(Map.of("reason", "Le livrable D2.1 manque"))
                .post("/api/grants/{id}/work-packages/2/reject", g.id()).then().statusCode(200);

        assertThat(count(this::coordinator, "WORK_PACKAGE_ACCEPTED", "work-package:" + g.id() + ":1")).isEqualTo(1);
        assertThat(count(this::coordinator, "WORK_PACKAGE_REJECTED", "work-package:" + g.id() + ":2")).isEqualTo(1);
        Money amount = Money.of(new BigDecimal(accepted.getString("amount")));
        assertThat(MailText.plain(mail(coordinatorMail, "Lot de travail 1 accepté : subvention " + number)))
                .contains(Formats.money(amount, Locale.FRENCH)).contains("/desk/grants/" + g.id());
        assertThat(MailText.plain(mail(coordinatorMail, "Lot de travail 2 refusé : subvention " + number)))
                .contains("Le livrable D2.1 manque");
        assertThat(ProposalFixtures.as(g.consortium().partnerUser()).get("/api/notifications?size=100").jsonPath()
                .getList("items.findAll { it.kind.startsWith('WORK_PACKAGE_') }")).isEmpty();
    }

    /** A signed lump-sum grant of EUR 1,000,000.00 with two work packages (60 %, 40 %) and no minimum SME share. */
    private static SignedGrant signedLumpSumGrant() {
        Consortium c = ProposalFixtures.consortium();
        Map<String, Object> def = CallFixtures.euroclustersLike(CallFixtures.programme("100000000.00"));
        def.put("actionType", "LUMP_SUM_GRANT");
        def.put("fstp", Map.of("minSmeShare", 0));
        def.put("budget", "1000000.00");
        def.put("maxGrant", "1000000.00");
        def.put("evaluation", Map.of("expertsPerProposal", 1));
        def.put("opensAt", Instant.now().minusSeconds(60).toString());
        def.put("deadlines", List.of(Map.of("at", Instant.now().plusSeconds(15).toString())));
        String call = CallFixtures.create(def);
        CallFixtures.publish(call);
        Map<String, Object> content = ProposalFixtures.content(c, "0.00", "500000.00");
        content.put("acronym", "LUMPSUM");
        content.put("workPackages", List.of(Map.of("title", "Pilot lines", "lumpSumShare", 60),
                Map.of("title", "Matchmaking", "lumpSumShare", 40)));
        long p = ProposalFixtures.draft(call, c, content);
        ProposalFixtures.as(c.coordinatorUser()).post("/api/proposals/{id}/submit", p).then().statusCode(200);
        Await.until(() -> ProposalFixtures.as(c.coordinatorUser()).get("/api/proposals/{id}", p).jsonPath()
                .getString("status"), "ELIGIBLE"::equals, Duration.ofSeconds(60), "proposal " + p + " eligible");
        EvaluationFixtures.evaluateAll(call, List.of(p), List.of(EvaluationFixtures.rqi(4, 4, 4)));
        officer().post("/api/calls/{id}/ranking", call).then().statusCode(200);
        long id = officer().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/calls/{id}/award", call).then().statusCode(200).extract().jsonPath().getLong("grants[0].id");
        ProposalFixtures.as(c.coordinatorUser()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("iban", "BE71 0961 2345 6769")).post("/api/grants/{id}/sign", id).then().statusCode(200);
        return new SignedGrant(id, c, call);
    }

    private RequestSpecification coordinator() {
        return Mailboxes.as(grant.consortium().coordinatorUser(), "fr", "applicant");
    }

    private RequestSpecification reviewer() {
        return Mailboxes.as(officerUser, "de", "officer");
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

    private Map<String, Object> draft(String text) {
        return Map.of("technical", text, "kpis", Map.of("smesSupported", 12),
                "costs", List.of(Map.of("organisation", grant.consortium().coordinator(), "category", "PERSONNEL",
                                "amount", "300000.00"),
                        Map.of("organisation", grant.consortium().partner1(), "category", "TRAVEL", "amount",
                                "200000.00")));
    }

    private static void approveAndAwaitPaid(long order) {
        given().auth().oauth2(Tokens.token("officer.second", "officer")).contentType(ContentType.JSON)
                .post("/api/payments/{id}/approve", order).then().statusCode(200);
        Await.until(() -> officer().get("/api/payments/{id}", order).jsonPath().getString("status"), "PAID"::equals,
                Duration.ofSeconds(60), "order " + order + " paid");
    }
}
