package io.grantflow.kpis.api;

import io.grantflow.kpis.domain.KpiReport;
import java.time.Instant;
import java.util.Map;

public record KpiReportView(Long id, Long grant, int period, int version, Map<String, Long> indicators,
                            String comment, String submittedBy, Instant submittedAt) {
    public static KpiReportView of(KpiReport r) {
        return new KpiReportView(r.id, r.grantId, r.period, r.version, r.indicators, r.comment, r.submittedBy,
                r.submittedAt);
    }
}
