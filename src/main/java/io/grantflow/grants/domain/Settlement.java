package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the accepted report of a period settled, with its figures ({@link SettlementRule}): an interim payment, or,
 * for the final report, the final grant amount, the SME-share reduction, and the balance or the recovery. Written
 * once per grant and period, never changed.
 */
@Entity
@Table(name = "grant_settlement")
public class Settlement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "period_index", nullable = false)
    public int period;

    @Column(name = "final", nullable = false)
    public boolean finalSettlement;

    @Column(name = "accepted_to_date", nullable = false)
    public Money acceptedToDate;

    @Column(nullable = false)
    public Money ceiling;

    @Column(name = "paid_before", nullable = false)
    public Money paidBefore;

    /** The interim payment or the balance ordered (0 when nothing is due). */
    @Column(nullable = false)
    public Money amount;

    @Column(name = "final_amount")
    public Money finalAmount;

    @Column(name = "sme_support_paid")
    public Money smeSupportPaid;

    @Column(name = "sme_share_cap")
    public Money smeShareCap;

    @Column(name = "sme_share_reduction")
    public Money smeShareReduction;

    public Money recovery;

    @Column(name = "recovery_due_on")
    public LocalDate recoveryDueOn;

    public Money released;

    @Column(name = "payment_order_id")
    public Long paymentOrderId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    protected Settlement() {
    }

    public static Settlement interim(Long grantId, int period, SettlementRule.Interim i, String officer, Instant now) {
        Settlement s = base(grantId, period, false, officer, now);
        s.acceptedToDate = i.acceptedToDate();
        s.ceiling = i.ceiling();
        s.paidBefore = i.paidBefore();
        s.amount = i.amount();
        return s;
    }

    public static Settlement closure(Long grantId, int period, Money maxGrant, SettlementRule.Closure c,
                                     LocalDate recoveryDueOn, String officer, Instant now) {
        Settlement s = base(grantId, period, true, officer, now);
        s.acceptedToDate = c.acceptedToDate();
        s.ceiling = maxGrant;
        s.paidBefore = c.paidBefore();
        s.amount = c.balance();
        s.finalAmount = c.finalAmount();
        s.smeSupportPaid = c.smeSupportPaid();
        s.smeShareCap = c.smeShareCap();
        s.smeShareReduction = c.smeShareReduction();
        s.recovery = c.recovery();
        s.recoveryDueOn = c.recovery().isPositive() ? recoveryDueOn : null;
        s.released = c.released();
        return s;
    }

    private static Settlement base(Long grantId, int period, boolean last, String officer, Instant now) {
        Settlement s = new Settlement();
        s.grantId = grantId;
        s.period = period;
        s.finalSettlement = last;
        s.createdBy = officer;
        s.createdAt = now;
        return s;
    }

    /** The order that pays it, once created. */
    public void orderedAs(Long paymentOrderId) {
        this.paymentOrderId = paymentOrderId;
    }

    public static Optional<Settlement> of(Long grantId, int period) {
        return find("grantId = ?1 and period = ?2", grantId, period).firstResultOptional();
    }

    public static List<Settlement> ofGrant(Long grantId) {
        return list("grantId = ?1 order by period", grantId);
    }
}
