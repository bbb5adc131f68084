package io.grantflow.grants.domain;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A grant to a consortium for a main-list proposal: its maximum EU contribution is committed in the
 * ledger from the call's (or cut-off's) budget at the award, into the grant's own account.
 */
@Entity
@Table(name = "grant_agreement")
public class Grant extends PanacheEntityBase {

    /** The code (409) when an offer has been signed, declined or terminated already. */
    public static final String NOT_OFFERED = "grant_not_offered";
    /** The code (409) when a grant that is not signed would be terminated. */
    public static final String NOT_SIGNED = "grant_not_signed";
    /** The code (409) when a grant would be terminated while payment orders of it are pending. */
    public static final String PAYMENTS_PENDING = "payments_pending";
    /** The code (409) when a grant is not running (signed, not ended or closed) for a report or a work package. */
    public static final String NOT_RUNNING = "grant_not_running";
    /** The code (422) when the reason for ending a grant is too long. */
    public static final String INVALID_DECISION = "invalid_decision";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String number;

    @Column(name = "proposal_id", nullable = false)
    public Long proposalId;

    @Column(name = "call_id", nullable = false)
    public Long callId;

    @Column(name = "deadline_index", nullable = false)
    public int deadlineIndex;

    @Column(name = "coordinator_id", nullable = false)
    public Long coordinatorId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Long[] beneficiaries = new Long[0];

    @Column(nullable = false)
    public String acronym;

    @Column(name = "max_contribution", nullable = false)
    public Money maxContribution;

    @Column(name = "fstp_envelope", nullable = false)
    public Money fstpEnvelope;

    @Column(name = "min_sme_share", nullable = false)
    public BigDecimal minSmeShare;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "payment_schedule", nullable = false)
    public List<PaymentSchedule.Instalment> paymentSchedule = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GrantStatus status;

    @Column(name = "from_reserve", nullable = false)
    public boolean fromReserve;

    @Column(name = "account_id", nullable = false)
    public Long accountId;

    @Column(name = "envelope_account_id")
    public Long envelopeAccountId;

    @Column(name = "pre_financing_order_id")
    public Long preFinancingOrderId;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    @Column(name = "offered_by", nullable = false)
    public String offeredBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    /** The first day of the grant (the Brussels day of its signature); its reporting periods count from it. */
    @Column(name = "start_date")
    public LocalDate startDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "reporting_periods", nullable = false)
    public List<ReportingPeriod> reportingPeriods = new ArrayList<>();

    /** At closure: the final grant amount (after the SME-share rule). */
    @Column(name = "final_amount")
    public Money finalAmount;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    protected Grant() {
    }

    public Grant(String number, Long proposalId, Long callId, int deadlineIndex, Long coordinatorId, List<Long> beneficiaries,
                 String acronym, Money maxContribution, Money fstpEnvelope, BigDecimal minSmeShare,
                 List<PaymentSchedule.Instalment> schedule, boolean fromReserve, Long accountId, String officer,
                 Instant now) {
        this.number = number;
        this.proposalId = proposalId;
        this.callId = callId;
        this.deadlineIndex = deadlineIndex;
        this.coordinatorId = coordinatorId;
        this.beneficiaries = beneficiaries.toArray(Long[]::new);
        this.acronym = acronym;
        this.maxContribution = maxContribution;
        this.fstpEnvelope = fstpEnvelope;
        this.minSmeShare = minSmeShare;
        this.paymentSchedule = new ArrayList<>(schedule);
        this.status = GrantStatus.OFFERED;
        this.fromReserve = fromReserve;
        this.accountId = accountId;
        this.offeredBy = officer;
        this.offeredAt = now;
    }

    public boolean is(GrantStatus status) {
        return this.status == status;
    }

    /** Whether the grant was signed (and may have been terminated or closed since): it has run, and reports. */
    public boolean hasBeenSigned() {
        return status == GrantStatus.SIGNED || status == GrantStatus.TERMINATED || status == GrantStatus.CLOSED;
    }

    /** Reports and work packages are for a signed grant that has not ended or closed ({@value #NOT_RUNNING}). */
    public void requireRunning() {
        if (status != GrantStatus.SIGNED) {
            throw DomainException.conflict(NOT_RUNNING, "grant " + number + " is " + status);
        }
    }

    /** The reporting period {@code index} (1-based), if the grant has it. */
    public Optional<ReportingPeriod> period(int index) {
        return reportingPeriods.stream().filter(p -> p.index() == index).findFirst();
    }

    /** Whether the grant pays per completed work package (a lump-sum grant). */
    public boolean isLumpSum() {
        return paymentSchedule.stream().anyMatch(i -> i.kind() == PaymentSchedule.Kind.WORK_PACKAGE);
    }

    /** The pre-financing of the schedule (its first line). */
    public Money preFinancing() {
        return paymentSchedule.get(0).amount();
    }

    /** After the final report's settlement: the final grant amount is known and nothing more is reported. */
    public void close(Money finalAmount, Instant now) {
        requireRunning();
        this.status = GrantStatus.CLOSED;
        this.finalAmount = finalAmount;
        this.closedAt = now;
    }

    /** An offer is signed or declined; anything else has been decided already ({@value #NOT_OFFERED}). */
    public void requireOffered() {
        if (status != GrantStatus.OFFERED) {
            throw DomainException.conflict(NOT_OFFERED, "grant " + number + " is " + status);
        }
    }

    /** The coordinator signs the offer; the envelope opened and the pre-financing ordered (either may be null). */
    public void sign(String user, Long envelopeAccountId, Long preFinancingOrderId, List<ReportingPeriod> periods,
                     LocalDate startDate, Instant now) {
        requireOffered();
        this.startDate = startDate;
        this.reportingPeriods = new ArrayList<>(periods);
        this.status = GrantStatus.SIGNED;
        this.signedBy = user;
        this.signedAt = now;
        this.envelopeAccountId = envelopeAccountId;
        this.preFinancingOrderId = preFinancingOrderId;
    }

    /** The coordinator declines the offer, giving a reason or not ({@value #INVALID_DECISION} if too long). */
    public void decline(String user, String reason, Instant now) {
        requireOffered();
        end(GrantStatus.DECLINED, user, checkedReason(reason), now);
    }

    /**
     * An officer terminates a signed grant ({@value #NOT_SIGNED} otherwise; an offer is declined by its
     * coordinator), once no payment order of it awaits approval or execution ({@value #PAYMENTS_PENDING}).
     */
    public void terminate(String officer, String reason, long pendingPaymentOrders, Instant now) {
        if (status != GrantStatus.SIGNED) {
            throw DomainException.conflict(NOT_SIGNED, "grant " + number + " is " + status
                    + "; only a signed grant is terminated (an offer is declined by its coordinator)");
        }
        if (pendingPaymentOrders > 0) {
            throw DomainException.conflict(PAYMENTS_PENDING, pendingPaymentOrders + " payment order(s) of grant "
                    + number + " await approval or execution; decide them first");
        }
        end(GrantStatus.TERMINATED, officer, checkedReason(reason), now);
    }

    private static String checkedReason(String reason) {
        return Violations.checkedReason(reason, INVALID_DECISION);
    }

    private void end(GrantStatus status, String user, String reason, Instant now) {
        this.status = status;
        this.endedBy = user;
        this.endReason = reason;
        this.endedAt = now;
    }

    /** The SME support the grant must reach, and how it must keep pace with the programme's payments. */
    public SmeShareTrajectory smeShareTrajectory() {
        return new SmeShareTrajectory(maxContribution, minSmeShare);
    }

    public static Optional<Grant> forUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
