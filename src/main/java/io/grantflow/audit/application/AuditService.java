package io.grantflow.audit.application;

import io.grantflow.audit.api.AuditRecordView;
import io.grantflow.audit.api.Verification;
import io.grantflow.audit.api.Verification.Problem;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the audit trail written by the database trigger (V8) and verifies its hash chains: every
 * record's hash against its content and its predecessor, consecutive sequence numbers, and each
 * chain's end against audit_head (so removed records are found too).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    public static final Set<String> OBJECT_TYPES = Set.of("call", "proposal", "evaluation", "assignment", "ranking",
            "grant", "open_call", "application", "payment", "transfer", "kpi_report", "grant_report", "work_package",
            "settlement", "document");
    private static final int MAX_PROBLEMS = 100;

    @Inject
    EntityManager em;

    /** {@code object} is {@code type:id}, e.g. {@code proposal:42}. */
    @SuppressWarnings("unchecked")
    public Page<AuditRecordView> of(String object, PageRequest page) {
        String[] parts = parse(object);
        long total = ((Number) em.createNativeQuery("select count(*) from grantflow.audit_record where object_type = ?1 "
                + "and object_id = ?2").setParameter(1, parts[0]).setParameter(2, parts[1]).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("select id, seq, operation, actor, occurred_at, changes::text, hash "
                        + "from grantflow.audit_record where object_type = ?1 and object_id = ?2 order by seq")
                .setParameter(1, parts[0]).setParameter(2, parts[1])
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<AuditRecordView> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new AuditRecordView(((Number) r[0]).longValue(), object, ((Number) r[1]).intValue(), (String) r[2],
                    (String) r[3], io.grantflow.shared.db.SqlValues.instant(r[4]), json((String) r[5]), (String) r[6]));
        }
        return Page.of(items, page, total);
    }

    @SuppressWarnings("unchecked")
    public Verification verify() {
        List<Problem> problems = new ArrayList<>();
        List<Object[]> broken = em.createNativeQuery("""
                with r as (
                    select id, object_type, object_id, seq, hash, prev_hash,
                           grantflow.audit_hash(prev_hash, object_type, object_id, seq, operation, actor, occurred_at,
                                                changes) as expected,
                           lag(hash) over w as prev_actual, lag(seq) over w as prev_seq
                      from grantflow.audit_record
                    window w as (partition by object_type, object_id order by seq))
                select id, object_type || ':' || object_id, seq,
                       case when expected <> hash then 'content_changed'
                            when seq <> coalesce(prev_seq, 0) + 1 then 'record_missing_before'
                            else 'chain_broken' end
                  from r
                 where expected <> hash or prev_hash is distinct from prev_actual or seq <> coalesce(prev_seq, 0) + 1
                 order by id""").setMaxResults(MAX_PROBLEMS).getResultList();
        for (Object[] b : broken) {
            problems.add(new Problem(((Number) b[0]).longValue(), (String) b[1], ((Number) b[2]).intValue(), (String) b[3]));
        }
        List<Object[]> heads = em.createNativeQuery("""
                select h.object_type || ':' || h.object_id, h.seq
                  from grantflow.audit_head h
                  left join (select object_type, object_id, max(seq) as last_seq,
                                    (array_agg(hash order by seq desc))[1] as last_hash
                               from grantflow.audit_record group by object_type, object_id) r
                    using (object_type, object_id)
                 where r.last_seq is distinct from h.seq or r.last_hash is distinct from h.hash""")
                .setMaxResults(MAX_PROBLEMS).getResultList();
        for (Object[] h : heads) {
            problems.add(new Problem(null, (String) h[0], ((Number) h[1]).intValue(), "chain_end_missing"));
        }
        Object[] counts = (Object[]) em.createNativeQuery("select (select count(*) from grantflow.audit_record), "
                + "(select count(*) from grantflow.audit_head)").getSingleResult();
        return new Verification(problems.isEmpty(), ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                problems);
    }

    private static String[] parse(String object) {
        String[] parts = object == null ? new String[0] : object.split(":", 2);
        if (parts.length != 2 || !OBJECT_TYPES.contains(parts[0]) || parts[1].isBlank()) {
            throw DomainException.malformed("invalid_query_parameter", "object is type:id",
                    List.of(new Violation("object", "invalid_query_parameter", "type:id with type one of "
                            + OBJECT_TYPES.stream().sorted().toList() + ", e.g. proposal:42")));
        }
        return parts;
    }

    private static Object json(String text) {
        try {
            return text == null ? null : inBrusselsTime(MAPPER.readTree(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return text;
        }
    }

    private static final java.util.regex.Pattern TIMESTAMP =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([+-]\\d{2}:\\d{2}|Z)");

    /**
     * The changes keep the row's values as the database wrote them (the hash covers that form); the
     * instants among them are shown like every instant of the API, in Brussels time to the second.
     */
    private static com.fasterxml.jackson.databind.JsonNode inBrusselsTime(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> o.set(n, inBrusselsTime(o.get(n))));
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, inBrusselsTime(a.get(i)));
            }
        } else if (node.isTextual() && TIMESTAMP.matcher(node.asText()).matches()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(io.grantflow.shared.time.Brussels.format(
                    java.time.OffsetDateTime.parse(node.asText()).toInstant()));
        }
        return node;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();
}
