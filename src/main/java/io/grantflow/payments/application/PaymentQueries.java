package io.grantflow.payments.application;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Payment orders as read by people: one (if they may see it), or a page filtered by account and status. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentQueries {

    @Inject
    PaymentParties parties;

    @Inject
    PaymentWorkflow workflow;

    public PaymentView get(Long id, String user, boolean officer) {
        PaymentOrder o = PaymentOrder.<PaymentOrder>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("payment order", String.valueOf(id)));
        if (!officer && !parties.payingSide(o.accountId).includes(user, false)) {
            throw DomainException.notFound("payment order", String.valueOf(id));
        }
        return view(o);
    }

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

    /** The orders of the person's paying side initiated by them and waiting for a second person's decision. */
    public java.util.List<PaymentView> awaitingOthers(String user) {
        return PaymentOrder.<PaymentOrder>list("status = ?1 and initiatedBy = ?2 order by id",
                PaymentStatus.PENDING_APPROVAL, user).stream().map(this::view).toList();
    }

    /** The orders approved together as {@code batch}, as the person may see them (none: 404). */
    public java.util.List<PaymentView> batch(String batch, String user, boolean officer) {
        java.util.List<PaymentView> orders = PaymentOrder.<PaymentOrder>list("batchId = ?1 order by id", batch).stream()
                .filter(o -> officer || parties.payingSide(o.accountId).includes(user, false))
                .map(this::view).toList();
        if (orders.isEmpty()) {
            throw DomainException.notFound("batch", batch);
        }
        return orders;
    }

    /** The order with its process state. */
    PaymentView view(PaymentOrder o) {
        return PaymentView.of(o, workflow.currentStep(o.id).orElse(null));
    }
}
