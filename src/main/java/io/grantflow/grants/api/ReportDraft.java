package io.grantflow.grants.api;

import io.grantflow.grants.domain.GrantReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT /api/grants/{id}/reports/{period}}: the technical part (text, the period's KPIs) and the
 * costs per beneficiary and category. The support paid to third parties is not declared: the ledger knows it.
 */
public record ReportDraft(String technical, Map<String, BigDecimal> kpis, List<GrantReport.Cost> costs) {
}
