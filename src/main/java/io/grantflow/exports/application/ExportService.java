package io.grantflow.exports.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The tabular exports: each is one SQL query over the live tables (amounts straight from the ledger
 * and the orders), streamed row by row into CSV or XLSX, reporting progress as it goes.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    EntityManager em;

    /** An export's query, its header, and its parameters checked. */
    public record Plan(ExportKind kind, List<String> header, String sql, Map<String, Object> parameters) {
    }

    public Plan plan(ExportKind kind, Map<String, String> p) {
        Map<String, Object> params = new LinkedHashMap<>();
        return switch (kind) {
            case RANKING -> {
                Call call = call(p.get("call"));
                params.put("call", call.id);
                params.put("cutoff", RankingService.batch(call, integer(p.get("cutoff"), "cutoff")));
                yield new Plan(kind, List.of("position", "proposal", "acronym", "outcome", "total", "requested_eur",
                        "running_total_eur", "tie_break", "reasons"),
                        "select e.position, e.proposal_id, p.acronym, e.outcome, e.total, e.requested, e.running_total, "
                                + "e.tie_break, e.reasons::text from grantflow.ranking_entry e join grantflow.ranking r "
                                + "on r.id = e.ranking_id join grantflow.proposal p on p.id = e.proposal_id "
                                + "where r.call_id = :call and r.deadline_index = :cutoff "
                                + "order by e.position nulls last, e.total desc, e.proposal_id", params);
            }
            case GRANTS -> {
                String where = "";
                if (p.get("call") != null) {
                    params.put("call", call(p.get("call")).id);
                    where = "where g.call_id = :call ";
                }
                yield new Plan(kind, List.of("grant", "number", "call", "acronym", "coordinator", "country", "status",
                        "max_contribution_eur", "fstp_envelope_eur", "paid_eur", "offered_at", "signed_at"),
                        "select g.id, g.number, c.identifier, g.acronym, o.legal_name, o.country, g.status, "
                                + "g.max_contribution, g.fstp_envelope, l.paid, g.offered_at, g.signed_at "
                                + "from grantflow.grant_agreement g join grantflow.call c on c.id = g.call_id "
                                + "join grantflow.organisation o on o.id = g.coordinator_id "
                                + "join grantflow.ledger_account l on l.id = g.account_id " + where + "order by g.id", params);
            }
            case OPEN_CALLS -> {
                String where = "";
                if (p.get("grant") != null) {
                    params.put("grant", existing(p.get("grant"), "grant"));
                    where = "where oc.grant_id = :grant ";
                }
                yield new Plan(kind, List.of("open_call", "grant_number", "title", "instrument", "selection", "budget_eur",
                        "committed_eur", "paid_eur", "opens_at", "closes_at"),
                        // an open call with cut-offs allocated its budget to them: its awards hang below them
                        "select oc.id, g.number, oc.title, oc.instrument, oc.selection, oc.budget, coalesce((select "
                                + "sum(c.committed) from grantflow.ledger_account c where c.parent_id = l.id and c.kind = "
                                + "'CUTOFF'), l.committed), l.paid, "
                                + "oc.opens_at, oc.closes_at from grantflow.open_call oc "
                                + "join grantflow.grant_agreement g on g.id = oc.grant_id "
                                + "join grantflow.ledger_account l on l.id = oc.account_id " + where + "order by oc.id", params);
            }
            case APPLICATIONS -> {
                String where = scopeOfApplications(p, params);
                yield new Plan(kind, List.of("application", "open_call", "organisation", "participant_id", "country",
                        "status", "requested_eur", "awarded_eur", "paid_eur", "submitted_at"),
                        "select a.id, a.open_call_id, o.legal_name, o.pic, o.country, a.status, a.requested, a.awarded, "
                                + "coalesce(l.paid, 0), a.submitted_at from grantflow.application a "
                                + "join grantflow.organisation o on o.id = a.organisation_id "
                                + "left join grantflow.ledger_account l on l.id = a.award_account_id "
                                + where + "order by a.id", params);
            }
            case RECIPIENTS -> {
                String where = "";
                if (p.get("grant") != null) {
                    params.put("grant", existing(p.get("grant"), "grant"));
                    where = "and a.grant_id = :grant ";
                }
                yield new Plan(kind, List.of("organisation", "participant_id", "name", "country", "sme_category", "awards",
                        "committed_eur", "paid_eur"),
                        "select o.id, o.pic, o.legal_name, o.country, o.sme_category, count(*), sum(a.awarded), "
                                + "sum(coalesce(l.paid, 0)) from grantflow.application a "
                                + "join grantflow.organisation o on o.id = a.organisation_id "
                                + "left join grantflow.ledger_account l on l.id = a.award_account_id "
                                + "where a.award_account_id is not null " + where
                                + "group by o.id, o.pic, o.legal_name, o.country, o.sme_category order by o.id", params);
            }
            case PAYMENTS -> {
                String where = "";
                if (p.get("status") != null) {
                    params.put("status", paymentStatus(p.get("status")));
                    where = "where o.status = :status ";
                }
                yield new Plan(kind, List.of("payment_order", "account", "payee", "iban", "amount_eur", "status",
                        "purpose", "reference", "initiated_by", "decided_by", "batch", "paid_at"),
                        "select o.id, o.account_id, o.payee_name, o.iban, o.amount, o.status, o.purpose, o.reference, "
                                + "o.initiated_by, o.decided_by, o.batch_id, o.paid_at from grantflow.payment_order o "
                                + where + "order by o.id", params);
            }
            case FSTP_REPORT -> {
                params.put("grant", existing(required(p.get("grant"), "grant"), "grant"));
                yield new Plan(kind, List.of("open_call", "open_call_title", "participant_id", "recipient", "country",
                        "status", "amount_eur", "paid_eur"),
                        "select oc.id, oc.title, o.pic, o.legal_name, o.country, a.status, coalesce(a.awarded, a.amount_to_award, a.requested), "
                                + "coalesce(l.paid, 0) from grantflow.application a "
                                + "join grantflow.open_call oc on oc.id = a.open_call_id "
                                + "join grantflow.organisation o on o.id = a.organisation_id "
                                + "left join grantflow.ledger_account l on l.id = a.award_account_id "
                                + "where a.grant_id = :grant order by oc.id, a.id", params);
            }
        };
    }

    /** Runs the plan in the caller's transaction, streaming into {@code out}; {@code progress} gets the rows written. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public long run(Plan plan, Tabular.Format format, OutputStream out, LongConsumer total, LongConsumer progress) {
        Query count = em.createNativeQuery("select count(*) from (" + plan.sql() + ") x");
        plan.parameters().forEach(count::setParameter);
        total.accept(((Number) count.getSingleResult()).longValue());
        Query query = em.createNativeQuery(plan.sql()).setHint("org.hibernate.fetchSize", 500);
        plan.parameters().forEach(query::setParameter);
        long[] n = {0};
        try (Stream<Object[]> rows = query.getResultStream()) {
            Tabular.write(format, plan.header(), out, sink -> rows.forEach(r -> {
                List<Object> values = new ArrayList<>(r.length);
                for (Object v : r) {
                    values.add(value(v));
                }
                sink.row(values);
                if (++n[0] % 500 == 0) {
                    progress.accept(n[0]);
                }
            }));
        }
        progress.accept(n[0]);
        return n[0];
    }

    private static Object value(Object v) {
        if (v instanceof BigDecimal b) {
            return b.scale() == 2 ? b : b.stripTrailingZeros().scale() <= 0 ? b.setScale(0) : b;
        }
        if (v instanceof java.sql.Timestamp || v instanceof java.time.Instant || v instanceof java.time.OffsetDateTime) {
            return io.grantflow.shared.time.Brussels.format(io.grantflow.shared.db.SqlValues.instant(v));
        }
        return v;
    }

    private String scopeOfApplications(Map<String, String> p, Map<String, Object> params) {
        if (p.get("openCall") != null) {
            params.put("openCall", existing(p.get("openCall"), "openCall"));
            return "where a.open_call_id = :openCall ";
        }
        if (p.get("grant") != null) {
            params.put("grant", existing(p.get("grant"), "grant"));
            return "where a.grant_id = :grant ";
        }
        return "";
    }

    private static Call call(String identifier) {
        return Call.byIdentifier(required(identifier, "call")).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
    }

    /** The id of a grant or an open call that exists; an unknown one is a 404, never an empty file. */
    private Long existing(String value, String name) {
        Long id = id(value, name);
        String table = name.equals("grant") ? "grant_agreement" : "open_call";
        Number found = (Number) em.createNativeQuery("select count(*) from grantflow." + table + " where id = ?1")
                .setParameter(1, id).getSingleResult();
        if (found.longValue() == 0) {
            throw DomainException.notFound(name.equals("grant") ? "grant" : "open call", value.trim());
        }
        return id;
    }

    /** A payment status (case-insensitive); another value is a 400 naming the allowed ones. */
    private static String paymentStatus(String value) {
        Violations v = new Violations();
        PaymentStatus status = io.grantflow.shared.api.Requests.queryEnum(value, PaymentStatus.class, "status", v);
        if (status == null && v.isEmpty()) { // a blank status given in a job's parameters names no status
            v.add("status", "invalid_query_parameter", "status is one of " + List.of(PaymentStatus.values()));
        }
        v.throwIfAnyBadQuery();
        return status.name();
    }

    /** The identifier of a call that exists and is published, for the exports that take one (else 404). */
    public void requireCall(String identifier) {
        call(identifier);
    }

    /** The id of a grant that exists, for the exports that take one (else 404, or 400 when not a number). */
    public Long requireGrant(String grant) {
        return existing(grant, "grant");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw DomainException.malformed("invalid_query_parameter", name + " is required",
                    List.of(new Violation(name, "required", name + " is required for this export")));
        }
        return value.trim();
    }

    private static Long id(String value, String name) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.malformed("invalid_query_parameter", name + " is a number",
                    List.of(new Violation(name, "invalid_query_parameter", name + " is a number")));
        }
    }

    private static Integer integer(String value, String name) {
        return value == null || value.isBlank() ? null : id(value, name).intValue();
    }
}
