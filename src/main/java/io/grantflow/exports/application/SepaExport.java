package io.grantflow.exports.application;

import io.grantflow.payments.application.PaymentParties;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * SEPA credit-transfer files (ISO 20022 pain.001.001.03) for a batch of approved payment orders,
 * written with the JDK's StAX writer: one payment information block, end-to-end id = the order id,
 * service level SEPA, charges SLEV, EUR, names cut to 70 and identifiers to 35 characters. A batch
 * is exported once; a re-export returns the stored file, byte for byte.
 */
@ApplicationScoped
public class SepaExport {

    static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PaymentParties payments;

    @ConfigProperty(name = "grantflow.sepa.debtor-name")
    String debtorName;

    @ConfigProperty(name = "grantflow.sepa.debtor-iban")
    String debtorIban;

    @Transactional(Transactional.TxType.REQUIRED)
    public String export(String batchId, String user, boolean officer) {
        List<PaymentOrder> orders = PaymentOrder.list("batchId = ?1 and status in ?2 order by id", batchId,
                List.of(PaymentStatus.APPROVED, PaymentStatus.PAID));
        if (orders.isEmpty()) {
            throw DomainException.notFound("batch of approved payment orders", batchId);
        }
        PaymentParties.PayingSide side = payments.payingSide(orders.get(0).accountId);
        if (!side.includes(user, officer)) {
            throw DomainException.notFound("batch of approved payment orders", batchId);
        }
        // claim the batch: a concurrent export waits here and then reads the stored file
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "sepa:" + batchId)
                .getSingleResult();
        List<?> stored = em.createNativeQuery("select document from grantflow.sepa_export where batch_id = ?1")
                .setParameter(1, batchId).getResultList();
        if (!stored.isEmpty()) {
            return (String) stored.get(0);
        }
        String[] debtor = debtor(side, orders.get(0));
        Money sum = orders.stream().map(o -> o.amount).reduce(Money.ZERO, Money::plus);
        Instant now = clock.instant();
        String messageId = cut("GF-" + batchId, 35);
        String document = document(messageId, batchId, orders, sum, debtor[0], debtor[1], now);
        em.createNativeQuery("insert into grantflow.sepa_export (batch_id, message_id, orders, control_sum, document, "
                        + "created_by, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, batchId).setParameter(2, messageId).setParameter(3, orders.size())
                .setParameter(4, sum.amount()).setParameter(5, document).setParameter(6, user)
                .setParameter(7, java.sql.Timestamp.from(now)).executeUpdate();
        return document;
    }

    /** The paying account: the programme's (configured) or, for a consortium, the coordinator's grant account. */
    private String[] debtor(PaymentParties.PayingSide side, PaymentOrder first) {
        if (side.consortium() == null) {
            return new String[] {debtorName, debtorIban};
        }
        Object[] row = (Object[]) em.createNativeQuery("select o.legal_name, po.iban from grantflow.grant_agreement g "
                        + "join grantflow.organisation o on o.id = g.coordinator_id "
                        + "join grantflow.payment_order po on po.id = g.pre_financing_order_id "
                        + "where g.envelope_account_id = (select a.id from grantflow.ledger_account a where a.kind = "
                        + "'FSTP_ENVELOPE' and a.id = (with recursive up(id, parent_id) as (select id, parent_id from "
                        + "grantflow.ledger_account where id = ?1 union all select l.id, l.parent_id from "
                        + "grantflow.ledger_account l join up on l.id = up.parent_id) select id from up where parent_id "
                        + "is null))").setParameter(1, first.accountId).getSingleResult();
        return new String[] {(String) row[0], (String) row[1]};
    }

    private static String document(String messageId, String batchId, List<PaymentOrder> orders, Money sum,
                                   String debtorName, String debtorIban, Instant now) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("Document");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("CstmrCdtTrfInitn");
            x.writeStartElement("GrpHdr");
            element(x, "MsgId", messageId);
            element(x, "CreDtTm", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    now.atZone(Brussels.ZONE).toLocalDateTime().withNano(0)));
            element(x, "NbOfTxs", String.valueOf(orders.size()));
            element(x, "CtrlSum", sum.amount().toPlainString());
            x.writeStartElement("InitgPty");
            element(x, "Nm", cut(debtorName, 70));
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("PmtInf");
            element(x, "PmtInfId", cut(batchId, 35));
            element(x, "PmtMtd", "TRF");
            element(x, "BtchBookg", "true");
            element(x, "NbOfTxs", String.valueOf(orders.size()));
            element(x, "CtrlSum", sum.amount().toPlainString());
            x.writeStartElement("PmtTpInf");
            x.writeStartElement("SvcLvl");
            element(x, "Cd", "SEPA");
            x.writeEndElement();
            x.writeEndElement();
            element(x, "ReqdExctnDt", now.atZone(Brussels.ZONE).toLocalDate().plusDays(1).toString());
            x.writeStartElement("Dbtr");
            element(x, "Nm", cut(debtorName, 70));
            x.writeEndElement();
            x.writeStartElement("DbtrAcct");
            x.writeStartElement("Id");
            element(x, "IBAN", debtorIban);
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("DbtrAgt");
            x.writeStartElement("FinInstnId");
            x.writeStartElement("Othr");
            element(x, "Id", "NOTPROVIDED");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            element(x, "ChrgBr", "SLEV");
            for (PaymentOrder o : orders) {
                x.writeStartElement("CdtTrfTxInf");
                x.writeStartElement("PmtId");
                element(x, "EndToEndId", String.valueOf(o.id));
                x.writeEndElement();
                x.writeStartElement("Amt");
                x.writeStartElement("InstdAmt");
                x.writeAttribute("Ccy", "EUR");
                x.writeCharacters(o.amount.amount().toPlainString());
                x.writeEndElement();
                x.writeEndElement();
                x.writeStartElement("Cdtr");
                element(x, "Nm", cut(o.payeeName, 70));
                x.writeEndElement();
                x.writeStartElement("CdtrAcct");
                x.writeStartElement("Id");
                element(x, "IBAN", o.iban);
                x.writeEndElement();
                x.writeEndElement();
                x.writeStartElement("RmtInf");
                element(x, "Ustrd", cut(o.purpose, 140));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
