package io.grantflow.payments.application;

import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.payments.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Read model: the payment orders waiting for a person's decision (shown by {@code GET /api/me}), by the
 * rules {@link PaymentDecisions#approve} applies: awaiting approval, on the person's paying side, not
 * paying an organisation of theirs, and initiated by someone else.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PaymentWaiting {

    @Inject
    PaymentParties parties;

    public List<Long> ordersToApprove(String user, boolean officer) {
        Map<Long, Boolean> decidesOnAccount = new HashMap<>();
        return PaymentOrder.<PaymentOrder>list("status = ?1 order by id", PaymentStatus.PENDING_APPROVAL).stream()
                .filter(o -> o.mayBeDecidedBy(user))
                .filter(o -> decidesOnAccount.computeIfAbsent(o.accountId,
                        a -> parties.decides(a, user, officer)))
                .map(o -> o.id).toList();
    }
}
