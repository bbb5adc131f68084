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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the report of a grant's reporting period: a technical part (text, the period's KPIs, documents)
 * and a financial part (costs per beneficiary and category; the support paid to third parties is taken from the
 * ledger at submission). Submitted, it is reviewed by an officer; a rejected version stays as it was and the
 * consortium corrects a new one. The payment deadline runs from the submission and stops while information is
 * requested.
 */
@Entity
@Table(name = "grant_report")
public class GrantReport extends PanacheEntityBase {

    /** The code (409) when the act does not fit the report's status. */
    public static final String WRONG_STATUS = "report_wrong_status";

    /** A beneficiary's costs in one category for the period. */
    public record Cost(Long organisation, CostCategory category, Money amount) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "grant_id", nullable = false)
    public Long grantId;

    @Column(name = "period_index", nullable = false)
    public int period;

    @Column(nullable = false)
    public int version;

    @Column(name = "final", nullable = false)
    public boolean finalReport;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    public String technical;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, BigDecimal> kpis = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Cost> costs = new ArrayList<>();

    @Column(name = "other_costs", nullable = false)
    public Money otherCosts = Money.ZERO;

    /** What the grant's FSTP envelope had paid to third parties when this version was submitted. */
    @Column(name = "fstp_paid_to_date")
    public Money fstpPaidToDate;

    /** The support paid to third parties in this period: paid to date less what earlier accepted reports counted. */
    @Column(name = "fstp_costs")
    public Money fstpCosts;

    /** The EU contribution this version asks for: each category times its funding rate, rounded down to the cent. */
    public Money contribution;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "payment_due_on")
    public LocalDate paymentDueOn;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "suspended_days", nullable = false)
    public int suspendedDays;

    @Column(name = "information_request")
    public String informationRequest;

    @Column(name = "information_answer")
    public String informationAnswer;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "row_version")
    public long rowVersion;

    protected GrantReport() {
    }

    /** A new draft version; a correction starts from the content of the rejected version it corrects. */
    public static GrantReport draft(Long grantId, ReportingPeriod period, int version, Optional<GrantReport> corrected,
                                    String user, Instant now) {
        GrantReport r = new GrantReport();
        r.grantId = grantId;
        r.period = period.index();
        r.version = version;
        r.finalReport = period.last();
        r.status = ReportStatus.DRAFT;
        r.createdBy = user;
        r.createdAt = now;
        r.updatedAt = now;
        corrected.ifPresent(c -> r.write(c.technical, c.kpis, c.costs, now));
        return r;
    }

    /** The consortium writes the draft (checked by {@link ReportPolicy} first). */
    public void write(String technical, Map<String, BigDecimal> kpis, List<Cost> costs, Instant now) {
        require(ReportStatus.DRAFT, "written");
        this.technical = technical;
        this.kpis = new LinkedHashMap<>(kpis);
        this.costs = new ArrayList<>(costs);
        this.otherCosts = costs.stream().map(Cost::amount).reduce(Money.ZERO, Money::plus);
        this.updatedAt = now;
    }

    /**
     * The consortium submits the draft: the support paid to third parties in the period and the contribution asked
     * are fixed now, and the payment deadline starts ({@code paymentDays} from today).
     */
    public void submit(String user, Money fstpPaidToDate, Money fstpCosts, Money contribution, LocalDate today,
                       int paymentDays, Instant now) {
        require(ReportStatus.DRAFT, "submitted");
        this.fstpPaidToDate = fstpPaidToDate;
        this.fstpCosts = fstpCosts;
        this.contribution = contribution;
        this.status = ReportStatus.SUBMITTED;
        this.submittedBy = user;
        this.submittedAt = now;
        this.paymentDueOn = today.plusDays(paymentDays);
        this.updatedAt = now;
    }

    /** The officer asks for information: the payment deadline stops until the consortium answers. */
    public void requestInformation(String officer, String question, Instant now) {
        require(ReportStatus.SUBMITTED, "questioned");
        this.status = ReportStatus.INFORMATION_REQUESTED;
        this.informationRequest = question;
        this.informationAnswer = null;
        this.suspendedAt = now;
        this.decidedBy = officer;
        this.updatedAt = now;
    }

    /** The consortium answers: the payment deadline runs again, later by the days it stood still. */
    public void answer(String answer, LocalDate suspendedFrom, LocalDate today, Instant now) {
        require(ReportStatus.INFORMATION_REQUESTED, "answered");
        int days = (int) ChronoUnit.DAYS.between(suspendedFrom, today);
        this.suspendedDays += days;
        this.paymentDueOn = paymentDueOn.plusDays(days);
        this.informationAnswer = answer;
        this.suspendedAt = null;
        this.status = ReportStatus.SUBMITTED;
        this.updatedAt = now;
    }

    /** The officer accepts the report as submitted: its contribution counts, and the period's payment follows. */
    public void accept(String officer, Instant now) {
        require(ReportStatus.SUBMITTED, "accepted");
        this.status = ReportStatus.ACCEPTED;
        this.decidedBy = officer;
        this.decidedAt = now;
        this.decisionReason = null;
        this.updatedAt = now;
    }

    /** The officer rejects the report with reasons: the consortium corrects it in a new version. */
    public void reject(String officer, String reason, Instant now) {
        if (status != ReportStatus.SUBMITTED && status != ReportStatus.INFORMATION_REQUESTED) {
            throw wrongStatus("rejected");
        }
        this.status = ReportStatus.REJECTED;
        this.decidedBy = officer;
        this.decidedAt = now;
        this.decisionReason = reason;
        this.suspendedAt = null;
        this.updatedAt = now;
    }

    public boolean is(ReportStatus status) {
        return this.status == status;
    }

    private void require(ReportStatus expected, String act) {
        if (status != expected) {
            throw wrongStatus(act);
        }
    }

    private DomainException wrongStatus(String act) {
        return DomainException.conflict(WRONG_STATUS, "version " + version + " of the report of period " + period
                + " is " + status + " and cannot be " + act);
    }

    /** The newest version of a period's report, if any. */
    public static Optional<GrantReport> latest(Long grantId, int period) {
        return GrantReport.<GrantReport>find("grantId = ?1 and period = ?2 order by version desc", grantId, period)
                .firstResultOptional();
    }

    /** Every version of every period's report of a grant, oldest first. */
    public static List<GrantReport> ofGrant(Long grantId) {
        return list("grantId = ?1 order by period, version", grantId);
    }
}
