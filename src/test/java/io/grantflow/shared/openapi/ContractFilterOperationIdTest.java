package io.grantflow.shared.openapi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule that names operations (docs/api.md, "The contract"), without the application. */
class ContractFilterOperationIdTest {

    @Test
    void listTakesThePluralOfTheResourcesName() {
        assertThat(ContractFilter.operationId("io.grantflow.calls.api.CallResource_list")).isEqualTo("listCalls");
        assertThat(ContractFilter.operationId("io.grantflow.kpis.api.KpiResources$KpiReportResource_list"))
                .isEqualTo("listKpiReports");
        assertThat(ContractFilter.operationId("io.grantflow.x.api.ActivityResource_list")).isEqualTo("listActivities");
        assertThat(ContractFilter.operationId("io.grantflow.x.api.BatchResource_list")).isEqualTo("listBatches");
    }

    @Test
    void anotherOneWordMethodTakesTheSingular() {
        assertThat(ContractFilter.operationId("io.grantflow.calls.api.CallResource_get")).isEqualTo("getCall");
        assertThat(ContractFilter.operationId("io.grantflow.calls.api.CallResource_publish")).isEqualTo("publishCall");
        assertThat(ContractFilter.operationId("io.grantflow.cascade.api.OpenCallResources$OpenCallApplicationResource_list"))
                .isEqualTo("listOpenCallApplications");
        assertThat(ContractFilter.operationId("io.grantflow.evaluation.api.ConsensusResource_agree"))
                .isEqualTo("agreeConsensus");
    }

    @Test
    void aMethodNamedWithAVerbAndANounKeepsItsName() {
        assertThat(ContractFilter.operationId("io.grantflow.evaluation.api.EvaluatorResource_saveScores"))
                .isEqualTo("saveScores");
    }

    @Test
    void anIdGivenWithTheOperationAnnotationIsKept() {
        assertThat(ContractFilter.operationId("approvePaymentOrder")).isEqualTo("approvePaymentOrder");
        assertThat(ContractFilter.operationId(null)).isNull();
    }

    @Test
    void pluralsOfNouns() {
        assertThat(ContractFilter.plural("Grant")).isEqualTo("Grants");
        assertThat(ContractFilter.plural("Programme")).isEqualTo("Programmes");
        assertThat(ContractFilter.plural("Policy")).isEqualTo("Policies");
        assertThat(ContractFilter.plural("Survey")).isEqualTo("Surveys");
        assertThat(ContractFilter.plural("Status")).isEqualTo("Statuses");
        assertThat(ContractFilter.plural("Match")).isEqualTo("Matches");
    }
}
