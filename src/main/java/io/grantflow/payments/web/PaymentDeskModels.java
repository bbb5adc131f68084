package io.grantflow.payments.web;

import io.grantflow.payments.api.PaymentView;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the payment pages of the desk show (templates {@code payments/*.html}). */
final class PaymentDeskModels {

    private PaymentDeskModels() {
    }

    /**
     * Why a decision was refused: the problem's stable code and its violations, each about one order of the batch
     * ({@code orders[i]}, the i-th order by id, as the service numbers them; no field: the only order) or the
     * batch as a whole ({@code orders}).
     */
    record Refusal(String code, List<Violation> violations, List<Long> orderIds) {

        /** The violations about the order {@code id}. */
        public List<Violation> of(Long id) {
            int i = orderIds.indexOf(id);
            return violations.stream().filter(v -> v.field() == null && orderIds.size() == 1
                    || ("orders[" + i + "]").equals(v.field())).toList();
        }

        /** The violations about the batch as a whole. */
        public List<Violation> general() {
            return violations.stream().filter(v -> "orders".equals(v.field())
                    || v.field() == null && orderIds.size() != 1).toList();
        }
    }

    /**
     * {@code /desk/payments}: the orders waiting for the person's approval and those they initiated that wait for
     * a second person (no approve button there: nobody approves their own).
     */
    record Waiting(List<PaymentView> toApprove, List<PaymentView> awaitingOthers, Refusal refusal) {
    }

    /** One payee of a batch: how many orders and how much. */
    record Payee(String name, int orders, Money total) {
    }

    /** A batch before it is approved, or once approved ({@code batch} set): its orders, total and payees. */
    record Batch(String batch, List<PaymentView> orders, Money total, List<Payee> payees, Refusal refusal) {

        static Batch of(String batch, List<PaymentView> orders, Refusal refusal) {
            Money total = Money.ZERO;
            Map<String, Payee> payees = new LinkedHashMap<>();
            for (PaymentView o : orders) {
                total = total.plus(o.amount());
                payees.merge(o.payeeName(), new Payee(o.payeeName(), 1, o.amount()),
                        (a, b) -> new Payee(a.name(), a.orders() + 1, a.total().plus(b.total())));
            }
            return new Batch(batch, orders, total, List.copyOf(payees.values()), refusal);
        }
    }
}
