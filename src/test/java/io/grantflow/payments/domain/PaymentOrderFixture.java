package io.grantflow.payments.domain;

import io.grantflow.shared.money.Money;

import java.time.Instant;

/** Payment orders in each state of their life, initiated by {@link #INITIATOR}, for plain domain tests. */
public final class PaymentOrderFixture {

    public static final String INITIATOR = "alice.officer";
    public static final String SECOND_PERSON = "bob.officer";
    public static final Instant CREATED = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    public static final Long ACCOUNT = 42L;
    public static final Long TRANSFER = 4711L;

    private PaymentOrderFixture() {
    }

    public static PaymentOrder pendingOrder() {
        return pendingOrder(Money.eur("1200.00"));
    }

    public static PaymentOrder pendingOrder(Money amount) {
        return new PaymentOrder(ACCOUNT, "Acme Robotics SARL", "FR7630006000011234567890189", amount,
                "Pre-financing of grant 101000001", "grant:101000001:pre-financing", INITIATOR, CREATED);
    }

    public static PaymentOrder approvedOrder() {
        PaymentOrder o = pendingOrder();
        o.approve(SECOND_PERSON, null, LATER);
        return o;
    }

    public static PaymentOrder paidOrder() {
        PaymentOrder o = approvedOrder();
        o.pay(TRANSFER, LATER);
        return o;
    }

    public static PaymentOrder rejectedOrder() {
        PaymentOrder o = pendingOrder();
        o.reject(SECOND_PERSON, "wrong payee", LATER);
        return o;
    }

    public static PaymentOrder failedOrder() {
        PaymentOrder o = approvedOrder();
        o.fail("insufficient funds at execution");
        return o;
    }

    public static PaymentOrder cancelledOrder() {
        PaymentOrder o = pendingOrder();
        o.cancel("the award is released", LATER);
        return o;
    }
}
