package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.payments.api.PaymentRequest;
import io.grantflow.payments.application.Payments;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.RoundingMode;
import java.time.Clock;

/**
 * The money of an award after its commitment: the first tranche when it is awarded, the balance when
 * the report is verified (then the application closes), and the release of what it has not paid
 * when it is withdrawn or its report fails. Service tasks of fstp-lump-sum.bpmn, each idempotent; and
 * telling the SME when a tranche is paid ({@link Payments.Paid}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApplicationTranches {

    private static final String FIRST = "first";
    private static final String BALANCE = "balance";

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    Notifications notifications;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    ApplicationTimeline timeline;

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    InKindSupport inKind;

    public void orderFirstTranche(Long id) {
        Application a = Application.findById(id);
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.firstOrderId != null || a.awarded == null) {
            return;
        }
        Money amount = a.awarded.percent(oc.firstTranchePercent, RoundingMode.DOWN);
        if (amount.isPositive()) {
            a.firstTrancheOrdered(order(a, oc, amount, FIRST, a.decidedBy == null ? oc.createdBy : a.decidedBy));
        }
    }

    /** The balance: what the award has not paid by the first tranche; then the application closes. */
    public void orderBalance(Long id) {
        Application a = Application.findById(id);
        if (a.isClosed()) {
            return;
        }
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.balanceOrderId == null && !inKind.settle(a, timeline.actorOf(a, "REPORT_VERIFIED").orElse(oc.createdBy))) {
            PaymentOrder firstOrder = a.firstOrderId == null ? null : PaymentOrder.findById(a.firstOrderId);
            // a rejected, failed or cancelled first tranche was never paid: the balance pays it too
            Money first = firstOrder == null || firstOrder.status.unpaidForGood() ? Money.ZERO : firstOrder.amount;
            Money balance = a.awarded.minus(first);
            if (balance.isPositive()) {
                String verifier = timeline.actorOf(a, "REPORT_VERIFIED").orElse(oc.createdBy);
                a.balanceOrdered(order(a, oc, balance, BALANCE, verifier));
            }
        }
        if (a.close(clock.instant())) {
            timeline.record(a, "CLOSED", null, null);
        }
    }

    /** A payment order from the award, initiated on the consortium's side; a second member approves it. */
    private Long order(Application a, OpenCall oc, Money amount, String tranche, String initiator) {
        Organisation org = Organisation.findById(a.organisationId);
        Long orderId = payments.open(new PaymentRequest(a.awardAccountId, org.legalName, a.iban, amount,
                (FIRST.equals(tranche) ? "First tranche" : "Balance") + " of application " + a.id + " to " + oc.title,
                "application:" + a.id + ":" + tranche), initiator).id();
        timeline.record(a, "PAYMENT_ORDERED", tranche + " tranche EUR " + amount + " (order " + orderId + ")", initiator);
        notifications.toUser(a.applicant, NotificationKind.PAYMENT_ORDERED, NotificationParams.of().money("amount", amount)
                .text("tranche", FIRST.equals(tranche) ? "FIRST" : "BALANCE").text("application", a.id),
                "application:" + a.id, java.util.List.of(a.organisationId));
        return orderId;
    }

    /** A tranche order was paid (in the paying transaction): the SME is told. Orders of no application are not ours. */
    void tranchePaid(@Observes Payments.Paid paid) {
        Application.<Application>find("firstOrderId = ?1 or balanceOrderId = ?1", paid.orderId()).firstResultOptional()
                .ifPresent(a -> notifications.toUser(a.applicant, NotificationKind.TRANCHE_PAID, NotificationParams.of()
                        .money("amount", paid.amount()).text("tranche", paid.orderId().equals(a.firstOrderId) ? "FIRST"
                                : "BALANCE").text("application", a.id), "application:" + a.id,
                        java.util.List.of(a.organisationId)));
    }

    /**
     * Releases everything the award has not paid back to the open call (withdrawal, report rejected
     * twice): the tranche orders not paid yet are cancelled first, then the whole unpaid remainder
     * returns; then the waiting list may move up. Runs in the transaction that holds the
     * application's and the grant's row locks, and locks the orders before the ledger accounts
     * (application → grant → order → ledger, as an approval and an execution lock them), so an
     * execution that got there first has paid its tranche and one that comes later pays nothing.
     * Idempotent under engine retries: cancelled orders stay cancelled, the release moves money once
     * by its reference.
     */
    public void release(Long id) {
        Application a = Application.findById(id);
        if (!a.isAwarded()) {
            return;
        }
        String actor = timeline.lastActor(a).orElse(a.applicant);
        payments.cancelPending(a.awardAccountId, "application " + a.id + " is " + a.status
                + ": its award is released");
        LedgerAccount award = ledger.lockForPayment(a.awardAccountId);
        Money unpaid = award.stillToPay();
        if (unpaid.isPositive()) {
            ledger.transfer(TransferKind.DECOMMITMENT, a.awardAccountId, award.parentId, unpaid,
                    "award-release:application-" + a.id, actor);
            timeline.record(a, "RELEASED", "EUR " + unpaid + " back to the open call", null);
        }
        inKind.released(a, unpaid);
        promoteWaitlist(OpenCall.findById(a.openCallId));
    }

    /** Waiting-list applications that now fit, in the order they came, try the award again. */
    private void promoteWaitlist(OpenCall oc) {
        if (!oc.waitlist) {
            return;
        }
        for (Application w : Application.<Application>list("openCallId = ?1 and status = ?2 order by id", oc.id,
                ApplicationStatus.WAITLISTED)) {
            LedgerAccount budget = ledger.lockForPayment(cutoffs.budgetAccount(oc, w.cutoffIndex)); // its cut-off's
            if (!w.amountToAward.greaterThan(budget.available())) {
                workflow.promoted(w.id);
            }
        }
    }
}
