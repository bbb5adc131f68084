package io.grantflow.grants.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A work package of a lump-sum grant, with its share of the lump sum and the amount its schedule line pays. The
 * consortium declares it completed (with its deliverables as documents); an officer accepts it, and its amount is
 * paid with the grant's next payment, or rejects it with reasons, and it pays nothing until declared again and
 * accepted. No costs are reported.
 */
@Entity
@Table(name = "grant_work_package")
public class WorkPackage extends PanacheEntityBase {

    /** The code (409) when the act does not fit the work package's status. */
    public static final String WRONG_STATUS = "work_package_wrong_status";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public BigDecimal share;

    /** What its schedule line pays: its share of what follows the pre-financing. */
    @Column(nullable = false)
    public Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkPackageStatus status;

    public String summary;

    @Column(name = "declared_by")
    public String declaredBy;

    @Column(name = "declared_at")
    public Instant declaredAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(nullable = false)
    public int rejections;

    /** The period whose payment paid it (null while unpaid). */
    @Column(name = "paid_in_period")
    public Integer paidInPeriod;

    @Version
    @Column(name = "row_version")
    public long rowVersion;

    protected WorkPackage() {
    }

    public WorkPackage(Long grantId, int number, String title, BigDecimal share, Money amount) {
        this.grantId = grantId;
        this.number = number;
        this.title = title;
        this.share = share;
        this.amount = amount;
        this.status = WorkPackageStatus.PLANNED;
    }

    /** The consortium declares it completed (again, after a rejection). */
    public void declareCompleted(String user, String summary, Instant now) {
        if (status != WorkPackageStatus.PLANNED && status != WorkPackageStatus.REJECTED) {
            throw wrong("declared completed");
        }
        this.status = WorkPackageStatus.DECLARED;
        this.summary = summary;
        this.declaredBy = user;
        this.declaredAt = now;
    }

    public void accept(String officer, Instant now) {
        decide(officer, null, now, WorkPackageStatus.ACCEPTED);
    }

    public void reject(String officer, String reason, Instant now) {
        decide(officer, reason, now, WorkPackageStatus.REJECTED);
        rejections++;
    }

    private void decide(String officer, String reason, Instant now, WorkPackageStatus to) {
        if (status != WorkPackageStatus.DECLARED) {
            throw wrong(to == WorkPackageStatus.ACCEPTED ? "accepted" : "rejected");
        }
        this.status = to;
        this.decidedBy = officer;
        this.decidedAt = now;
        this.decisionReason = reason;
    }

    /** Paid with the payment of {@code period}. */
    public void paidWith(int period) {
        this.paidInPeriod = period;
    }

    public boolean is(WorkPackageStatus status) {
        return this.status == status;
    }

    private DomainException wrong(String act) {
        return DomainException.conflict(WRONG_STATUS, "work package " + number + " is " + status + " and cannot be "
                + act);
    }

    public static List<WorkPackage> ofGrant(Long grantId) {
        return list("grantId = ?1 order by number", grantId);
    }
}
