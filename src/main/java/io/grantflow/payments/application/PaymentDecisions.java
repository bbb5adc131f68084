package io.grantflow.payments.application;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The second person's decision on payment orders: approve one, approve a batch (all or none), or
 * reject one. The paying side decides, never a member of the payee, never the initiator (four eyes,
 * enforced by {@link PaymentOrder#approve}); the decision completes the order's approval step.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class PaymentDecisions {

    @Inject
    Clock clock;

    @Inject
    PaymentWorkflow workflow;

    @Inject
    PaymentParties parties;

    @Inject
    PaymentQueries queries;

    public PaymentView approve(Long id, String actor, boolean officer) {
        PaymentOrder order = locked(id);
        if (order.wasApprovedBy(actor)) {
            return queries.view(order); // the same approval again
        }
        decide(List.of(order), actor, officer, true, null, null);
        return queries.view(order);
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
        return orders.stream().map(queries::view).toList();
    }

    public PaymentView reject(Long id, String reason, String actor, boolean officer) {
        Violations.checkedReason(reason, "invalid_decision");
        PaymentOrder order = locked(id);
        if (order.wasRejectedBy(actor)) {
            return queries.view(order);
        }
        decide(List.of(order), actor, officer, false, reason, null);
        return queries.view(order);
    }

    /**
     * Checks every order before deciding any: the paying side first (403 {@code not_paying_side}), then
     * every refusal of every order, reported together: a payee's member (403 {@code own_application}),
     * the initiator (403 {@code four_eyes}), a single order no longer pending (409), else 422.
     */
    private void decide(List<PaymentOrder> orders, String actor, boolean officer, boolean approve, String reason,
                        String batch) {
        List<Violation> refusals = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            PaymentOrder o = orders.get(i);
            String field = orders.size() == 1 ? null : "orders[" + i + "]";
            PaymentParties.PayingSide side = parties.payingSide(o.accountId);
            if (!side.includes(actor, officer)) {
                throw DomainException.forbidden("not_paying_side", "order " + o.id + " is decided by "
                        + side.describe(), List.of());
            }
            if (parties.payee(o.accountId).includes(actor)) {
                refusals.add(new Violation(field, PaymentParties.OWN_APPLICATION, "order " + o.id + " pays an "
                        + "organisation " + actor + " is a member of; someone outside it decides"));
            }
            refusals.addAll(o.refusalsToDecide(actor, field));
        }
        if (!refusals.isEmpty()) {
            refuse(refusals, orders.size());
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

    private static void refuse(List<Violation> refusals, int orders) {
        List<Violation> own = withCode(refusals, PaymentParties.OWN_APPLICATION);
        if (!own.isEmpty()) {
            throw DomainException.forbidden(PaymentParties.OWN_APPLICATION, "nobody who belongs to the organisation an "
                    + "order pays approves or rejects it", own);
        }
        if (orders == 1 || !withCode(refusals, PaymentOrder.FOUR_EYES).isEmpty()) {
            throw PaymentOrder.decisionRefused(refusals);
        }
        throw DomainException.ruleBroken("invalid_batch", "no order of the batch was decided", refusals);
    }

    private static List<Violation> withCode(List<Violation> violations, String code) {
        return violations.stream().filter(x -> x.code().equals(code)).toList();
    }

    static PaymentOrder locked(Long id) {
        return PaymentOrder.byIdForUpdate(id).orElseThrow(() -> DomainException.notFound("payment order", String.valueOf(id)));
    }
}
