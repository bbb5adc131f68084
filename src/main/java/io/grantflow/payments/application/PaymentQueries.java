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

    /** The order with its process state. */
    PaymentView view(PaymentOrder o) {
        return PaymentView.of(o, workflow.currentStep(o.id).orElse(null));
    }
}
