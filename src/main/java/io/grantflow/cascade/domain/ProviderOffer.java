package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A provider's offer to a provider call: its day rate, its capacity in days, its languages. Selected, it is on the
 * grant's provider roster, and in-kind awards reserve days of its capacity ({@link #reserve}), never more than it has.
 */
@Entity
@Table(name = "provider_offer")
public class ProviderOffer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "provider_call_id", nullable = false)
    public Long providerCallId;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String applicant;

    @Column(name = "request_reference")
    public String requestReference;

    @Column(name = "day_rate", nullable = false)
    public Money dayRate;

    @Column(name = "capacity_days", nullable = false)
    public int capacityDays;

    /** The days in-kind awards hold of the capacity (released days come back). */
    @Column(name = "days_awarded", nullable = false)
    public int daysAwarded;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] languages = new String[0];

    @Column(nullable = false)
    public String description;

    /** Where the provider is paid for the days it delivered. */
    @Column(nullable = false)
    public String iban;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProviderOfferStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Application.Refusal> refusals = new ArrayList<>();

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Version
    public long version;

    /** The rules' verdict: refused with every reason, else selected at once (first come) or left to the consortium. */
    public void assess(List<Application.Refusal> why, Selection selection, Instant now) {
        submittedAt = now;
        refusals = new ArrayList<>(why);
        status = !why.isEmpty() ? ProviderOfferStatus.REFUSED : selection == Selection.FIRST_COME_FIRST_SERVED
                ? ProviderOfferStatus.SELECTED : ProviderOfferStatus.UNDER_REVIEW;
    }

    /** The consortium selects the provider (it joins the roster) or rejects it, with a reason of at most 500 characters. */
    public void decide(boolean select, String reason, String by, Instant now) {
        if (status != ProviderOfferStatus.UNDER_REVIEW) {
            throw DomainException.conflict("offer_not_under_review", "offer " + id + " is " + status);
        }
        decisionReason = Violations.checkedReason(reason, "invalid_decision");
        status = select ? ProviderOfferStatus.SELECTED : ProviderOfferStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
    }

    public boolean onRoster() {
        return status == ProviderOfferStatus.SELECTED;
    }

    public int daysAvailable() {
        return capacityDays - daysAwarded;
    }

    /** An in-kind award takes {@code days} of the capacity (the caller holds the row lock). */
    public void reserve(int days) {
        if (days > daysAvailable()) {
            throw DomainException.conflict("provider_capacity_exceeded", "the provider has " + daysAvailable()
                    + " day(s) left, not " + days);
        }
        daysAwarded += days;
    }

    /** Days an in-kind award did not use come back to the provider's capacity. */
    public void release(int days) {
        daysAwarded = Math.max(0, daysAwarded - days);
    }

    public static Optional<ProviderOffer> forUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
