package io.grantflow.kpis.api;

import java.util.Map;

public record KpiReportRequest(Integer period, Map<String, Object> indicators, String comment) {
}
