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
                        .text("call", "EC-2026").number("experts", 3));
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
}
