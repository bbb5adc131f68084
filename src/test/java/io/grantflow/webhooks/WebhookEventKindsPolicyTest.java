package io.grantflow.webhooks;

import io.grantflow.shared.problem.Violation;
import io.grantflow.webhooks.domain.WebhookEventKindsPolicy;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds an endpoint hears: NotificationKind names or "*", at least one; every unknown one named. */
class WebhookEventKindsPolicyTest {

    @Test
    void knownKindsAndTheWildcardAreAccepted() {
        assertThat(WebhookEventKindsPolicy.check(List.of("AWARDED", "TRANCHE_PAID"), "events")).isEmpty();
        assertThat(WebhookEventKindsPolicy.check(List.of("*"), "events")).isEmpty();
    }

    @Test
    void everyUnknownKindIsReportedWithItsIndex() {
        List<Violation> v = WebhookEventKindsPolicy.check(Arrays.asList("awarded", "AWARDED", "PAID", null), "events");
        assertThat(v).extracting(Violation::field).containsExactly("events[0]", "events[2]", "events[3]");
        assertThat(v).extracting(Violation::code).containsOnly("unknown_event_kind");
    }

    @Test
    void noKindIsRequired() {
        assertThat(WebhookEventKindsPolicy.check(List.of(), "events")).extracting(Violation::code).containsExactly("required");
        assertThat(WebhookEventKindsPolicy.check(null, "events")).extracting(Violation::code).containsExactly("required");
    }

    @Test
    void theStoredKindsAreEachOnceAndTheWildcardAlone() {
        assertThat(WebhookEventKindsPolicy.normalised(List.of("AWARDED", "REFUSED", "AWARDED")))
                .containsExactly("AWARDED", "REFUSED");
        assertThat(WebhookEventKindsPolicy.normalised(List.of("AWARDED", "*"))).containsExactly("*");
    }
}
