package io.grantflow.kpis.web;

import io.grantflow.kpis.api.KpiReportRequest;
import io.grantflow.kpis.domain.ReportedIndicator;
import io.grantflow.shared.problem.Violation;
import jakarta.ws.rs.FormParam;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KpiReportFormTest {

    @Test
    void wholeNumbersAreReadAndOtherTextIsPassedOnForTheServiceToRefuse() {
        List<Violation> problems = new ArrayList<>();
        KpiReportRequest r = new KpiReportForm("k", " 2 ", Map.of("RESILIENCE_PLANS", "1\u202F200", "NEW_TO_FIRM_PRODUCTS",
                "12.5", "SMES_INVESTING_IN_SKILLS", "-3", "CLUSTER_ORGANISATIONS_TRAINED", "  "), "  ").request(problems);
        assertThat(problems).isEmpty();
        assertThat(r.period()).isEqualTo(2);
        assertThat(r.indicators()).containsEntry("RESILIENCE_PLANS", BigInteger.valueOf(1200))
                .containsEntry("NEW_TO_FIRM_PRODUCTS", "12.5").containsEntry("SMES_INVESTING_IN_SKILLS", BigInteger.valueOf(-3))
                .doesNotContainKey("CLUSTER_ORGANISATIONS_TRAINED");
        assertThat(r.comment()).isNull();
    }

    @Test
    void anUnreadablePeriodIsThePagesProblemAndReachesTheServiceAsMissing() {
        List<Violation> problems = new ArrayList<>();
        KpiReportRequest r = new KpiReportForm("k", "first", Map.of(), "Two fairs").request(problems);
        assertThat(problems).extracting(Violation::field, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("period", "invalid_number"));
        assertThat(r.period()).isNull();
        assertThat(r.indicators()).isEmpty();
        assertThat(r.comment()).isEqualTo("Two fairs");
    }

    @Test
    void everyReportedIndicatorHasAFieldInThePostedForm() {
        List<String> fields = Arrays.stream(KpiReportFields.class.getDeclaredFields())
                .map(f -> f.getAnnotation(FormParam.class)).filter(java.util.Objects::nonNull).map(FormParam::value).toList();
        assertThat(fields).containsAll(Arrays.stream(ReportedIndicator.values()).map(Enum::name).toList());
        KpiReportFields posted = new KpiReportFields();
        posted.period = "1";
        posted.entrepreneursMentoringMobility = "4";
        assertThat(posted.form().values()).containsExactly(Map.entry("ENTREPRENEURS_MENTORING_MOBILITY", "4"));
    }
}
