package io.grantflow.shared.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's fingerprint does not depend on the order a map iterates in: {@code Map.of} chooses its
 * order at each JVM start, and a retry after a restart must match the stored fingerprint.
 */
class IdempotencyFingerprintTest {

    private final ObjectMapper json = new ObjectMapper();

    record Award(String call, Map<String, String> parameters) {
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void theSameEntriesInAnotherOrderGiveTheSameFingerprint() {
        String one = Idempotency.fingerprint(json, ordered("call", "EUROCLUSTERS-2026", "cutoff", "null"));
        String other = Idempotency.fingerprint(json, ordered("cutoff", "null", "call", "EUROCLUSTERS-2026"));
        assertThat(one).isEqualTo(other).hasSize(64);
    }

    @Test
    void mapsInsideARecordAreSortedToo() {
        String one = Idempotency.fingerprint(json, new Award("C-1", ordered("a", "1", "b", "2")));
        String other = Idempotency.fingerprint(json, new Award("C-1", ordered("b", "2", "a", "1")));
        assertThat(one).isEqualTo(other);
    }

    @Test
    void anotherValueGivesAnotherFingerprint() {
        String one = Idempotency.fingerprint(json, ordered("call", "EUROCLUSTERS-2026", "cutoff", "0"));
        String other = Idempotency.fingerprint(json, ordered("call", "EUROCLUSTERS-2026", "cutoff", "1"));
        assertThat(one).isNotEqualTo(other);
    }
}
