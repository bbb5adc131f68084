package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * The in-kind side of an awarded application: days of a roster provider's service, worth {@link #value} (the award,
 * support to the SME). The provider (or the consortium) reports the days delivered, the SME confirms them, and the
 * provider is paid what was delivered, never more than the value; the rest returns to the open call.
 */
@Entity
@Table(name = "in_kind_award")
public class InKindAward extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "provider_offer_id", nullable = false)
    public Long providerOfferId;

    @Column(nullable = false)
    public int days;

    @Column(name = "day_rate", nullable = false)
    public Money dayRate;

    @Column(nullable = false)
    public Money value;

    @Column(name = "delivered_days")
    public Integer deliveredDays;

    @Column(name = "delivery_reported_by")
    public String deliveryReportedBy;

    @Column(name = "delivery_reported_at")
    public Instant deliveryReportedAt;

    @Column(name = "delivery_confirmed_by")
    public String deliveryConfirmedBy;

    @Column(name = "delivery_confirmed_at")
    public Instant deliveryConfirmedAt;

    @Column(name = "paid_to_provider")
    public Money paidToProvider;

    @Column(name = "payment_order_id")
    public Long paymentOrderId;

    public Money released;

    @Version
    public long version;

    public static InKindAward of(Application a, ProviderOffer provider, Money value) {
        InKindAward k = new InKindAward();
        k.applicationId = a.id;
        k.grantId = a.grantId;
        k.providerOfferId = provider.id;
        k.days = a.days;
        k.dayRate = provider.dayRate;
        k.value = value;
        return k;
    }

    /** The provider or the consortium reports the days delivered (again, until the SME has confirmed them). */
    public void reportDelivery(Integer delivered, String by, Instant now) {
        if (deliveryConfirmedAt != null) {
            throw DomainException.conflict("delivery_confirmed", "the SME confirmed " + deliveredDays + " day(s) delivered");
        }
        if (delivered == null || delivered < 0 || delivered > days) {
            throw DomainException.ruleBroken("invalid_delivery", "the days delivered cannot be recorded",
                    List.of(new Violation("days", delivered == null ? "required" : "out_of_range",
                            "from 0 to the " + days + " day(s) awarded")));
        }
        deliveredDays = delivered;
        deliveryReportedBy = by;
        deliveryReportedAt = now;
    }

    /** The SME confirms the days reported; false when it confirmed them before. */
    public boolean confirmDelivery(String by, Instant now) {
        if (deliveredDays == null) {
            throw DomainException.conflict("delivery_not_reported", "the provider has not reported the days delivered");
        }
        if (deliveryConfirmedAt != null) {
            return false;
        }
        deliveryConfirmedBy = by;
        deliveryConfirmedAt = now;
        return true;
    }

    public boolean confirmed() {
        return deliveryConfirmedAt != null;
    }

    /** What the provider is owed: the value when every day was delivered, else the days delivered × rate (at most the value). */
    public Money deliveredValue() {
        if (!confirmed()) {
            return Money.ZERO;
        }
        return deliveredDays == days ? value : InKindValue.of(deliveredDays, dayRate, value);
    }

    /** The provider's payment was ordered and the undelivered rest released (once). */
    public void settled(Long order, Money paid, Money rest) {
        paymentOrderId = order;
        paidToProvider = paid;
        released = rest;
    }

    public boolean settled() {
        return paidToProvider != null;
    }

    public int undeliveredDays() {
        return confirmed() ? days - deliveredDays : days;
    }
}
