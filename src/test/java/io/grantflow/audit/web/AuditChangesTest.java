package io.grantflow.audit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.audit.web.AuditChanges.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChangesTest {

    private static Object json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void anUpdateListsEachChangedFieldBeforeAndAfter() throws Exception {
        assertThat(AuditChanges.of("UPDATE", json("{\"status\": [\"OFFERED\", \"SIGNED\"], \"signed_by\": [null, \"anna\"]}")))
                .containsExactly(new Change("status", "OFFERED", "SIGNED"), new Change("signed_by", "", "anna"));
    }

    @Test
    void anInsertHasValuesAfterAndADeleteValuesBefore() throws Exception {
        assertThat(AuditChanges.of("INSERT", json("{\"id\": 12, \"tags\": [\"A\", \"B\"], \"note\": null}")))
                .containsExactly(new Change("id", "", "12"), new Change("tags", "", "[\"A\",\"B\"]"),
                        new Change("note", "", ""));
        assertThat(AuditChanges.of("DELETE", json("{\"id\": 12}"))).containsExactly(new Change("id", "12", ""));
    }

    @Test
    void somethingElseIsShownAsItIs() {
        assertThat(AuditChanges.of("INSERT", null)).isEmpty();
        assertThat(AuditChanges.of("INSERT", "not json")).containsExactly(new Change("", "", "not json"));
    }
}
