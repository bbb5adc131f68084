package io.grantflow.kpis.application;

import io.grantflow.kpis.api.KpiReportRequest;
import io.grantflow.kpis.api.KpiReportView;
import io.grantflow.kpis.api.KpiView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Programme;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.grants.application.GrantAccess;
import io.grantflow.grants.domain.Grant;
import io.grantflow.kpis.domain.KpiReport;
import io.grantflow.kpis.domain.ReportedIndicator;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Programme indicators: computed with a few indexed aggregate queries over the grants of a scope
 * (signed or terminated grants), and reported by consortia per period (validated, versioned).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KpiService {

    @Inject
    io.grantflow.shared.idempotency.Idempotency idempotency;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    GrantAccess grantAccess;

    /** The statuses of an awarded application, as an SQL list (from {@link ApplicationStatus#AWARDED_STATES}). */
    private static final String AWARDED_STATES = ApplicationStatus.AWARDED_STATES.stream()
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    KpiBreakdowns breakdowns;

    /**
     * {@link #report} once per form: the same {@code key} and request again (a double click, a reload) answer the
     * report saved the first time; the id of the report.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Long reportOnce(Long grantId, KpiReportRequest r, String user, String key) {
        String body = idempotency.once(key, "kpi-report:" + grantId + ":" + user, r, 201,
                () -> report(grantId, r, user)).body();
        try {
            return json.readTree(body).get("id").asLong();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored answer of a KPI report is not JSON", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public KpiReportView report(Long grantId, KpiReportRequest r, String user) {
        Grant g = grantAccess.lockedForMember(grantId, user);
        if (!g.hasBeenSigned()) {
            throw DomainException.conflict("grant_not_signed", "grant " + g.number + " is " + g.status);
        }
        Violations v = new Violations();
        if (v.required(r.period(), "period")) {
            v.check(r.period() < 1 || r.period() > 20, "period", "out_of_range", "a reporting period from 1 to 20");
        }
        Map<String, Long> indicators = new TreeMap<>();
        if (r.indicators() == null || r.indicators().isEmpty()) {
            v.add("indicators", "required", "report at least one indicator");
        } else {
            r.indicators().forEach((code, value) -> {
                String field = "indicators." + code;
                boolean known = Arrays.stream(ReportedIndicator.values()).anyMatch(i -> i.name().equals(code));
                v.check(!known, field, "unknown_indicator", "one of " + EnumSet.allOf(ReportedIndicator.class));
                Long count = count(value);
                v.check(count == null, field, "not_a_count", "a whole number of 0 or more");
                v.check(count != null && count > ReportedIndicator.MAX_PER_REPORT, field, "above_maximum",
                        "at most " + ReportedIndicator.MAX_PER_REPORT + " per indicator and report");
                if (known && count != null && count <= ReportedIndicator.MAX_PER_REPORT) {
                    indicators.put(code, count);
                }
            });
        }
        v.maxLength(r.comment(), "comment", TextLimits.NOTE);
        v.throwIfAny("invalid_kpi_report", "the indicators cannot be reported");
        Number last = (Number) em.createQuery("select coalesce(max(k.version), 0) from KpiReport k where k.grantId = :g "
                + "and k.period = :p").setParameter("g", grantId).setParameter("p", r.period()).getSingleResult();
        KpiReport report = new KpiReport();
        report.grantId = grantId;
        report.period = r.period();
        report.version = last.intValue() + 1;
        report.indicators = new LinkedHashMap<>(indicators);
        report.comment = r.comment();
        report.submittedBy = user;
        report.submittedAt = clock.instant();
        report.persistAndFlush();
        return KpiReportView.of(report);
    }

    public List<KpiReportView> reports(Long grantId, String user, boolean officer) {
        readable(grantId, user, officer);
        return KpiReport.<KpiReport>list("grantId = ?1 order by period, version", grantId).stream()
                .map(KpiReportView::of).toList();
    }

    public KpiView grant(Long id, String user, boolean officer) {
        readable(id, user, officer);
        return compute("grant", String.valueOf(id), "g.id = " + id);
    }

    public KpiView call(String identifier) {
        Call c = Call.byIdentifier(identifier).orElseThrow(() -> DomainException.notFound("call", identifier));
        return compute("call", identifier, "g.call_id = " + c.id);
    }

    public KpiView programme(String code) {
        Programme p = Programme.<Programme>find("code", code).firstResultOptional()
                .orElseThrow(() -> DomainException.notFound("programme", code));
        return compute("programme", code, "g.call_id in (select id from grantflow.call where programme_id = " + p.id + ")");
    }

    private void readable(Long grantId, String user, boolean officer) {
        grantAccess.readable(grantId, user, officer);
    }

    /** {@code scope} is a condition on grant_agreement g built from ids only (never from user text). */
    @SuppressWarnings("unchecked")
    private KpiView compute(String type, String id, String scope) {
        String scoped = "with grants as (select g.id, g.beneficiaries, g.envelope_account_id from grantflow.grant_agreement g "
                + "where (" + scope + ") and g.status in ('SIGNED', 'TERMINATED'))";
        String grants = scoped + ", awarded as (select a.organisation_id, a.grant_id, a.status, a.awarded, o.country, oc.activities, "
                + "oc.instrument, coalesce(a.awarded_as_sme, false) as sme from grantflow.application a join grants g on g.id = a.grant_id "
                + "join grantflow.organisation o on o.id = a.organisation_id "
                + "join grantflow.open_call oc on oc.id = a.open_call_id where a.status in " + AWARDED_STATES + ") ";
        Object[] row = (Object[]) em.createNativeQuery(grants + "select "
                + "(select count(*) from grants), "
                + "(select count(distinct organisation_id) from awarded where sme), "
                + "(select count(distinct a.organisation_id) from awarded a join grants g on g.id = a.grant_id "
                + "  where a.sme and a.country <> all (select o.country from grantflow.organisation o where o.id = any(g.beneficiaries))), "
                + "(select count(distinct organisation_id) from awarded where sme and status = 'CLOSED' "
                + "  and 'SME_INTERNATIONALISATION' = any(activities)), "
                + "(select count(*) from awarded where status = 'CLOSED' and instrument = 'CLUSTERXCHANGE'), "
                + "(select coalesce(sum(awarded), 0) from awarded), "
                + "(select coalesce(sum(l.paid), 0) from grantflow.ledger_account l join grants g on l.id = g.envelope_account_id)")
                .getSingleResult();
        Map<String, Long> byTheme = new TreeMap<>();
        for (Object[] t : (List<Object[]>) em.createNativeQuery(grants + "select t, count(distinct organisation_id) "
                + "from awarded, unnest(activities) t where sme group by t order by t").getResultList()) {
            byTheme.put((String) t[0], ((Number) t[1]).longValue());
        }
        Map<String, java.math.BigInteger> reported = new TreeMap<>(); // exact whatever the stored values
        for (Object j : (List<Object>) em.createNativeQuery(grants + "select r.indicators::text from grantflow.kpi_report r "
                + "join grants g on g.id = r.grant_id where r.version = (select max(x.version) from grantflow.kpi_report x "
                + "where x.grant_id = r.grant_id and x.period = r.period)").getResultList()) {
            parse((String) j).forEach((k, n) -> reported.merge(k, java.math.BigInteger.valueOf(n), java.math.BigInteger::add));
        }
        KpiBreakdowns.Breakdowns b = breakdowns.compute(scoped);
        return new KpiView(type, id, clock.instant(), ((Number) row[0]).intValue(), new KpiView.Computed(
                ((Number) row[1]).longValue(), byTheme, ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(), money(row[5]), money(row[6]), b.organisationsSupportedByType(),
                b.smesFromOtherRegions(), b.smesFromOtherRegionsByRegion(), b.smesAskedForProfile(),
                b.smesSupportedByProfile()), reported);
    }

    private static Money money(Object value) {
        return Money.of(new BigDecimal(value.toString()));
    }

    /** A whole number of 0 or more (beyond a {@code long} it is reported as above the maximum), else null. */
    private static Long count(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            java.math.BigInteger n = new java.math.BigInteger(value.toString());
            return n.signum() < 0 ? null : n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
        }
        return null;
    }

    private static Map<String, Long> parse(String json) {
        try {
            Map<String, Long> out = new LinkedHashMap<>();
            MAPPER.readTree(json).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
}
