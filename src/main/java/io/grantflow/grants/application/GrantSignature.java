package io.grantflow.grants.application;

import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.grants.domain.ReportingPeriod;
import io.grantflow.grants.domain.WorkPackage;
import io.grantflow.calls.domain.Call;
import io.grantflow.shared.time.Brussels;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.payments.api.PaymentRequest;
import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.application.Payments;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.shared.idempotency.Idempotency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;

/**
 * The coordinator signs the offer: the FSTP envelope opens, the pre-financing order goes to approval, the grant gets
 * its reporting periods (and a lump-sum grant its work packages) from the call's terms, and its grant-lifecycle
 * process starts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantSignature {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    ProposalActs proposals;

    @Inject
    Idempotency idempotency;

    @Inject
    GrantAccess access;

    @Inject
    GrantQueries queries;

    @Inject
    GrantLifecycle lifecycle;

    /** Signs grant {@code id}; {@code iban} (optional) is the bank account every payment of the grant goes to. */
    public Idempotency.Result sign(Long id, String iban, String key, String user) {
        return idempotency.once(key, "grant-sign:" + id + ":" + user, Collections.singletonMap("iban", iban), 200, () -> {
            Grant g = access.lockedForCoordinator(id, user);
            if (g.is(GrantStatus.SIGNED)) {
                return queries.view(g);
            }
            g.requireOffered(); // before the envelope and the order
            Instant now = clock.instant();
            Long envelope = null;
            if (g.fstpEnvelope.isPositive()) {
                LedgerAccount e = ledger.open(AccountKind.FSTP_ENVELOPE, "grant:" + g.number + ":fstp",
                        g.acronym + " FSTP envelope (" + g.number + ")", null, g.coordinatorId);
                ledger.transfer(TransferKind.FUNDING, g.accountId, e.id, g.fstpEnvelope, "fstp-envelope:" + g.number, user);
                envelope = e.id;
            }
            if (iban != null) {
                payments.registerPayeeAccount(g.accountId, iban, user); // every payment of the grant goes there
            }
            Long order = null;
            PaymentSchedule.Instalment pre = g.paymentSchedule.get(0);
            if (pre.amount().isPositive()) {
                Organisation coordinator = Organisation.findById(g.coordinatorId);
                // initiated on the programme's side by the officer who awarded; a second officer approves
                PaymentView created = payments.open(new PaymentRequest(g.accountId, coordinator.legalName,
                        iban, pre.amount(), "Pre-financing of grant " + g.number,
                        "grant:" + g.number + ":pre-financing"), g.offeredBy);
                order = created.id();
            }
            Call call = Call.findById(g.callId);
            // the call's project period fixes the first day (EEN: 1 July 2025); otherwise the day of signature
            LocalDate start = call.projectStart != null ? call.projectStart : LocalDate.ofInstant(now, Brussels.ZONE);
            g.sign(user, envelope, order, ReportingPeriod.of(start, call.reportingPeriodMonths, call.reportingPeriods(),
                    call.reportDueDays), start, now);
            int number = 0;
            for (PaymentSchedule.Instalment line : g.paymentSchedule) {
                if (line.kind() == PaymentSchedule.Kind.WORK_PACKAGE) {
                    number++;
                    String trigger = line.trigger();
                    new WorkPackage(g.id, number, trigger.substring(trigger.indexOf(": ") + 2), line.percent(),
                            line.amount()).persist();
                }
            }
            lifecycle.started(g.id);
            proposals.grantSigned(g.proposalId, g.number, user);
            em.flush();
            return queries.view(g);
        });
    }
}
