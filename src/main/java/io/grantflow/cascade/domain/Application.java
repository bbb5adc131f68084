package io.grantflow.cascade.domain;

import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.time.Brussels;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SME's application to an open call, from the checks to the last tranche. Its status changes only
 * by the business acts below; each refuses an illegal transition with the problem code the API answers.
 * The acts the workflow runs (checks, award, overdue, close) are idempotent under engine retries.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    /** A refusal by a rule, with its stable code. */
    public record Refusal(String code, String message) {
    }

    /** A report rejected this many times fails for good (before that, the SME may resubmit it). */
    public static final int REPORT_REJECTIONS_TO_FAIL = 2;

    /** ClusterXchange: the lump sum is paid within 10 days of the accepted closing report. */
    public static final Duration EXCHANGE_PAYMENT_PERIOD = Duration.ofDays(10);

    /** The consortium scores an evaluated call's application from 0 to 100, with at most 1 decimal. */
    public static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(100);
    public static final int SCORE_DECIMALS = 1;

    /** The statuses in which an award waits for its report. */
    public static final List<ApplicationStatus> REPORT_EXPECTED = List.of(ApplicationStatus.AWARDED,
            ApplicationStatus.OVERDUE, ApplicationStatus.REPORT_REJECTED);

    /** The statuses of an application that passed (or awaits) the checks and awaits its award. */
    private static final List<ApplicationStatus> AWAITING_AWARD = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WAITLISTED);

    /** The statuses in which an application has ended and can no longer be withdrawn. */
    private static final List<ApplicationStatus> ENDED = List.of(ApplicationStatus.REFUSED, ApplicationStatus.REJECTED,
            ApplicationStatus.CLOSED, ApplicationStatus.REPORT_FAILED);

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

    /** What the SME asked for, as entered (null where the instrument fixes the amount and the SME asks nothing). */
    public Money requested;

    /** What the rules give it (the amount asked, the fixed amount or the ClusterXchange lump sum), set by the checks. */
    @Column(name = "amount_to_award")
    public Money amountToAward;

    /** The open call's cut-off it was submitted in ({@link OpenCallCutoff#index}); null: the open call has none. */
    @Column(name = "cutoff_index")
    public Integer cutoffIndex;

    /** What was committed when it was awarded. */
    public Money awarded;

    @Column(nullable = false)
    public String purpose;

    public String sector;

    /** The entrepreneur profile where the open call collects it (null: not answered), counted in the KPIs. */
    @Column(name = "young_entrepreneur")
    public Boolean youngEntrepreneur;

    @Column(name = "new_business")
    public Boolean newBusiness;

    @Column(name = "female_led")
    public Boolean femaleLed;

    @Column(nullable = false)
    public String iban;

    @Column(name = "not_in_difficulty", nullable = false)
    public boolean notInDifficulty;

    @Column(name = "no_double_funding", nullable = false)
    public boolean noDoubleFunding;

    @Column(name = "de_minimis_received", nullable = false)
    public Money deMinimisReceived = Money.ZERO;

    /** In kind by days: the days of the open call's service asked for (null for any other open call). */
    public Integer days;

    /** In kind by days: the roster provider the consortium named before its decision (null: the first with the days). */
    @Column(name = "provider_offer_id")
    public Long providerOfferId;

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

    /** An exchange's lump sum is paid by then: {@link #EXCHANGE_PAYMENT_PERIOD} after its report was accepted. */
    @Column(name = "payment_due_at")
    public Instant paymentDueAt;

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

    /** Whether the beneficiary's computed category was SME when it was awarded (only that support counts as SME share). */
    @Column(name = "awarded_as_sme")
    public Boolean awardedAsSme;

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

    /** An evaluated open call's panel ranking placed it on the reserve list here (1 first); null otherwise. */
    @Column(name = "reserve_position")
    public Integer reservePosition;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    // ---- the business acts -------------------------------------------------------------------

    /** The SME submits: the automatic checks run next. */
    public void submit(Instant now) {
        if (status != null) {
            throw DomainException.conflict("application_already_submitted", "application " + id + " is " + status);
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * The automatic checks ran: {@code outcome} says the amount the rules give and every refusal. A
     * passed application to an evaluated call waits for the consortium; a first-come-first-served one
     * goes to the award.
     */
    public void assess(ApplicationPolicy.Outcome outcome, Selection selection, Instant now) {
        expect(ApplicationStatus.SUBMITTED, "application_not_submitted");
        amountToAward = outcome.amount();
        if (outcome.passed()) {
            pass(selection, now);
        } else {
            refuse(outcome.refusals(), now);
        }
    }

    private void pass(Selection selection, Instant now) {
        if (selection == Selection.EVALUATED) {
            status = ApplicationStatus.UNDER_REVIEW;
            updatedAt = now;
        }
    }

    /** A rule refuses it (the checks, the third-party cap or the envelope at the award). */
    public void refuse(List<Refusal> why, Instant now) {
        if (!AWAITING_AWARD.contains(status)) {
            throw DomainException.conflict("application_decided", "application " + id + " is " + status);
        }
        status = ApplicationStatus.REFUSED;
        refusals = new ArrayList<>(why);
        updatedAt = now;
    }

    /** In kind by days: the consortium names the roster provider while it decides (the award checks it again). */
    public void nameProvider(Long providerOffer) {
        expect(ApplicationStatus.UNDER_REVIEW, "application_not_under_review");
        providerOfferId = providerOffer;
    }

    /** In kind by days: at the award, the value of the days with the provider found is the amount to award. */
    public void valuedInKind(Long providerOffer, Money value) {
        if (!AWAITING_AWARD.contains(status)) {
            throw DomainException.conflict("application_decided", "application " + id + " is " + status);
        }
        providerOfferId = providerOffer;
        amountToAward = value;
    }

    /** The envelope is exhausted and the call keeps a waiting list; false when it already waits. */
    public boolean waitlist(Instant now) {
        if (status == ApplicationStatus.WAITLISTED) {
            return false;
        }
        expect(ApplicationStatus.SUBMITTED, "application_not_submitted");
        status = ApplicationStatus.WAITLISTED;
        updatedAt = now;
        return true;
    }

    /** The consortium approves an evaluated call's application (with a score); the award follows. */
    public void approve(BigDecimal score, String reason, String by, Instant now) {
        decide(score, reason, by, now);
    }

    /** The consortium decides against an evaluated call's application. */
    public void reject(BigDecimal score, String reason, String by, Instant now) {
        decide(score, reason, by, now);
        status = ApplicationStatus.REJECTED;
        reservePosition = null;
        updatedAt = now;
    }

    private void decide(BigDecimal score, String reason, String by, Instant now) {
        expect(ApplicationStatus.UNDER_REVIEW, "application_not_under_review");
        Violations v = new Violations();
        v.check(score != null && (score.signum() < 0 || score.compareTo(HIGHEST_SCORE) > 0), "score",
                "out_of_range", "a score from 0 to " + HIGHEST_SCORE);
        v.check(score != null && score.stripTrailingZeros().scale() > SCORE_DECIMALS, "score", "too_many_decimals",
                "a score has at most " + SCORE_DECIMALS + " decimal");
        v.maxLength(reason, "reason", TextLimits.REASON);
        v.throwIfAny("invalid_decision", "the decision cannot be recorded");
        this.score = score;
        decidedBy = by;
        decidedAt = now;
    }

    /**
     * The panel's ranking placed it beyond the budget line at {@code position} of the reserve list: it keeps
     * waiting for the decision, and is awarded when a later decision finds the budget for it.
     */
    public void placeOnReserve(int position, Instant now) {
        expect(ApplicationStatus.UNDER_REVIEW, "application_not_under_review");
        reservePosition = position;
        updatedAt = now;
    }

    /** The amount to award is committed from the open call's budget into {@code account}; the report is due in {@code reportPeriod}. */
    public void award(Long account, boolean sme, Duration reportPeriod, Instant now) {
        if (!AWAITING_AWARD.contains(status) || amountToAward == null) {
            throw DomainException.conflict("application_not_awardable", "application " + id + " is " + status);
        }
        awarded = amountToAward;
        awardAccountId = account;
        reservePosition = null;
        awardedAsSme = sme;
        status = ApplicationStatus.AWARDED;
        reportDueAt = now.plus(reportPeriod);
        updatedAt = now;
    }

    public boolean isAwarded() {
        return awardAccountId != null;
    }

    /** Whether the report is expected now (by status; a ClusterXchange visitor also waits for the visit's end). */
    public boolean expectsReport() {
        return REPORT_EXPECTED.contains(status);
    }

    /** Whether {@link #report} takes a report on {@code today} (a Europe/Brussels date): expected, and a visit has ended. */
    public boolean mayReport(LocalDate today) {
        return expectsReport() && (!isClusterXchange() || visitEnded(today));
    }

    /** Whether {@link #withdraw} changes anything: the application has neither ended nor been withdrawn. */
    public boolean mayWithdraw() {
        return status != ApplicationStatus.WITHDRAWN && !ENDED.contains(status);
    }

    /** What a member of the applying organisation may do now, on {@code today} (a Europe/Brussels date). */
    public List<ApplicantAction> actionsOpen(LocalDate today) {
        List<ApplicantAction> open = new ArrayList<>();
        if (mayReport(today)) {
            open.add(ApplicantAction.REPORT);
        }
        if (mayWithdraw()) {
            open.add(ApplicantAction.WITHDRAW);
        }
        return List.copyOf(open);
    }

    /** What comes next on {@code today} (a Europe/Brussels date), as the applicant sees it. */
    public NextStep nextStep(LocalDate today) {
        if (status == null) {
            return NextStep.CHECKS;
        }
        return switch (status) {
            case SUBMITTED -> NextStep.CHECKS;
            case UNDER_REVIEW -> NextStep.DECISION;
            case WAITLISTED -> NextStep.WAITING_LIST;
            case AWARDED, REPORT_REJECTED -> mayReport(today) ? NextStep.REPORT : NextStep.VISIT;
            case OVERDUE -> mayReport(today) ? NextStep.REPORT_OVERDUE : NextStep.VISIT;
            case REPORTED -> NextStep.VERIFICATION;
            case REFUSED, REJECTED, CLOSED, REPORT_FAILED, WITHDRAWN -> NextStep.NONE;
        };
    }

    /** The SME reports with proof; a ClusterXchange visitor from the visit's last day ({@code today}, Europe/Brussels). */
    public void report(String text, String proof, LocalDate today, Instant now) {
        if (!expectsReport()) {
            throw DomainException.conflict("report_not_expected", "application " + id + " is " + status);
        }
        if (isClusterXchange() && !visitEnded(today)) {
            throw DomainException.conflict("visit_not_ended", "the visit ends on " + stayTo
                    + " (Europe/Brussels); the visitor reports from that day on");
        }
        Violations v = new Violations();
        if (v.required(text, "report")) {
            v.maxLength(text, "report", TextLimits.REPORT);
        }
        if (v.required(proof, "proof")) {
            v.maxLength(proof, "proof", TextLimits.PROOF);
        }
        v.throwIfAny("invalid_report", "the report cannot be submitted");
        report = text;
        reportProof = proof;
        reportedAt = now;
        status = ApplicationStatus.REPORTED;
        updatedAt = now;
    }

    /** The consortium accepts the report (a ClusterXchange visit once the host confirmed it); the balance follows. */
    public void acceptReport(String reason) {
        expectVerification(reason);
        if (isClusterXchange() && hostConfirmedAt == null) {
            throw DomainException.conflict("host_confirmation_required", "the host cluster has not confirmed the visit");
        }
    }

    /**
     * The consortium rejects the report: the SME may resubmit it (true) until it is rejected
     * {@link #REPORT_REJECTIONS_TO_FAIL} times; then it fails and the unpaid award is released.
     */
    public boolean rejectReport(String reason, Instant now) {
        expectVerification(reason);
        reportRejections++;
        boolean again = reportRejections < REPORT_REJECTIONS_TO_FAIL;
        status = again ? ApplicationStatus.REPORT_REJECTED : ApplicationStatus.REPORT_FAILED;
        updatedAt = now;
        return again;
    }

    private void expectVerification(String reason) {
        expect(ApplicationStatus.REPORTED, "report_not_pending");
        Violations.checkedReason(reason, "invalid_verification");
    }

    /** ClusterXchange: the host confirms the visit from its first day; false when it was confirmed before. */
    public boolean confirmHost(String by, LocalDate today, Instant now) {
        if (!ApplicationStatus.AWARDED_STATES.contains(status)) {
            throw DomainException.conflict("application_not_awarded", "application " + id + " is " + status);
        }
        if (!visitStarted(today)) {
            throw DomainException.conflict("visit_not_started", "the visit starts on " + stayFrom
                    + " (Europe/Brussels); the host confirms from that day on");
        }
        if (hostConfirmedAt != null) {
            return false;
        }
        hostConfirmedAt = now;
        hostConfirmedBy = by;
        return true;
    }

    /** The report's due date passed; false when it is not awaited (sent, or marked overdue before). */
    public boolean markOverdue(Instant now) {
        if (status != ApplicationStatus.AWARDED && status != ApplicationStatus.REPORT_REJECTED) {
            return false;
        }
        status = ApplicationStatus.OVERDUE;
        overdueAt = now;
        updatedAt = now;
        return true;
    }

    public void firstTrancheOrdered(Long paymentOrder) {
        firstOrderId = paymentOrder;
    }

    public void balanceOrdered(Long paymentOrder) {
        balanceOrderId = paymentOrder;
    }

    /**
     * The report was verified and the balance ordered: done. An exchange's balance is then due within
     * {@link #EXCHANGE_PAYMENT_PERIOD}. False when closed before.
     */
    public boolean close(Instant now) {
        if (status == ApplicationStatus.CLOSED) {
            return false;
        }
        expect(ApplicationStatus.REPORTED, "report_not_pending");
        status = ApplicationStatus.CLOSED;
        if (isClusterXchange() && balanceOrderId != null) {
            paymentDueAt = now.plus(EXCHANGE_PAYMENT_PERIOD);
        }
        updatedAt = now;
        return true;
    }

    public boolean isClosed() {
        return status == ApplicationStatus.CLOSED;
    }

    /** The SME withdraws (the unpaid part of any award is released); false when withdrawn before. */
    public boolean withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return false;
        }
        if (ENDED.contains(status)) {
            throw DomainException.conflict("application_ended", "application " + id + " is " + status);
        }
        status = ApplicationStatus.WITHDRAWN;
        updatedAt = now;
        return true;
    }

    private void expect(ApplicationStatus expected, String code) {
        if (status != expected) {
            throw DomainException.conflict(code, "application " + id + " is " + status);
        }
    }

    /** The report's due date, as the timeline and notifications say it. */
    public String reportDue() {
        return Brussels.format(reportDueAt);
    }

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
