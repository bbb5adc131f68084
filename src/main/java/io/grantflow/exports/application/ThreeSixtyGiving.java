package io.grantflow.exports.application;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * 360Giving Data Standard (1.4) packages, written with Jackson's streaming generator: the grants
 * the programme awarded (re-granted to SMEs: regrantType FRG010, from an open call), and the awards
 * consortia made to SMEs out of them. Organisations are identified by their EU Participant
 * Identification Code (org-id prefix {@code XI-PIC}); amounts disbursed come from the ledger.
 */
@ApplicationScoped
public class ThreeSixtyGiving {

    public static final String PREFIX = "360G-grantflow-";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void grants(String callIdentifier, OutputStream out) {
        String where = callIdentifier == null ? "" : "and c.identifier = :call ";
        Query q = em.createNativeQuery("select g.number, g.acronym, p.title, p.abstract, g.max_contribution, l.paid, "
                + "g.offered_at, o.pic, o.legal_name, o.country, pr.code, pr.name, c.identifier, c.title, g.fstp_envelope "
                + "from grantflow.grant_agreement g join grantflow.proposal p on p.id = g.proposal_id "
                + "join grantflow.call c on c.id = g.call_id join grantflow.programme pr on pr.id = c.programme_id "
                + "join grantflow.organisation o on o.id = g.coordinator_id "
                + "join grantflow.ledger_account l on l.id = g.account_id "
                + "where g.status <> 'DECLINED' " + where + "order by g.id");
        if (callIdentifier != null) {
            q.setParameter("call", callIdentifier);
        }
        write(out, q.getResultStream(), (json, r) -> {
            json.writeStringField("id", PREFIX + r[0]);
            json.writeStringField("title", truncate(r[1] + " – " + r[2], 140));
            json.writeStringField("description", r[3] == null ? (String) r[2] : (String) r[3]);
            json.writeStringField("currency", "EUR");
            json.writeNumberField("amountAwarded", (BigDecimal) r[4]);
            json.writeNumberField("amountDisbursed", (BigDecimal) r[5]);
            json.writeStringField("awardDate", date(r[6]));
            organisation(json, "recipientOrganization", "XI-PIC-" + r[7], (String) r[8], (String) r[9]);
            organisation(json, "fundingOrganization", "XI-GRANTFLOW-" + r[10], (String) r[11], null);
            json.writeArrayFieldStart("grantProgramme");
            json.writeStartObject();
            json.writeStringField("code", (String) r[12]);
            json.writeStringField("title", (String) r[13]);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("fromOpenCall", "Yes");
            if (((BigDecimal) r[14]).signum() > 0) {
                json.writeStringField("regrantType", "FRG010");
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public void smeAwards(Long grantId, OutputStream out) {
        String where = grantId == null ? "" : "and a.grant_id = :grant ";
        Query q = em.createNativeQuery("select a.id, oc.title, a.purpose, a.awarded, coalesce(l.paid, 0), "
                + "(select min(e.occurred_at) from grantflow.application_event e where e.application_id = a.id "
                + "and e.step = 'AWARDED'), o.pic, o.legal_name, o.country, co.pic, co.legal_name, g.number, g.acronym "
                + "from grantflow.application a join grantflow.open_call oc on oc.id = a.open_call_id "
                + "join grantflow.organisation o on o.id = a.organisation_id "
                + "join grantflow.grant_agreement g on g.id = a.grant_id "
                + "join grantflow.organisation co on co.id = g.coordinator_id "
                + "left join grantflow.ledger_account l on l.id = a.award_account_id "
                + "where a.award_account_id is not null " + where + "order by a.id");
        if (grantId != null) {
            q.setParameter("grant", grantId);
        }
        write(out, q.getResultStream(), (json, r) -> {
            json.writeStringField("id", PREFIX + "application-" + r[0]);
            json.writeStringField("title", truncate((String) r[1], 140));
            json.writeStringField("description", (String) r[2]);
            json.writeStringField("currency", "EUR");
            json.writeNumberField("amountAwarded", (BigDecimal) r[3]);
            json.writeNumberField("amountDisbursed", (BigDecimal) r[4]);
            json.writeStringField("awardDate", date(r[5]));
            organisation(json, "recipientOrganization", "XI-PIC-" + r[6], (String) r[7], (String) r[8]);
            organisation(json, "fundingOrganization", "XI-PIC-" + r[9], (String) r[10], null);
            json.writeArrayFieldStart("grantProgramme");
            json.writeStartObject();
            json.writeStringField("code", (String) r[11]);
            json.writeStringField("title", (String) r[12]);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("fromOpenCall", "Yes");
        });
    }

    private interface GrantWriter {
        void write(JsonGenerator json, Object[] row) throws IOException;
    }

    private void write(OutputStream out, Stream<Object[]> rows, GrantWriter grant) {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("version", "1.4");
            json.writeArrayFieldStart("grants");
            try (rows) {
                rows.forEach(r -> {
                    try {
                        json.writeStartObject();
                        grant.write(json, r);
                        json.writeEndObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void organisation(JsonGenerator json, String field, String id, String name, String country)
            throws IOException {
        json.writeArrayFieldStart(field);
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", name);
        if (country != null) {
            json.writeStringField("addressCountry", country);
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private static String date(Object v) {
        return io.grantflow.shared.db.SqlValues.instant(v).atZone(Brussels.ZONE).toLocalDate().toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
