package io.grantflow.kpis.web;

import io.grantflow.kpis.api.KpiReportRequest;
import io.grantflow.kpis.domain.ReportedIndicator;
import io.grantflow.shared.problem.Violation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The KPI report form as typed: the period, a count per reported indicator (blank: not reported) and a comment;
 * {@code key} is the form's idempotency key, so that the same form sent twice saves one version.
 * {@link #request} reads it for {@code KpiService.report}: whole numbers as numbers; any other text is passed on as
 * typed, so the service's own rule refuses it ({@code not_a_count}) beside its field. Only a period the page cannot
 * read is the page's problem ({@code invalid_number}).
 */
public record KpiReportForm(String key, String period, Map<String, String> values, String comment) {

    private static final Pattern WHOLE = Pattern.compile("-?\\d+");

    public static KpiReportForm blank() {
        return new KpiReportForm(java.util.UUID.randomUUID().toString(), "", Map.of(), "");
    }

    /** The reported indicators' codes, in the order of the form. */
    public static List<String> codes() {
        return Arrays.stream(ReportedIndicator.values()).map(Enum::name).toList();
    }

    public String value(String code) {
        return values.getOrDefault(code, "");
    }

    /** The service's request; {@code problems} gets what the page could not read. */
    public KpiReportRequest request(List<Violation> problems) {
        Integer p = null;
        String typed = strip(period);
        if (!typed.isEmpty()) {
            try {
                p = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                problems.add(new Violation("period", "invalid_number", "a whole number"));
            }
        }
        Map<String, Object> indicators = new LinkedHashMap<>();
        for (String code : codes()) {
            String v = strip(values.get(code));
            if (!v.isEmpty()) {
                indicators.put(code, WHOLE.matcher(v).matches() ? new BigInteger(v) : v);
            }
        }
        return new KpiReportRequest(p, indicators, comment == null || comment.isBlank() ? null : comment.strip());
    }

    /** Without spaces (also the narrow and no-break spaces that group digits in French). */
    private static String strip(String text) {
        return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
