package io.grantflow.payments.domain;

import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.grantflow.payments.domain.PaymentOrderFixture.INITIATOR;
import static io.grantflow.payments.domain.PaymentOrderFixture.LATER;
import static io.grantflow.payments.domain.PaymentOrderFixture.SECOND_PERSON;
import static io.grantflow.payments.domain.PaymentOrderFixture.TRANSFER;
import static io.grantflow.payments.domain.PaymentOrderFixture.approvedOrder;
import static io.grantflow.payments.domain.PaymentOrderFixture.cancelledOrder;
import static io.grantflow.payments.domain.PaymentOrderFixture.failedOrder;
import static io.grantflow.payments.domain.PaymentOrderFixture.paidOrder;
import static io.grantflow.payments.domain.PaymentOrderFixture.pendingOrder;
import static io.grantflow.payments.domain.PaymentOrderFixture.rejectedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every transition of a payment order: approve and reject (four eyes, pending only), pay, fail, cancel. */
class PaymentOrderTest {

    static Stream<Supplier<PaymentOrder>> decided() {
        return Stream.of(PaymentOrderFixture::approvedOrder, PaymentOrderFixture::paidOrder,
                PaymentOrderFixture::rejectedOrder, PaymentOrderFixture::failedOrder, PaymentOrderFixture::cancelledOrder);
    }

    @Test
    void aNewOrderAwaitsApproval() {
        PaymentOrder o = pendingOrder();
        assertThat(o.status).isEqualTo(PaymentStatus.PENDING_APPROVAL);
        assertThat(o.isPending()).isTrue();
        assertThat(o.awaitsExecution()).isFalse();
        assertThat(o.decidedBy).isNull();
    }

    @Test
    void aSecondPersonApproves() {
        PaymentOrder o = pendingOrder();
        o.approve(SECOND_PERSON, "batch-1", LATER);
        assertThat(o.status).isEqualTo(PaymentStatus.APPROVED);
        assertThat(o.decidedBy).isEqualTo(SECOND_PERSON);
        assertThat(o.batchId).isEqualTo("batch-1");
        assertThat(o.decidedAt).isEqualTo(LATER);
        assertThat(o.isPending()).isTrue();
        assertThat(o.awaitsExecution()).isTrue();
        assertThat(o.wasApprovedBy(SECOND_PERSON)).isTrue();
        assertThat(o.wasApprovedBy(INITIATOR)).isFalse();
    }

    @Test
    void theInitiatorNeverApproves() {
        PaymentOrder o = pendingOrder();
        DomainException e = catchThrowableOfType(DomainException.class, () -> o.approve(INITIATOR, null, LATER));
        assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(e.code()).isEqualTo("four_eyes");
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("four_eyes"));
        assertThat(o.status).isEqualTo(PaymentStatus.PENDING_APPROVAL);
        assertThat(o.decidedBy).isNull();
    }

    @Test
    void theInitiatorNeverRejects() {
        PaymentOrder o = pendingOrder();
        assertThatThrownBy(() -> o.reject(INITIATOR, "no", LATER)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("four_eyes"));
        assertThat(o.status).isEqualTo(PaymentStatus.PENDING_APPROVAL);
    }

    @Test
    void fourEyesIsReportedBeforeTheState() {
        PaymentOrder o = approvedOrder();
        assertThatThrownBy(() -> o.approve(INITIATOR, null, LATER)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(o.refusalsToDecide(INITIATOR, "orders[0]")).extracting(v -> v.field() + ":" + v.code())
                .containsExactly("orders[0]:payment_not_pending", "orders[0]:four_eyes");
        assertThat(pendingOrder().refusalsToDecide(SECOND_PERSON, null)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("decided")
    void onlyAnOrderAwaitingApprovalIsApproved(Supplier<PaymentOrder> order) {
        PaymentOrder o = order.get();
        PaymentStatus before = o.status;
        DomainException e = catchThrowableOfType(DomainException.class, () -> o.approve("carol.officer", null, LATER));
        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(e.code()).isEqualTo("payment_not_pending");
        assertThat(o.status).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("decided")
    void onlyAnOrderAwaitingApprovalIsRejected(Supplier<PaymentOrder> order) {
        PaymentOrder o = order.get();
        assertThatThrownBy(() -> o.reject("carol.officer", "late", LATER)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("payment_not_pending"));
    }

    @Test
    void aSecondPersonRejectsWithAReason() {
        PaymentOrder o = pendingOrder();
        o.reject(SECOND_PERSON, "wrong payee", LATER);
        assertThat(o.status).isEqualTo(PaymentStatus.REJECTED);
        assertThat(o.decisionReason).isEqualTo("wrong payee");
        assertThat(o.decidedBy).isEqualTo(SECOND_PERSON);
        assertThat(o.isPending()).isFalse();
        assertThat(o.status.unpaidForGood()).isTrue();
        assertThat(o.wasRejectedBy(SECOND_PERSON)).isTrue();
        assertThat(o.wasApprovedBy(SECOND_PERSON)).isFalse();
    }

    @Test
    void anApprovedOrderIsPaid() {
        PaymentOrder o = approvedOrder();
        o.pay(TRANSFER, LATER);
        assertThat(o.status).isEqualTo(PaymentStatus.PAID);
        assertThat(o.isPaid()).isTrue();
        assertThat(o.transferId).isEqualTo(TRANSFER);
        assertThat(o.paidAt).isEqualTo(LATER);
        assertThat(o.isPending()).isFalse();
        assertThat(o.wasApprovedBy(SECOND_PERSON)).isTrue(); // approving again after the payment changes nothing
    }

    @Test
    void onlyAnApprovedOrderIsPaidOrFailed() {
        for (PaymentOrder o : new PaymentOrder[] {pendingOrder(), paidOrder(), rejectedOrder(), failedOrder(),
                cancelledOrder()}) {
            PaymentStatus before = o.status;
            assertThatThrownBy(() -> o.pay(TRANSFER, LATER)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("payment_not_approved"));
            assertThatThrownBy(() -> o.fail("x")).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
            assertThat(o.status).isEqualTo(before);
        }
    }

    @Test
    void anApprovedOrderFailsWithTheReason() {
        PaymentOrder o = approvedOrder();
        o.fail("insufficient funds at execution: still to pay EUR 10.00");
        assertThat(o.status).isEqualTo(PaymentStatus.FAILED);
        assertThat(o.decisionReason).contains("insufficient funds");
        assertThat(o.transferId).isNull();
        assertThat(o.status.unpaidForGood()).isTrue();
    }

    @Test
    void aPendingOrderIsCancelledWithoutADecider() {
        for (PaymentOrder o : new PaymentOrder[] {pendingOrder(), approvedOrder()}) {
            String decider = o.decidedBy;
            o.cancel("the award is released", LATER);
            assertThat(o.status).isEqualTo(PaymentStatus.CANCELLED);
            assertThat(o.isCancelled()).isTrue();
            assertThat(o.decisionReason).isEqualTo("the award is released");
            assertThat(o.decidedBy).isEqualTo(decider);
            assertThat(o.isPending()).isFalse();
        }
    }

    @Test
    void aPaidOrDecidedOrderIsNotCancelled() {
        for (PaymentOrder o : new PaymentOrder[] {paidOrder(), rejectedOrder(), failedOrder(), cancelledOrder()}) {
            PaymentStatus before = o.status;
            assertThatThrownBy(() -> o.cancel("again", LATER)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("payment_not_pending"));
            assertThat(o.status).isEqualTo(before);
        }
    }
}
