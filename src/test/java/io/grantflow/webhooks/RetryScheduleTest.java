package io.grantflow.webhooks;

import io.grantflow.webhooks.domain.DeliveryStatus;
import io.grantflow.webhooks.domain.RetrySchedule;
import io.grantflow.webhooks.domain.WebhookDelivery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The back-off of failed deliveries and the end of the retry window. */
class RetryScheduleTest {

    @Test
    void theWaitsGrowThenStayAtTenHours() {
        assertThat(RetrySchedule.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetrySchedule.after(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RetrySchedule.after(3)).isEqualTo(Duration.ofMinutes(30));
        assertThat(RetrySchedule.after(4)).isEqualTo(Duration.ofHours(2));
        assertThat(RetrySchedule.after(5)).isEqualTo(Duration.ofHours(5));
        assertThat(RetrySchedule.after(6)).isEqualTo(Duration.ofHours(10));
        assertThat(RetrySchedule.after(60)).isEqualTo(Duration.ofHours(10));
    }

    @Test
    void aDeliveryIsRetriedWithinItsWindowThenFailed() {
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        WebhookDelivery d = new WebhookDelivery(1L, "msg_x", "AWARDED", "{}", t, Duration.ofHours(24));
        d.attemptFailed(500, "HTTP 500", t);
        assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.nextAttemptAt).isEqualTo(t.plusSeconds(5));
        Instant at = t;
        for (int attempt = 2; attempt <= 6; attempt++) {
            at = d.nextAttemptAt;
            d.attemptFailed(null, "ConnectException", at);
        }
        // attempts at 0 s, 5 s, 5 min 5 s, 35 min 5 s, 2 h 35 min 5 s, 7 h 35 min 5 s; the next (17 h 35 min 5 s) fits
        assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.nextAttemptAt).isEqualTo(t.plus(Duration.ofHours(17).plusMinutes(35).plusSeconds(5)));
        d.attemptFailed(503, "HTTP 503", d.nextAttemptAt);
        // the next step (27 h 35 min 5 s) would be past the window: one last attempt at its end, 24 h after the event
        assertThat(d.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.nextAttemptAt).isEqualTo(t.plus(Duration.ofHours(24)));
        d.attemptFailed(503, "HTTP 503", d.nextAttemptAt);
        assertThat(d.status).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.attempts).isEqualTo(8);
        assertThat(d.nextAttemptAt).isNull();
        assertThat(d.lastStatusCode).isEqualTo(503);
    }

    @Test
    void aDeliveryAnsweredWithA2xxIsDelivered() {
        Instant t = Instant.parse("2030-01-01T00:00:00Z");
        WebhookDelivery d = new WebhookDelivery(1L, "msg_x", "AWARDED", "{}", t, Duration.ofHours(24));
        d.attemptFailed(500, "HTTP 500", t);
        d.delivered(204, t.plusSeconds(6));
        assertThat(d.status).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(d.attempts).isEqualTo(2);
        assertThat(d.lastError).isNull();
        assertThat(d.nextAttemptAt).isNull();
    }
}
