package io.grantflow.payments.application;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.api.PaymentRequest;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.payments.domain.PayeeBankAccount;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.bank.Iban;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ordering a payment: an officer's order (idempotent by its request), or one a feature creates itself
 * (a grant's pre-financing, an SME's tranches); each starts its approval process and tells the people who
 * may approve it. Also registers the bank account an account pays.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PaymentOrdering {

    /**
     * Accounts whose orders only a process creates (the lump-sum process orders an SME's tranches from
     * its award); {@code POST /api/payments} refuses them.
     */
    public static final Set<AccountKind> PAID_BY_PROCESS = EnumSet.of(AccountKind.AWARD);

    /** The code (409) of {@code POST /api/payments} on a grant's account: the grant's schedule orders its payments. */
    public static final String NOT_SCHEDULED = "payment_not_scheduled";

    @Inject
    Clock clock;

    @Inject
    Idempotency idempotency;

    @Inject
    PaymentWorkflow workflow;

    @Inject
    PaymentQueries queries;

    @Inject
    PaymentParties parties;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    /** {@code POST /api/payments}: an officer's order, never on an account a process pays. */
    public Idempotency.Result create(PaymentRequest request, String key, String actor) {
        return idempotency.once(key, "payment:" + actor, request, 201, reference -> {
            LedgerAccount account = request.account() == null ? null : em.find(LedgerAccount.class, request.account());
            if (account != null && account.kind == AccountKind.GRANT) {
                throw DomainException.conflict(NOT_SCHEDULED, "account " + account.id + " is a grant's: its payments "
                        + "are ordered by the grant's schedule only (pre-financing at signature, then the payment of "
                        + "each accepted report); see GET /api/grants/{id}");
            }
            if (account != null && PAID_BY_PROCESS.contains(account.kind)) {
                throw DomainException.conflict("account_paid_by_process", "account " + account.id + " is an SME's award: "
                        + "its tranches are ordered by the lump-sum process only, to the IBAN of the application");
            }
            return PaymentOrder.<PaymentOrder>find("requestReference", reference).firstResultOptional()
                    .map(queries::view) // the same request, resent after its key expired: the same order
                    .orElseGet(() -> open(request, actor, reference));
        });
    }

    /**
     * Creates an order initiated by {@code actor} (checked as a whole) and starts its approval; also
     * used by features that create orders themselves, such as a grant's pre-financing at signature
     * and an SME's tranches. The order pays the account's registered bank account (see
     * {@link PayeeBankAccount}): an {@code iban} that differs is refused, none takes the registered
     * one, and the first order on an account without one registers its IBAN.
     */
    public PaymentView open(PaymentRequest request, String actor) {
        return open(request, actor, null);
    }

    /** The same, naming the order after the request that asked for it (see {@link Idempotency}). */
    private PaymentView open(PaymentRequest request, String actor, String requestReference) {
        Violations v = new Violations();
        LedgerAccount account = null;
        if (v.required(request.account(), "account")) {
            account = em.find(LedgerAccount.class, request.account(), LockModeType.PESSIMISTIC_WRITE);
            v.check(account == null, "account", "unknown_account", "there is no account " + request.account());
            v.check(account != null && !account.kind.isCommitmentToPayee(), "account", "not_a_commitment",
                    "payments are made from a commitment, a grant or an award");
        }
        if (v.required(request.payeeName(), "payeeName")) {
            v.maxLength(request.payeeName(), "payeeName", TextLimits.PAYEE_NAME);
        }
        PayeeBankAccount registered = account == null || !account.kind.isCommitmentToPayee() ? null
                : PayeeBankAccount.findById(account.id);
        String iban = Iban.normalise(request.iban());
        if (iban == null && registered != null) {
            iban = registered.iban;
        } else {
            Iban.parse(iban, "iban", v);
            v.check(iban != null && registered != null && !registered.pays(iban), "iban", "payee_iban_mismatch", "account "
                    + (account == null ? "" : account.id) + " pays only its payee's registered account "
                    + (registered == null ? "" : registered.iban) + "; leave iban out or give that one");
        }
        if (v.required(request.amount(), "amount")) {
            v.check(!request.amount().isPositive(), "amount", "must_be_positive", "amount must be more than EUR 0.00");
        }
        if (v.required(request.purpose(), "purpose")) {
            v.maxLength(request.purpose(), "purpose", TextLimits.PAYMENT_PURPOSE);
        }
        if (v.required(request.reference(), "reference")) {
            v.maxLength(request.reference(), "reference", TextLimits.PAYMENT_REFERENCE);
        }
        if (account != null && account.kind.isCommitmentToPayee() && request.amount() != null
                && request.amount().isPositive()) {
            Money open = account.stillToPay().minus(pendingOn(account.id));
            v.check(request.amount().greaterThan(open), "amount", "insufficient_funds", "EUR " + request.amount()
                    + " exceeds what is still to pay on account " + account.id + " (EUR " + open
                    + ", after orders awaiting approval or execution)");
        }
        v.throwIfAny("invalid_payment", "the payment order cannot be created");
        if (registered == null) {
            new PayeeBankAccount(account.id, iban, actor, clock.instant()).persist();
        }
        PaymentOrder order = new PaymentOrder(account.id, request.payeeName(), iban, request.amount(),
                request.purpose(), request.reference(), actor, clock.instant());
        order.requestReference = requestReference;
        order.persistAndFlush();
        workflow.start(order.id);
        awaitsApproval(order);
        return queries.view(order);
    }

    /** Tells everyone who may approve the new order (never its initiator) that it waits for them. */
    private void awaitsApproval(PaymentOrder order) {
        List<String> approvers = parties.approvers(order);
        if (!approvers.isEmpty()) {
            notifications.toUsers(approvers, NotificationKind.PAYMENT_AWAITING_APPROVAL, NotificationParams.of()
                    .money("amount", order.amount).text("payee", order.payeeName).text("purpose", order.purpose)
                    .text("order", order.id).text("initiator", order.initiatedBy), "payment-order:" + order.id,
                    parties.concerned(order.accountId));
        }
    }

    /**
     * Registers the bank account that {@code accountId} pays (a grant's, given at signature), unless
     * one is registered already; refuses an invalid IBAN ({@code invalid_payment}, {@code invalid_iban}).
     */
    public void registerPayeeAccount(Long accountId, String iban, String actor) {
        LedgerAccount account = em.find(LedgerAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.kind.isCommitmentToPayee() || PayeeBankAccount.findById(accountId) != null) {
            return;
        }
        String normalised = Iban.normalise(iban);
        Violations v = new Violations();
        Iban.parse(normalised, "iban", v);
        v.throwIfAny("invalid_payment", "the payee's bank account cannot be registered");
        new PayeeBankAccount(accountId, normalised, actor, clock.instant()).persist();
    }

    /** How many orders on the account await approval or execution. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendingCount(Long accountId) {
        return PaymentOrder.count("accountId = ?1 and status in ?2", accountId, PaymentStatus.PENDING);
    }

    /** What the orders on the account have paid or will pay (awaiting approval, approved or paid). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money orderedOrPaid(Long accountId) {
        return pendingOn(accountId).plus(PaymentOrder.<PaymentOrder>list("accountId = ?1 and status = ?2", accountId,
                PaymentStatus.PAID).stream().map(o -> o.amount).reduce(Money.ZERO, Money::plus));
    }

    /** What the orders awaiting approval or execution on the account will pay. */
    private Money pendingOn(Long accountId) {
        return PaymentOrder.<PaymentOrder>list("accountId = ?1 and status in ?2", accountId, PaymentStatus.PENDING)
                .stream().map(o -> o.amount).reduce(Money.ZERO, Money::plus);
    }
}
