package io.grantflow.payments.application;

import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.payments.domain.PayeeBankAccount;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.grantflow.shared.bank.Iban;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Payment orders: created by one officer, approved or rejected by another (singly or as a batch),
 * executed by the payment-approval process as one ledger PAYMENT per order (idempotent by the
 * order's reference, so a retried job pays once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    @Inject
    Clock clock;

    @Inject
    Ledger ledger;

    @Inject
    Idempotency idempotency;

    @Inject
    PaymentWorkflow workflow;

    @Inject
    EntityManager em;

    /**
     * Accounts whose orders only a process creates (the lump-sum process orders an SME's tranches from
     * its award); {@code POST /api/payments} refuses them.
     */
    public static final Set<AccountKind> PAID_BY_PROCESS = EnumSet.of(AccountKind.AWARD);

    /** {@code POST /api/payments}: an officer's order, never on an account a process pays. */
    public Idempotency.Result create(PaymentRequest request, String key, String actor) {
        return idempotency.once(key, "payment:" + actor, request, 201, reference -> {
            LedgerAccount account = request.account() == null ? null : em.find(LedgerAccount.class, request.account());
            if (account != null && PAID_BY_PROCESS.contains(account.kind)) {
                throw DomainException.conflict("account_paid_by_process", "account " + account.id + " is an SME's award: "
                        + "its tranches are ordered by the lump-sum process only, to the IBAN of the application");
            }
            return PaymentOrder.<PaymentOrder>find("requestReference", reference).firstResultOptional()
                    .map(this::view) // the same request, resent after its key expired: the same order
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
            v.check(request.payeeName().length() > 300, "payeeName", "too_long", "at most 300 characters");
        }
        PayeeBankAccount registered = account == null || !account.kind.isCommitmentToPayee() ? null
                : PayeeBankAccount.findById(account.id);
        String iban = Iban.normalise(request.iban());
        if (iban == null && registered != null) {
            iban = registered.iban;
        } else if (Iban.parse(iban, "iban", v) != null) {
            v.check(registered != null && !registered.pays(iban), "iban", "payee_iban_mismatch", "account "
                    + (account == null ? "" : account.id) + " pays only its payee's registered account "
                    + (registered == null ? "" : registered.iban) + "; leave iban out or give that one");
        }
        if (v.required(request.amount(), "amount")) {
            v.check(!request.amount().isPositive(), "amount", "must_be_positive", "amount must be more than EUR 0.00");
        }
        if (v.required(request.purpose(), "purpose")) {
            v.check(request.purpose().length() > 300, "purpose", "too_long", "purpose has at most 300 characters");
        }
        if (v.required(request.reference(), "reference")) {
            v.check(request.reference().length() > 120, "reference", "too_long", "at most 120 characters");
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
        return view(order);
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


    public PaymentView approve(Long id, String actor, boolean officer) {
        PaymentOrder order = locked(id);
        if (order.status == PaymentStatus.APPROVED || order.status == PaymentStatus.PAID) {
            if (actor.equals(order.decidedBy)) {
                return view(order); // the same approval again
            }
        }
        decide(List.of(order), actor, officer, true, null, null);
        return view(order);
    }

    /** Approves many orders as one batch: all of them or none, each by a second person. */
    public List<PaymentView> approveBatch(List<Long> ids, String actor, boolean officer) {
        if (ids == null || ids.isEmpty()) {
            throw DomainException.ruleBroken("invalid_batch", "list the orders to approve",
                    List.of(new Violation("orders", "required", "at least one order")));
        }
        List<PaymentOrder> orders = new ArrayList<>();
        for (Long id : ids.stream().distinct().sorted().toList()) {
            orders.add(locked(id));
        }
        String batch = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        decide(orders, actor, officer, true, null, batch);
        return orders.stream().map(this::view).toList();
    }

    public PaymentView reject(Long id, String reason, String actor, boolean officer) {
        if (reason != null && reason.length() > 500) {
            throw DomainException.ruleBroken("invalid_decision", "the reason is too long",
                    List.of(new Violation("reason", "too_long", "a reason has at most 500 characters")));
        }
        PaymentOrder order = locked(id);
        if (order.status == PaymentStatus.REJECTED && actor.equals(order.decidedBy)) {
            return view(order);
        }
        decide(List.of(order), actor, officer, false, reason, null);
        return view(order);
    }

    private void decide(List<PaymentOrder> orders, String actor, boolean officer, boolean approve, String reason,
                        String batch) {
        Violations v = new Violations();
        for (int i = 0; i < orders.size(); i++) {
            PaymentOrder o = orders.get(i);
            String field = orders.size() == 1 ? null : "orders[" + i + "]";
            if (!payingSide(o.accountId).includes(actor, officer)) {
                throw DomainException.forbidden("not_paying_side", "order " + o.id + " is decided by "
                        + payingSide(o.accountId).describe(), List.of());
            }
            v.check(payee(o.accountId).includes(actor), field, OWN_APPLICATION, "order " + o.id + " pays an "
                    + "organisation " + actor + " is a member of; someone outside it decides");
            v.check(o.status != PaymentStatus.PENDING_APPROVAL, field, "payment_not_pending",
                    "order " + o.id + " is " + o.status);
            v.check(!o.mayBeDecidedBy(actor), field, "four_eyes",
                    "order " + o.id + " was initiated by " + actor + "; a second person decides it");
        }
        if (!v.isEmpty()) {
            List<Violation> own = v.list().stream().filter(x -> x.code().equals(OWN_APPLICATION)).toList();
            if (!own.isEmpty()) {
                throw DomainException.forbidden(OWN_APPLICATION, "nobody who belongs to the organisation an "
                        + "order pays approves or rejects it", own);
            }
            boolean fourEyes = v.list().stream().anyMatch(x -> x.code().equals("four_eyes"));
            boolean notPending = v.list().stream().allMatch(x -> x.code().equals("payment_not_pending"));
            if (fourEyes) {
                throw DomainException.forbidden("four_eyes", "the initiator of a payment order never decides it",
                        v.list().stream().filter(x -> x.code().equals("four_eyes")).toList());
            }
            if (notPending && orders.size() == 1) {
                throw DomainException.conflict("payment_not_pending", v.list().get(0).message());
            }
            throw DomainException.ruleBroken("invalid_batch", "no order of the batch was decided", v.list());
        }
        Instant now = clock.instant();
        for (PaymentOrder o : orders) {
            if (approve) {
                o.approve(actor, batch, now);
            } else {
                o.reject(actor, reason, now);
            }
            workflow.decided(o.id, approve);
        }
    }

    /**
     * Cancels the orders on {@code accountId} that are not paid yet (awaiting approval, or approved
     * and awaiting execution), because the commitment they pay is being released; returns them. Locks
     * each order in id order, as a decision and the execution do, so an execution that got there first
     * has paid (the order stays {@code PAID}) and one that comes later finds it {@code CANCELLED} and
     * pays nothing. Idempotent: a cancelled order is not cancelled again.
     */
    public List<PaymentView> cancelPending(Long accountId, String reason) {
        List<Long> ids = em.createQuery("select o.id from PaymentOrder o where o.accountId = :a and o.status in :s "
                        + "order by o.id", Long.class)
                .setParameter("a", accountId).setParameter("s", PaymentStatus.PENDING).getResultList();
        List<PaymentView> cancelled = new ArrayList<>();
        for (Long id : ids) {
            PaymentOrder o = locked(id);
            if (PaymentStatus.PENDING.contains(o.status)) {
                o.cancel(reason, clock.instant());
                workflow.cancelled(o.id);
                LOG.infof("Payment order %d cancelled: %s", o.id, reason);
                cancelled.add(view(o));
            }
        }
        return cancelled;
    }

    /** Whether an order was cancelled before it was paid (the process then ends at "cancelled"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isCancelled(Long id) {
        PaymentOrder o = PaymentOrder.findById(id);
        return o != null && o.status == PaymentStatus.CANCELLED;
    }

    /** The service task: pays once, whatever the number of times the engine runs it. */
    public boolean execute(Long id) {
        PaymentOrder order = locked(id);
        if (order.status == PaymentStatus.PAID) {
            return true;
        }
        if (order.status != PaymentStatus.APPROVED) {
            return false;
        }
        LedgerAccount account = ledger.lockForPayment(order.accountId); // the whole chain, in id order
        String reference = "payment-order:" + order.id;
        if (LedgerTransfer.find(TransferKind.PAYMENT, reference).isEmpty() && order.amount.greaterThan(account.stillToPay())) {
            order.status = PaymentStatus.FAILED;
            order.decisionReason = "insufficient funds at execution: still to pay EUR " + account.stillToPay();
            LOG.warnf("Payment order %d failed: %s", order.id, order.decisionReason);
            return false;
        }
        LedgerAccount payee = ledger.open(AccountKind.PAYEE, "iban:" + order.iban, order.payeeName, null, null);
        LedgerTransfer t = ledger.transfer(TransferKind.PAYMENT, account.id, payee.id, order.amount, reference,
                order.decidedBy);
        order.transferId = t.id;
        order.status = PaymentStatus.PAID;
        order.paidAt = clock.instant();
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PaymentView get(Long id, String user, boolean officer) {
        PaymentOrder o = PaymentOrder.<PaymentOrder>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("payment order", String.valueOf(id)));
        if (!officer && !payingSide(o.accountId).includes(user, false)) {
            throw DomainException.notFound("payment order", String.valueOf(id));
        }
        return view(o);
    }

    /**
     * Who decides an order: orders paid out of a grant's FSTP envelope (to third parties) belong to
     * the grant's consortium, whose members decide them; all others to the programme's officers.
     */
    public record PayingSide(List<Long> consortium) {
        public boolean includes(String user, boolean officer) {
            return consortium == null ? officer
                    : io.grantflow.organisations.domain.OrganisationMember.isMemberOfAny(user, consortium);
        }

        public String describe() {
            return consortium == null ? "a second programme officer" : "a second member of the grant's consortium";
        }
    }

    /** The violation (and 403 problem) code when someone would decide an order that pays their own organisation. */
    public static final String OWN_APPLICATION = "own_application";

    /**
     * The organisations an order on an account pays, whose members never decide it: the account's
     * payee (the SME of an award, the payee of a commitment, a grant's coordinator) and, for a
     * grant, every beneficiary of its consortium.
     */
    public record Payee(Set<Long> organisations) {
        public boolean includes(String user) {
            return io.grantflow.organisations.domain.OrganisationMember.isMemberOfAny(user, organisations);
        }
    }

    public Payee payee(Long accountId) {
        LedgerAccount a = em.find(LedgerAccount.class, accountId);
        Set<Long> organisations = new LinkedHashSet<>();
        if (a.payeeOrganisationId != null) {
            organisations.add(a.payeeOrganisationId);
        }
        if (a.kind == AccountKind.GRANT) {
            for (Long[] beneficiaries : em.createQuery("select g.beneficiaries from Grant g where g.accountId = :a",
                    Long[].class).setParameter("a", a.id).getResultList()) {
                organisations.addAll(java.util.Arrays.asList(beneficiaries));
            }
        }
        return new Payee(organisations);
    }

    public PayingSide payingSide(Long accountId) {
        LedgerAccount a = em.find(LedgerAccount.class, accountId);
        while (a.parentId != null) {
            a = em.find(LedgerAccount.class, a.parentId);
        }
        if (a.kind != AccountKind.FSTP_ENVELOPE) {
            return new PayingSide(null);
        }
        List<Long[]> rows = em.createQuery("select g.beneficiaries from Grant g where g.envelopeAccountId = :e", Long[].class)
                .setParameter("e", a.id).getResultList();
        return new PayingSide(rows.isEmpty() ? List.of() : java.util.Arrays.asList(rows.get(0)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PaymentView> list(Long account, PaymentStatus status, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (account != null) {
            q.append(" and accountId = :account");
            p.and("account", account);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        q.append(" order by id");
        var query = PaymentOrder.<PaymentOrder>find(q.toString(), p);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(this::view)
                .toList(), page, total);
    }

    private Money pendingOn(Long accountId) {
        return PaymentOrder.<PaymentOrder>list("accountId = ?1 and status in ?2", accountId, PaymentStatus.PENDING)
                .stream().map(o -> o.amount).reduce(Money.ZERO, Money::plus);
    }

    private static PaymentOrder locked(Long id) {
        return PaymentOrder.byIdForUpdate(id).orElseThrow(() -> DomainException.notFound("payment order", String.valueOf(id)));
    }

    private PaymentView view(PaymentOrder o) {
        return PaymentView.of(o, workflow.currentStep(o.id).orElse(null));
    }
}
