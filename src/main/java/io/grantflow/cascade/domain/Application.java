package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
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

/** An SME's application to an open call, from the checks to the last tranche. */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    /** A refusal by a rule, with its stable code. */
    public record Refusal(String code, String message) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "open_call_id", nullable = false)
    public Long openCallId;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "organisation_id", nullable = false)
    public Long organisationId;

    @Column(nullable = false)
    public String applicant;

    /** The name of the request that submitted it (see {@code Idempotency}): a resend finds it. */
    @Column(name = "request_reference")
    public String requestReference;

    public Money requested;

    public Money awarded;

    @Column(nullable = false)
    public String purpose;

    public String sector;

    @Column(nullable = false)
    public String iban;

    @Column(name = "not_in_difficulty", nullable = false)
    public boolean notInDifficulty;

    @Column(name = "no_double_funding", nullable = false)
    public boolean noDoubleFunding;

    @Column(name = "de_minimis_received", nullable = false)
    public Money deMinimisReceived = Money.ZERO;

    @Column(name = "visitor_name")
    public String visitorName;

    @Column(name = "visitor_id")
    public String visitorId;

    @Column(name = "host_organisation_id")
    public Long hostOrganisationId;

    @Column(name = "stay_from")
    public LocalDate stayFrom;

    @Column(name = "stay_to")
    public LocalDate stayTo;

    @Column(name = "distance_km")
    public Integer distanceKm;

    @Column(name = "host_confirmed_at")
    public Instant hostConfirmedAt;

    @Column(name = "host_confirmed_by")
    public String hostConfirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Refusal> refusals = new ArrayList<>();

    public BigDecimal score;

    @Column(name = "award_account_id")
    public Long awardAccountId;

    @Column(name = "first_order_id")
    public Long firstOrderId;

    @Column(name = "balance_order_id")
    public Long balanceOrderId;

    public String report;

    @Column(name = "report_proof")
    public String reportProof;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "report_rejections", nullable = false)
    public int reportRejections;

    @Column(name = "report_due_at")
    public Instant reportDueAt;

    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isClusterXchange() {
        return visitorId != null;
    }

    /** ClusterXchange: whether the visit has begun on {@code today} (a Europe/Brussels date); the host confirms from then. */
    public boolean visitStarted(LocalDate today) {
        return !today.isBefore(stayFrom);
    }

    /** ClusterXchange: whether {@code today} (a Europe/Brussels date) is the visit's last day or later; the visitor reports from then. */
    public boolean visitEnded(LocalDate today) {
        return !today.isBefore(stayTo);
    }

    public static Optional<Application> forUpdate(Long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
