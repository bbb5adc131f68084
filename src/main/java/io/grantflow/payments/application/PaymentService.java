package io.grantflow.payments.application;

import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.ApiException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.iban4j.IbanUtil;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public Idempotency.Result create(PaymentRequest request, String key, String actor) {
        return idempotency.once(key, "payment:" + actor, request, 201, reference ->
                PaymentOrder.<PaymentOrder>find("requestReference", reference).firstResultOptional()
                        .map(this::view) // the same request, resent after its key expired: the same order
                        .orElseGet(() -> open(request, actor, reference)));
    }

    /**
     * Creates an order initiated by {@code actor} (checked as a whole) and starts its approval; also
     * used by features that create orders themselves, such as a grant's pre-financing at signature.
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
        String iban = request.iban() == null ? null : request.iban().replace(" ", "").toUpperCase(Locale.ROOT);
        if (v.required(iban, "iban")) {
            try {
                IbanUtil.validate(iban);
            } catch (RuntimeException e) {
                v.add("iban", "invalid_iban", "not a valid IBAN: " + e.getMessage());
            }
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
        PaymentOrder order = new PaymentOrder(account.id, request.payeeName(), iban, request.amount(),
                request.purpose(), request.reference(), actor, clock.instant());
        order.requestReference = requestReference;
        order.persistAndFlush();
        workflow.start(order.id);
        return view(order);
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
            throw ApiException.unprocessable("invalid_batch", "list the orders to approve",
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
            throw ApiException.unprocessable("invalid_decision", "the reason is too long",
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
                throw new ApiException(403, "not_paying_side", "Forbidden", "order " + o.id + " is decided by "
                        + payingSide(o.accountId).describe(), List.of());
            }
            v.check(o.status != PaymentStatus.PENDING_APPROVAL, field, "payment_not_pending",
                    "order " + o.id + " is " + o.status);
            v.check(!o.mayBeDecidedBy(actor), field, "four_eyes",
                    "order " + o.id + " was initiated by " + actor + "; a second person decides it");
        }
        if (!v.isEmpty()) {
            boolean fourEyes = v.list().stream().anyMatch(x -> x.code().equals("four_eyes"));
            boolean notPending = v.list().stream().allMatch(x -> x.code().equals("payment_not_pending"));
            if (fourEyes) {
                throw new ApiException(403, "four_eyes", "Forbidden", "the initiator of a payment order never decides it",
                        v.list().stream().filter(x -> x.code().equals("four_eyes")).toList());
            }
            if (notPending && orders.size() == 1) {
                throw ApiException.conflict("payment_not_pending", v.list().get(0).message());
            }
            throw ApiException.unprocessable("invalid_batch", "no order of the batch was decided", v.list());
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
                .orElseThrow(() -> ApiException.notFound("payment order", String.valueOf(id)));
        if (!officer && !payingSide(o.accountId).includes(user, false)) {
            throw ApiException.notFound("payment order", String.valueOf(id));
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
        Object sum = em.createNativeQuery("select coalesce(sum(amount), 0) from grantflow.payment_order "
                        + "where account_id = ?1 and status in ('PENDING_APPROVAL', 'APPROVED')")
                .setParameter(1, accountId).getSingleResult();
        return Money.of(new BigDecimal(sum.toString()));
    }

    private static PaymentOrder locked(Long id) {
        return PaymentOrder.byIdForUpdate(id).orElseThrow(() -> ApiException.notFound("payment order", String.valueOf(id)));
    }

    private PaymentView view(PaymentOrder o) {
        return PaymentView.of(o, workflow.currentStep(o.id).orElse(null));
    }
}
