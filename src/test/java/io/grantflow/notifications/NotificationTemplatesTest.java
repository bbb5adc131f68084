package io.grantflow.notifications;

import io.grantflow.notifications.application.NotificationTexts;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.web.Languages;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of notification has its texts in English, French and German, and the texts of the events render
 * in each language from the parameters their callers give (the mails and the page render them in the reader's
 * language; the API test of each event renders only the English one).
 */
@QuarkusTest
class NotificationTemplatesTest {

    /**
     * Kinds listed before any feature writes them: the reminders and scanners (branch h-scanners) write these and
     * their texts. Empty this set when they arrive; nothing else may be left without texts.
     */
    static final Set<NotificationKind> WRITTEN_BY_THE_SCANNERS = EnumSet.noneOf(NotificationKind.class);

    @Inject
    NotificationTexts texts;

    @Test
    void everyKindHasItsTextsInEveryLanguage() {
        assertThat(Arrays.stream(NotificationKind.values()).filter(k -> !WRITTEN_BY_THE_SCANNERS.contains(k))
                .filter(k -> !texts.hasTemplates(k)).toList())
                .as("kinds without a template in each of %s", Languages.SUPPORTED).isEmpty();
    }

    @Test
    void theEventsRenderInEveryLanguage() {
        Instant due = Instant.parse("2026-03-12T16:00:00Z");
        Map<NotificationKind, NotificationParams> events = Map.of(
                NotificationKind.TRANCHE_PAID, NotificationParams.of().money("amount", Money.of(new BigDecimal("1100.00")))
                        .text("tranche", "FIRST").text("application", 12),
                NotificationKind.EVALUATION_ASSIGNED, NotificationParams.of().text("proposal", 9).text("acronym", "HYVALUE")
                        .text("call", "EC-2026").instant("due", due),
                NotificationKind.PAYMENT_AWAITING_APPROVAL, NotificationParams.of()
                        .money("amount", Money.of(new BigDecimal("500.00"))).text("payee", "SME Srl")
                        .text("purpose", "First tranche").text("order", 5).text("initiator", "coordinator"),
                NotificationKind.HOST_CONFIRMATION_NEEDED, NotificationParams.of().text("openCall", "ClusterXchange 1")
                        .text("application", 12).text("visitor", "Giulia Rossi")
                        .date("from", LocalDate.of(2026, 3, 2)).date("to", LocalDate.of(2026, 3, 5)),
                NotificationKind.PROPOSAL_RESUBMITTED, NotificationParams.of().text("proposal", 9).text("acronym", "HYVALUE")
                        .text("call", "EC-2026").number("version", 2).text("by", "coordinator"),
                NotificationKind.CONSENSUS_READY, NotificationParams.of().text("proposal", 9).text("acronym", "HYVALUE")
                        .text("call", "EC-2026").number("experts", 3),
                NotificationKind.EXCHANGE_PAYMENT_OVERDUE, NotificationParams.of().text("application", 12)
                        .text("openCall", "ClusterXchange 1").text("visitor", "Giulia Rossi")
                        .text("organisation", "Fraunhofer-Institut").money("amount", Money.of(new BigDecimal("1100.00")))
                        .instant("paymentDue", due).text("order", 5));
        for (Locale language : Languages.SUPPORTED) {
            events.forEach((kind, params) -> {
                NotificationTexts.Text text = texts.render(kind.name(), params.stored(), language);
                assertThat(text.subject()).as("%s in %s", kind, language).isNotBlank().doesNotContain("{");
                assertThat(text.body()).as("%s in %s", kind, language).isNotBlank().doesNotContain("{");
            });
        }
        // an optional due date may be left out
        assertThat(texts.render("EVALUATION_ASSIGNED", NotificationParams.of().text("proposal", 9).text("acronym", "X")
                .text("call", "C").stored(), Locale.GERMAN).body()).doesNotContain("fällig");
        assertThat(texts.render("TRANCHE_PAID", events.get(NotificationKind.TRANCHE_PAID).stored(), Locale.FRENCH).subject())
                .startsWith("Première tranche de").endsWith("payée");
    }

    /** The grant's reports and work packages (GrantNotices, GrantReportReminders), with their optional parts. */
    @Test
    void theGrantReportEventsRenderInEveryLanguage() {
        LocalDate due = LocalDate.of(2028, 8, 29);
        Money amount = Money.of(new BigDecimal("110000.00"));
        NotificationParams period = NotificationParams.of().text("grant", "GF-2026-001").text("acronym", "HYVALUE")
                .text("period", 1);
        NotificationParams last = NotificationParams.of().text("grant", "GF-2026-001").text("acronym", "HYVALUE")
                .text("period", 2).text("final", "yes");
        NotificationParams wp = NotificationParams.of().text("grant", "GF-2026-001").text("acronym", "HYVALUE")
                .text("workPackage", 2).text("title", "Pilots");
        Map<String, NotificationParams> events = Map.ofEntries(
                Map.entry("GRANT_REPORT_DUE", copy(period).date("reportDue", due)),
                Map.entry("GRANT_REPORT_OVERDUE", copy(last).date("reportDue", due)),
                Map.entry("GRANT_REPORT_SUBMITTED", copy(period).text("version", 2).money("contribution", amount)
                        .date("paymentDue", due)),
                Map.entry("GRANT_REPORT_ANSWERED", copy(last).date("paymentDue", due)),
                Map.entry("GRANT_REPORT_REJECTED", copy(period).text("version", 1).text("reason", "No timesheets")),
                Map.entry("GRANT_REPORT_INFORMATION_REQUESTED", copy(period).text("question", "Which SMEs?")),
                Map.entry("GRANT_REPORT_ACCEPTED", copy(period).money("amount", amount)),
                Map.entry("RECOVERY_ORDERED", copy(period).money("recovery", amount).date("recoveryDue", due)
                        .money("finalAmount", amount).money("paidBefore", amount)),
                Map.entry("WORK_PACKAGE_ACCEPTED", copy(wp).money("amount", amount)),
                Map.entry("WORK_PACKAGE_REJECTED", copy(wp).text("reason", "Deliverable D2.1 missing")));
        assertThat(events.keySet()).allMatch(k -> NotificationKind.parse(k).isPresent());
        for (Locale language : Languages.SUPPORTED) {
            events.forEach((kind, params) -> {
                NotificationTexts.Text text = texts.render(kind, params.stored(), language);
                assertThat(text.subject()).as("%s in %s", kind, language).isNotBlank().doesNotContain("{");
                assertThat(text.body()).as("%s in %s", kind, language).isNotBlank().doesNotContain("{")
                        .contains("GF-2026-001");
            });
        }
        // the closure: final amount, SME-share reduction, recovery; an interim period without a payment
        NotificationParams closure = copy(last).money("finalAmount", Money.of(new BigDecimal("160000.00")))
                .money("reduction", Money.of(new BigDecimal("770000.00")))
                .money("recovery", Money.of(new BigDecimal("350000.00"))).date("recoveryDue", due);
        assertThat(texts.render("GRANT_REPORT_ACCEPTED", closure.stored(), Locale.ENGLISH).body())
                .contains("final grant amount is €160,000.00").contains("reduced by €770,000.00")
                .contains("€350,000.00 paid in excess is to be repaid by August 29, 2028").doesNotContain("balance");
        assertThat(texts.render("GRANT_REPORT_ACCEPTED", closure.stored(), Locale.FRENCH).body())
                .contains("29 août 2028");
        assertThat(texts.render("GRANT_REPORT_ACCEPTED", period.stored(), Locale.GERMAN).body())
                .contains("keine Zwischenzahlung");
        assertThat(texts.render("GRANT_REPORT_DUE", copy(last).date("reportDue", due).stored(), Locale.ENGLISH).body())
                .startsWith("The final report of grant GF-2026-001");
    }

    private static NotificationParams copy(NotificationParams p) {
        NotificationParams c = NotificationParams.of();
        p.stored().forEach((key, value) -> {
            Map.Entry<String, NotificationParams.Type> k = NotificationParams.key(key);
            switch (k.getValue()) {
                case MONEY -> c.money(k.getKey(), Money.of(new BigDecimal(value)));
                case DATE -> c.date(k.getKey(), LocalDate.parse(value));
                default -> c.text(k.getKey(), value);
            }
        });
        return c;
    }
}
