package io.grantflow.cascade;

import io.grantflow.support.GrantFixtures;
import io.grantflow.support.GrantFixtures.SignedGrant;
import io.grantflow.support.GrantFixtures.Sme;
import io.grantflow.workflow.ProcessKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.grantflow.support.GrantFixtures.application;
import static io.grantflow.support.GrantFixtures.asSme;
import static io.grantflow.support.GrantFixtures.createOpenCall;
import static io.grantflow.support.GrantFixtures.openCall;
import static io.grantflow.support.ProposalFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Every path of fstp-lump-sum.bpmn through the API; the report timers are fired as the job executor would. */
@QuarkusTest
class FstpLumpSumProcessTest {

    private static SignedGrant grant;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    private static synchronized SignedGrant grant() {
        if (grant == null) {
            grant = GrantFixtures.signedGrant();
        }
        return grant;
    }

    private static long fixedCall(String budget, boolean waitlist) {
        Map<String, Object> def = openCall("FIXED_LUMP_SUM", "FIRST_COME_FIRST_SERVED", budget);
        def.put("fixedAmount", "1000.00");
        def.put("waitlist", waitlist);
        return createOpenCall(grant(), def).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long apply(Sme sme, long call) {
        return asSme(sme).body(application(sme, null, null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private HistoricProcessInstance history(long application) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.FSTP_LUMP_SUM)
                .processInstanceBusinessKey(String.valueOf(application)).singleResult();
    }

    private ProcessInstance running(long application) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.FSTP_LUMP_SUM)
                .processInstanceBusinessKey(String.valueOf(application)).singleResult();
    }

    private boolean passed(long application, String activity) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(history(application).getId())
                .activityId(activity).finished().count() > 0;
    }

    private void assertEndedAt(long application, String end) {
        HistoricProcessInstance h = history(application);
        assertThat(h.getEndTime()).isNotNull();
        assertThat(passed(application, end)).as("passed " + end).isTrue();
    }

    @Test
    void refusedAtTheChecks() {
        long call = fixedCall("5000.00", false);
        Sme sme = GrantFixtures.sme("IT");
        Map<String, Object> body = application(sme, null, null);
        body.put("noDoubleFunding", false);
        long id = asSme(sme).body(body).post("/api/open-calls/{id}/applications", call).then().statusCode(201)
                .body("status", equalTo("REFUSED")).body("refusals.code", equalTo(List.of("double_funding")))
                .extract().jsonPath().getLong("id");
        assertEndedAt(id, "refused");
    }

    @Test
    void aFixedLumpSumShowsNothingRequestedAndTheAmountAwarded() {
        long call = fixedCall("5000.00", false);
        Sme sme = GrantFixtures.sme("IT");
        long id = apply(sme, call);
        asSme(sme).get("/api/applications/{id}", id).then().body("status", equalTo("AWARDED"))
                .body("requested", nullValue()).body("amountToAward", equalTo("1000.00")).body("awarded", equalTo("1000.00"));
    }

    @Test
    void theEnvelopeExhaustedRefusesWithoutAWaitingList() {
        long call = fixedCall("1000.00", false);
        long first = apply(GrantFixtures.sme("IT"), call);
        Sme late = GrantFixtures.sme("IT");
        long second = apply(late, call);
        assertThat(running(first)).isNotNull();
        asSme(late).get("/api/applications/{id}", second).then().body("status", equalTo("REFUSED"))
                .body("refusals.code", equalTo(List.of("envelope_exhausted")));
        assertEndedAt(second, "envelope-exhausted");
    }

    @Test
    void aWaitingListApplicationIsAwardedWhenAnAwardIsWithdrawn() {
        long call = fixedCall("1000.00", true);
        Sme early = GrantFixtures.sme("IT");
        long first = apply(early, call);
        Sme late = GrantFixtures.sme("EE");
        long second = apply(late, call);
        asSme(late).get("/api/applications/{id}", second).then().body("status", equalTo("WAITLISTED"))
                .body("processStep", equalTo("On the waiting list"));
        asSme(early).post("/api/applications/{id}/withdraw", first).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertEndedAt(first, "withdrawn");
        assertThat(passed(first, "release-on-withdrawal")).isTrue();
        asSme(late).get("/api/applications/{id}", second).then().body("status", equalTo("AWARDED"))
                .body("processStep", equalTo("Report with proof"));
        as(grant().consortium().coordinatorUser()).get("/api/open-calls/{id}", call).then()
                .body("committed", equalTo("1000.00"));
    }

    @Test
    void theConsortiumRejectsAnEvaluatedApplication() {
        Map<String, Object> def = openCall("VOUCHER", "EVALUATED", "5000.00");
        def.put("maxAmount", "2000.00");
        long call = createOpenCall(grant(), def).then().statusCode(201).extract().jsonPath().getLong("id");
        Sme sme = GrantFixtures.sme("IT");
        long id = asSme(sme).body(application(sme, "1500.00", null)).post("/api/open-calls/{id}/applications", call)
                .then().statusCode(201).body("processStep", equalTo("Award decision by the consortium"))
                .extract().jsonPath().getLong("id");
        as(grant().consortium().partnerUser()).body(Map.of("approve", false, "score", 31, "reason", "weak plan"))
                .post("/api/applications/{id}/decision", id).then().statusCode(200).body("status", equalTo("REJECTED"));
        assertEndedAt(id, "rejected");
    }

    @Test
    void aReportRejectedTwiceReleasesTheAward() {
        long call = fixedCall("3000.00", false);
        Sme sme = GrantFixtures.sme("IT");
        long id = apply(sme, call);
        String verifier = grant().consortium().partnerUser();
        for (int i = 0; i < 2; i++) {
            asSme(sme).body(Map.of("report", "report " + i, "proof", "https://files.example/" + i))
                    .post("/api/applications/{id}/report", id).then().statusCode(200);
            as(verifier).body(Map.of("accepted", false, "reason", "no proof of attendance"))
                    .post("/api/applications/{id}/verification", id).then().statusCode(200)
                    .body("status", equalTo(i == 0 ? "REPORT_REJECTED" : "REPORT_FAILED"));
        }
        assertEndedAt(id, "report-failed");
        assertThat(passed(id, "release-after-report")).isTrue();
        asSme(sme).body(Map.of("report", "again", "proof", "x")).post("/api/applications/{id}/report", id).then()
                .statusCode(409);
        as(verifier).get("/api/open-calls/{id}", call).then().body("committed", equalTo("0.00"));
    }

    @Test
    void theReminderAndTheDeadlineFireThenTheReportIsVerified() {
        long call = fixedCall("3000.00", false);
        Sme sme = GrantFixtures.sme("IT");
        long id = apply(sme, call);
        String processId = running(id).getId();
        List<Job> timers = managementService.createJobQuery().processInstanceId(processId).timers().list();
        assertThat(timers).hasSize(2);
        Job reminder = managementService.createJobQuery().processInstanceId(processId).activityId("report-reminder")
                .singleResult();
        managementService.executeJob(reminder.getId());
        assertThat(passed(id, "remind-report")).isTrue();
        Job deadline = managementService.createJobQuery().processInstanceId(processId).activityId("report-deadline")
                .singleResult();
        managementService.executeJob(deadline.getId());
        assertThat(passed(id, "mark-overdue")).isTrue();
        asSme(sme).get("/api/applications/{id}", id).then().body("status", equalTo("OVERDUE"));
        asSme(sme).get("/api/notifications").then().body("items.kind", hasItem("REPORT_REMINDER"))
                .body("items.kind", hasItem("REPORT_OVERDUE"));
        as(grant().consortium().coordinatorUser()).get("/api/notifications").then()
                .body("items.kind", hasItem("REPORT_OVERDUE"));

        asSme(sme).body(Map.of("report", "late but complete", "proof", "https://files.example/late"))
                .post("/api/applications/{id}/report", id).then().statusCode(200).body("status", equalTo("REPORTED"));
        as(grant().consortium().partnerUser()).body(Map.of("accepted", true))
                .post("/api/applications/{id}/verification", id).then().statusCode(200).body("status", equalTo("CLOSED"));
        assertEndedAt(id, "closed");
        assertThat(passed(id, "balance")).isTrue();
    }
}
