package io.grantflow.cascade.application;

import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationEvent;
import io.grantflow.cascade.domain.ApplicationPolicy;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.Instrument;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.OwnApplication;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.grants.domain.Grant;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.application.PaymentRequest;
import io.grantflow.payments.application.Payments;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import io.grantflow.shared.bank.Iban;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * SME applications to open calls. A submission locks the grant's row, so decisions under one grant
 * (caps, the first-come-first-served order) happen one at a time in commit order, and starts
 * fstp-lump-sum.bpmn in the same transaction: its checks and, for first-come-first-served calls, the
 * award run before the response. The service tasks call back into this class; each is idempotent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApplicationService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    Notifications notifications;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    io.grantflow.shared.idempotency.Idempotency idempotency;

    /** Submits once per Idempotency-Key (a first-come-first-served award moves money at once). */
    public io.grantflow.shared.idempotency.Idempotency.Result submit(Long openCallId, ApplicationRequest r, String key,
                                                                     String user) {
        return idempotency.once(key, "application:" + user, java.util.Map.of("openCall", openCallId, "request", r), 201,
                reference -> Application.<Application>find("requestReference", reference).firstResultOptional()
                        .map(this::view) // the same request, resent after its key expired: the same application
                        .orElseGet(() -> submitNew(openCallId, r, user, reference)));
    }

    private ApplicationView submitNew(Long openCallId, ApplicationRequest r, String user, String requestReference) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        Violations v = new Violations();
        Organisation org = null;
        if (v.required(r.organisation(), "organisation")) {
            org = Organisation.findById(r.organisation());
            v.check(org == null, "organisation", "unknown_organisation", "there is no organisation " + r.organisation());
        }
        if (v.required(r.purpose(), "purpose")) {
            v.check(r.purpose().length() > 2000, "purpose", "too_long", "at most 2000 characters");
        }
        String iban = Iban.normalise(r.iban());
        Iban.parse(iban, "iban", v);
        v.required(r.notInDifficulty(), "notInDifficulty");
        v.required(r.noDoubleFunding(), "noDoubleFunding");
        v.check(r.deMinimisReceived() != null && r.deMinimisReceived().isNegative(), "deMinimisReceived",
                "must_not_be_negative", "EUR 0.00 or more");
        boolean fixedAmount = oc.instrument.fixed() || oc.instrument == Instrument.CLUSTERXCHANGE;
        if (!fixedAmount && v.required(r.requested(), "requested")) {
            v.check(!r.requested().isPositive(), "requested", "must_be_positive", "more than EUR 0.00");
        }
        ApplicationRequest.Exchange x = r.exchange();
        if (oc.instrument == Instrument.CLUSTERXCHANGE) {
            if (v.required(x, "exchange")) {
                if (v.required(x.visitorName(), "exchange.visitorName")) {
                    v.check(x.visitorName().length() > 200, "exchange.visitorName", "too_long", "at most 200 characters");
                }
                if (v.required(x.visitorId(), "exchange.visitorId")) {
                    v.check(x.visitorId().length() > 100, "exchange.visitorId", "too_long", "at most 100 characters");
                }
                if (v.required(x.host(), "exchange.host")) {
                    v.check(Organisation.findById(x.host()) == null, "exchange.host", "unknown_organisation",
                            "there is no organisation " + x.host());
                }
                v.required(x.from(), "exchange.from");
                if (v.required(x.to(), "exchange.to") && x.from() != null) {
                    v.check(x.to().isBefore(x.from()), "exchange.to", "ends_before_start", "to is on or after from");
                }
                if (v.required(x.distanceKm(), "exchange.distanceKm")) {
                    v.check(x.distanceKm() < 0, "exchange.distanceKm", "must_not_be_negative", "0 km or more");
                }
            }
        } else {
            v.check(x != null, "exchange", "not_an_exchange", "only ClusterXchange calls take an exchange");
        }
        v.throwIfAny("invalid_application", "the application cannot be submitted");
        if (!OrganisationMember.isMember(user, org.id)) {
            throw DomainException.forbidden("not_a_member", "you apply for an organisation you are a member of",
                    List.of(new Violation("organisation", "not_a_member", "not a member of " + org.legalName)));
        }
        Instant now = clock.instant();
        if (!oc.isOpenAt(now)) {
            throw DomainException.conflict("open_call_closed", "the open call is open from " + Brussels.format(oc.opensAt) + " to "
                    + Brussels.format(oc.closesAt));
        }
        Grant grant = Grant.forUpdate(oc.grantId).orElseThrow(); // one decision at a time per grant: caps, commit order
        if (grant.status != io.grantflow.grants.domain.GrantStatus.SIGNED) {
            throw DomainException.conflict("grant_not_active", "grant " + grant.number + " is " + grant.status
                    + "; its open calls take no applications");
        }
        Application a = new Application();
        a.openCallId = oc.id;
        a.grantId = oc.grantId;
        a.organisationId = org.id;
        a.applicant = user;
        a.requestReference = requestReference;
        a.requested = r.requested();
        a.purpose = r.purpose();
        a.sector = r.sector() == null ? null : r.sector().name();
        a.iban = iban;
        a.notInDifficulty = r.notInDifficulty();
        a.noDoubleFunding = r.noDoubleFunding();
        a.deMinimisReceived = r.deMinimisReceived() == null ? Money.ZERO : r.deMinimisReceived();
        if (x != null) {
            a.visitorName = x.visitorName();
            a.visitorId = x.visitorId().trim();
            a.hostOrganisationId = x.host();
            a.stayFrom = x.from();
            a.stayTo = x.to();
            a.distanceKm = x.distanceKm();
        }
        a.status = ApplicationStatus.SUBMITTED;
        a.submittedAt = now;
        a.updatedAt = now;
        a.persist();
        event(a, "SUBMITTED", null, user);
        em.flush();
        workflow.submitted(a.id, oc.selection == Selection.FIRST_COME_FIRST_SERVED);
        em.flush();
        return view(a);
    }

    // ---- the service tasks of fstp-lump-sum.bpmn ----------------------------------------------

    /** The automatic checks; true when the application passed (then an evaluated call's consortium decides). */
    public boolean check(Long id) {
        Application a = Application.findById(id);
        if (a.status != ApplicationStatus.SUBMITTED) {
            return a.status != ApplicationStatus.REFUSED;
        }
        OpenCall oc = OpenCall.findById(a.openCallId);
        Organisation org = Organisation.findById(a.organisationId);
        long others = Application.count("openCallId = ?1 and organisationId = ?2 and status in ?3 and id <> ?4",
                oc.id, org.id, ApplicationStatus.COUNTING, a.id);
        boolean visitorTookPart = a.visitorId != null && Application.count("lower(visitorId) = ?1 and id <> ?2 "
                        + "and status not in ?3", a.visitorId.toLowerCase(Locale.ROOT), a.id,
                List.of(ApplicationStatus.REFUSED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)) > 0;
        Organisation host = a.hostOrganisationId == null ? null : Organisation.findById(a.hostOrganisationId);
        ApplicationPolicy.Outcome outcome = ApplicationPolicy.check(oc, a, new ApplicationPolicy.Facts(org,
                heldUnderGrant(a), others, host, visitorTookPart));
        if (outcome.amount() != null && oc.instrument != Instrument.LUMP_SUM_UP_TO && oc.instrument != Instrument.VOUCHER
                && oc.instrument != Instrument.TRAVEL_VOUCHER) {
            a.requested = outcome.amount();
        }
        if (!outcome.passed()) {
            refuse(a, outcome.refusals());
            return false;
        }
        if (oc.selection == Selection.EVALUATED) {
            a.status = ApplicationStatus.UNDER_REVIEW;
            event(a, "CHECKS_PASSED", "waits for the consortium's decision", null);
        } else {
            event(a, "CHECKS_PASSED", null, null);
        }
        return true;
    }

    public record AwardResult(boolean awarded, boolean waitlisted, Instant reminderAt, Instant dueAt) {
    }

    /** Commits the award from the open call's budget, or refuses / wait-lists it when the envelope is exhausted. */
    public AwardResult award(Long id) {
        Application a = Application.findById(id);
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.awardAccountId != null) {
            return new AwardResult(true, false, reminder(oc, a.reportDueAt), a.reportDueAt);
        }
        Grant.forUpdate(a.grantId).orElseThrow();
        Money held = heldUnderGrant(a);
        if (held.plus(a.requested).greaterThan(oc.maxPerThirdParty)) {
            refuse(a, List.of(new Application.Refusal("above_third_party_cap", "support under this grant would be EUR "
                    + held.plus(a.requested) + ", above the cap of EUR " + oc.maxPerThirdParty)));
            return new AwardResult(false, false, null, null);
        }
        LedgerAccount budget = ledger.lockForPayment(oc.accountId);
        if (a.requested.greaterThan(budget.available())) {
            if (oc.waitlist) {
                if (a.status != ApplicationStatus.WAITLISTED) {
                    a.status = ApplicationStatus.WAITLISTED;
                    event(a, "WAITLISTED", "EUR " + budget.available() + " left in the open call", null);
                    notifications.toUser(a.applicant, "WAITLISTED", "Your application is on the waiting list",
                            "The open call's budget is committed; you will be awarded if funds are released.",
                            "application:" + a.id);
                }
                return new AwardResult(false, true, null, null);
            }
            refuse(a, List.of(new Application.Refusal("envelope_exhausted", "the open call has EUR " + budget.available()
                    + " left, not the EUR " + a.requested + " this application needs")));
            return new AwardResult(false, false, null, null);
        }
        Organisation org = Organisation.findById(a.organisationId);
        LedgerAccount award = ledger.open(AccountKind.AWARD, "application:" + a.id, org.legalName + " – " + oc.title,
                oc.accountId, a.organisationId);
        ledger.transfer(TransferKind.COMMITMENT, oc.accountId, award.id, a.requested, "award:application-" + a.id,
                a.decidedBy == null ? oc.createdBy : a.decidedBy);
        Instant now = clock.instant();
        a.awarded = a.requested;
        a.awardAccountId = award.id;
        a.status = ApplicationStatus.AWARDED;
        a.reportDueAt = now.plus(Duration.ofDays(oc.reportDays));
        a.updatedAt = now;
        event(a, "AWARDED", "EUR " + a.awarded + "; report due " + Brussels.format(a.reportDueAt), null);
        notifications.toUser(a.applicant, "AWARDED", "Your application was awarded EUR " + a.awarded,
                oc.title + ": report with proof due by " + Brussels.format(a.reportDueAt), "application:" + a.id);
        return new AwardResult(true, false, reminder(oc, a.reportDueAt), a.reportDueAt);
    }

    private Instant reminder(OpenCall oc, Instant due) {
        return due == null ? null : due.minus(Duration.ofDays(oc.reminderDays));
    }

    public void orderFirstTranche(Long id) {
        Application a = Application.findById(id);
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.firstOrderId != null || a.awarded == null) {
            return;
        }
        Money amount = firstTranche(oc, a.awarded);
        if (amount.isPositive()) {
            a.firstOrderId = order(a, oc, amount, "first", a.decidedBy == null ? oc.createdBy : a.decidedBy);
        }
    }

    private static Money firstTranche(OpenCall oc, Money awarded) {
        return Money.rounded(awarded.amount().multiply(oc.firstTranchePercent).divide(BigDecimal.valueOf(100), 10,
                RoundingMode.DOWN), RoundingMode.DOWN);
    }

    public void orderBalance(Long id) {
        Application a = Application.findById(id);
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.balanceOrderId == null && a.status != ApplicationStatus.CLOSED) {
            PaymentOrder firstOrder = a.firstOrderId == null ? null : PaymentOrder.findById(a.firstOrderId);
            // a rejected, failed or cancelled first tranche was never paid: the balance pays it too
            Money first = firstOrder == null || firstOrder.status.unpaidForGood() ? Money.ZERO : firstOrder.amount;
            Money balance = a.awarded.minus(first);
            if (balance.isPositive()) {
                String verifier = ApplicationEvent.<ApplicationEvent>find("applicationId = ?1 and step = 'REPORT_VERIFIED' "
                        + "order by id desc", a.id).firstResultOptional().map(e -> e.actor).orElse(oc.createdBy);
                a.balanceOrderId = order(a, oc, balance, "balance", verifier);
            }
        }
        if (a.status != ApplicationStatus.CLOSED) {
            a.status = ApplicationStatus.CLOSED;
            a.updatedAt = clock.instant();
            event(a, "CLOSED", null, null);
        }
    }

    /** A payment order from the award, initiated on the consortium's side; a second member approves it. */
    private Long order(Application a, OpenCall oc, Money amount, String tranche, String initiator) {
        Organisation org = Organisation.findById(a.organisationId);
        Long orderId = payments.open(new PaymentRequest(a.awardAccountId, org.legalName, a.iban, amount,
                ("first".equals(tranche) ? "First tranche" : "Balance") + " of application " + a.id + " to " + oc.title,
                "application:" + a.id + ":" + tranche), initiator).id();
        event(a, "PAYMENT_ORDERED", tranche + " tranche EUR " + amount + " (order " + orderId + ")", initiator);
        notifications.toUser(a.applicant, "PAYMENT_ORDERED", "Payment of EUR " + amount + " ordered",
                "The " + tranche + " tranche of your award goes to approval and payment.", "payment-order:" + orderId);
        return orderId;
    }

    public void remindReport(Long id) {
        Application a = Application.findById(id);
        if (a.status == ApplicationStatus.AWARDED || a.status == ApplicationStatus.OVERDUE
                || a.status == ApplicationStatus.REPORT_REJECTED) {
            notifications.toUser(a.applicant, "REPORT_REMINDER", "Your report is due on " + Brussels.format(a.reportDueAt),
                    "Send the report with proof to receive the balance.", "application:" + a.id);
            event(a, "REPORT_REMINDER", null, null);
        }
    }

    public void markOverdue(Long id) {
        Application a = Application.findById(id);
        if (a.status == ApplicationStatus.AWARDED || a.status == ApplicationStatus.REPORT_REJECTED) {
            a.status = ApplicationStatus.OVERDUE;
            a.overdueAt = clock.instant();
            a.updatedAt = a.overdueAt;
            event(a, "OVERDUE", "report was due " + Brussels.format(a.reportDueAt), null);
            Grant g = Grant.findById(a.grantId);
            notifications.toMembers(List.of(g.coordinatorId), "REPORT_OVERDUE", "Report overdue: application " + a.id,
                    "The report was due " + Brussels.format(a.reportDueAt), "application:" + a.id);
            notifications.toUser(a.applicant, "REPORT_OVERDUE", "Your report is overdue",
                    "It was due " + Brussels.format(a.reportDueAt) + "; you can still send it.", "application:" + a.id);
        }
    }

    /**
     * Releases everything the award has not paid back to the open call (withdrawal, report rejected
     * twice): the tranche orders not paid yet are cancelled first, then the whole unpaid remainder
     * returns; then the waiting list may move up. Runs in the transaction that holds the
     * application's and the grant's row locks, and locks the orders before the ledger accounts
     * (application → grant → order → ledger, as an approval and an execution lock them), so an
     * execution that got there first has paid its tranche and one that comes later pays nothing.
     * Idempotent under engine retries: cancelled orders stay cancelled, the release moves money once
     * by its reference.
     */
    public void release(Long id) {
        Application a = Application.findById(id);
        if (a.awardAccountId == null) {
            return;
        }
        String actor = ApplicationEvent.<ApplicationEvent>find("applicationId = ?1 and actor is not null order by id desc",
                a.id).firstResultOptional().map(e -> e.actor).orElse(a.applicant);
        payments.cancelPending(a.awardAccountId, "application " + a.id + " is " + a.status
                + ": its award is released");
        LedgerAccount award = ledger.lockForPayment(a.awardAccountId);
        Money unpaid = award.stillToPay();
        if (unpaid.isPositive()) {
            ledger.transfer(TransferKind.DECOMMITMENT, a.awardAccountId, award.parentId, unpaid,
                    "award-release:application-" + a.id, actor);
            event(a, "RELEASED", "EUR " + unpaid + " back to the open call", null);
        }
        promoteWaitlist(OpenCall.findById(a.openCallId));
    }

    /** Waiting-list applications that now fit, in the order they came, try the award again. */
    private void promoteWaitlist(OpenCall oc) {
        if (!oc.waitlist) {
            return;
        }
        for (Application w : Application.<Application>list("openCallId = ?1 and status = ?2 order by id", oc.id,
                ApplicationStatus.WAITLISTED)) {
            LedgerAccount budget = ledger.lockForPayment(oc.accountId);
            if (!w.requested.greaterThan(budget.available())) {
                workflow.promoted(w.id);
            }
        }
    }

    // ---- the API's actions --------------------------------------------------------------------

    public ApplicationView decide(Long id, boolean approve, BigDecimal score, String reason, String user) {
        Application a = lockedForConsortium(id, user);
        refuseOwnApplication(a, user, "decides on");
        if (a.status != ApplicationStatus.UNDER_REVIEW) {
            throw DomainException.conflict("application_not_under_review", "application " + id + " is " + a.status);
        }
        Violations v = new Violations();
        v.check(score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0), "score",
                "out_of_range", "a score from 0 to 100");
        v.check(score != null && score.stripTrailingZeros().scale() > 1, "score", "too_many_decimals",
                "a score has at most 1 decimal");
        v.check(reason != null && reason.length() > 500, "reason", "too_long", "at most 500 characters");
        v.throwIfAny("invalid_decision", "the decision cannot be recorded");
        Grant.forUpdate(a.grantId).orElseThrow();
        a.score = score;
        a.decidedBy = user;
        a.decidedAt = clock.instant();
        if (!approve) {
            a.status = ApplicationStatus.REJECTED;
            notifications.toUser(a.applicant, "REJECTED", "Your application was not selected", reason,
                    "application:" + a.id);
        }
        event(a, approve ? "APPROVED" : "REJECTED", reason, user);
        em.flush();
        workflow.decided(a.id, approve);
        return view(a);
    }

    public ApplicationView report(Long id, String text, String proof, String user) {
        Application a = lockedForApplicant(id, user);
        if (a.status != ApplicationStatus.AWARDED && a.status != ApplicationStatus.OVERDUE
                && a.status != ApplicationStatus.REPORT_REJECTED) {
            throw DomainException.conflict("report_not_expected", "application " + id + " is " + a.status);
        }
        if (a.isClusterXchange() && !a.visitEnded(today())) {
            throw DomainException.conflict("visit_not_ended", "the visit ends on " + a.stayTo
                    + " (Europe/Brussels); the visitor reports from that day on");
        }
        Violations v = new Violations();
        if (v.required(text, "report")) {
            v.check(text.length() > 10000, "report", "too_long", "at most 10000 characters");
        }
        if (v.required(proof, "proof")) {
            v.check(proof.length() > 500, "proof", "too_long", "at most 500 characters");
        }
        v.throwIfAny("invalid_report", "the report cannot be submitted");
        a.report = text;
        a.reportProof = proof;
        a.reportedAt = clock.instant();
        a.status = ApplicationStatus.REPORTED;
        a.updatedAt = a.reportedAt;
        event(a, "REPORTED", proof, user);
        Grant g = Grant.findById(a.grantId);
        notifications.toMembers(List.of(g.coordinatorId), "REPORT_RECEIVED", "Report received: application " + a.id,
                "Verify it to order the balance.", "application:" + a.id);
        em.flush();
        workflow.reported(a.id);
        return view(a);
    }

    public ApplicationView verify(Long id, boolean accepted, String reason, String user) {
        Application a = lockedForConsortium(id, user);
        refuseOwnApplication(a, user, "verifies the report of");
        if (a.status != ApplicationStatus.REPORTED) {
            throw DomainException.conflict("report_not_pending", "application " + id + " is " + a.status);
        }
        if (reason != null && reason.length() > 500) {
            throw DomainException.ruleBroken("invalid_verification", "the reason is too long",
                    List.of(new Violation("reason", "too_long", "at most 500 characters")));
        }
        if (accepted && a.isClusterXchange() && a.hostConfirmedAt == null) {
            throw DomainException.conflict("host_confirmation_required", "the host cluster has not confirmed the visit");
        }
        Grant.forUpdate(a.grantId).orElseThrow(); // application → grant → ledger, the order every path takes
        if (accepted) {
            event(a, "REPORT_VERIFIED", reason, user);
            em.flush();
            workflow.verified(a.id, true, false);
        } else {
            a.reportRejections++;
            boolean again = a.reportRejections < 2;
            a.status = again ? ApplicationStatus.REPORT_REJECTED : ApplicationStatus.REPORT_FAILED;
            a.updatedAt = clock.instant();
            event(a, again ? "REPORT_REJECTED" : "REPORT_FAILED", reason, user);
            notifications.toUser(a.applicant, again ? "REPORT_REJECTED" : "REPORT_FAILED",
                    again ? "Your report was rejected: you may resubmit it once" : "Your report was rejected again",
                    reason, "application:" + a.id);
            em.flush();
            workflow.verified(a.id, false, again);
        }
        return view(a);
    }

    /**
     * A member of the host cluster who is not a member of the applying organisation confirms, on or
     * after the visit's first day, that the exchange took place.
     */
    public ApplicationView confirmHost(Long id, String user) {
        Application a = Application.forUpdate(id).orElseThrow(() -> DomainException.notFound("application", "" + id));
        if (!a.isClusterXchange() || !OrganisationMember.isMember(user, a.hostOrganisationId)) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        refuseOwnApplication(a, user, "confirms the visit of");
        if (!ApplicationStatus.AWARDED_STATES.contains(a.status)) {
            throw DomainException.conflict("application_not_awarded", "application " + id + " is " + a.status);
        }
        if (!a.visitStarted(today())) {
            throw DomainException.conflict("visit_not_started", "the visit starts on " + a.stayFrom
                    + " (Europe/Brussels); the host confirms from that day on");
        }
        if (a.hostConfirmedAt == null) {
            a.hostConfirmedAt = clock.instant();
            a.hostConfirmedBy = user;
            event(a, "HOST_CONFIRMED", null, user);
        }
        return view(a);
    }

    public ApplicationView withdraw(Long id, String user) {
        Application a = lockedForApplicant(id, user);
        if (a.status == ApplicationStatus.WITHDRAWN) {
            return view(a);
        }
        if (List.of(ApplicationStatus.REFUSED, ApplicationStatus.REJECTED, ApplicationStatus.CLOSED,
                ApplicationStatus.REPORT_FAILED).contains(a.status)) {
            throw DomainException.conflict("application_ended", "application " + id + " is " + a.status);
        }
        Grant.forUpdate(a.grantId).orElseThrow(); // application → grant → ledger, the order every path takes
        a.status = ApplicationStatus.WITHDRAWN;
        a.updatedAt = clock.instant();
        event(a, "WITHDRAWN", null, user);
        em.flush();
        workflow.withdrawn(a.id);
        return view(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationView get(Long id, String user, boolean officer) {
        Application a = Application.<Application>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("application", String.valueOf(id)));
        if (!officer && !OrganisationMember.isMember(user, a.organisationId) && !consortium(a, user)
                && !(a.hostOrganisationId != null && OrganisationMember.isMember(user, a.hostOrganisationId))) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        return view(a);
    }

    /** An open call's applications for its consortium (and officers): best score first, then in the order they came. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ApplicationView> ofOpenCall(Long openCallId, ApplicationStatus status, String user, boolean officer,
                                            PageRequest page) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        Grant g = Grant.findById(oc.grantId);
        if (!officer && !OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries))) {
            throw DomainException.forbidden("not_consortium_member", "only the grant's consortium and officers see its applications", List.of());
        }
        var query = status == null
                ? Application.<Application>find("openCallId = ?1 order by score desc nulls last, id", oc.id)
                : Application.<Application>find("openCallId = ?1 and status = ?2 order by score desc nulls last, id",
                oc.id, status);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(this::view)
                .toList(), page, total);
    }

    // ---- helpers --------------------------------------------------------------------------------

    /**
     * The support the organisation holds under the grant, from the ledger: what its awards still
     * have committed (for a released award, what it was paid before the release).
     */
    private Money heldUnderGrant(Application a) {
        Object sum = em.createNativeQuery("select coalesce(sum(l.committed), 0) from grantflow.application x "
                        + "join grantflow.ledger_account l on l.id = x.award_account_id where x.grant_id = ?1 "
                        + "and x.organisation_id = ?2 and x.id <> ?3")
                .setParameter(1, a.grantId).setParameter(2, a.organisationId).setParameter(3, a.id).getSingleResult();
        return Money.of(new BigDecimal(sum.toString()));
    }

    private void refuse(Application a, List<Application.Refusal> refusals) {
        a.status = ApplicationStatus.REFUSED;
        a.refusals = new java.util.ArrayList<>(refusals);
        a.updatedAt = clock.instant();
        event(a, "REFUSED", String.join(", ", refusals.stream().map(Application.Refusal::code).toList()), null);
        notifications.toUser(a.applicant, "REFUSED", "Your application was refused",
                String.join("; ", refusals.stream().map(Application.Refusal::message).toList()), "application:" + a.id);
    }

    private static boolean consortium(Application a, String user) {
        Grant g = Grant.findById(a.grantId);
        return OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries));
    }

    private static Application lockedForConsortium(Long id, String user) {
        Application a = Application.forUpdate(id).orElseThrow(() -> DomainException.notFound("application", "" + id));
        if (!consortium(a, user)) {
            if (OrganisationMember.isMember(user, a.organisationId)) {
                throw DomainException.forbidden("not_consortium_member", "the consortium running the open call decides and verifies", List.of());
            }
            throw DomainException.notFound("application", String.valueOf(id));
        }
        return a;
    }

    /** {@link OwnApplication}: a member of the applying organisation does not act on its application. */
    private static void refuseOwnApplication(Application a, String user, String act) {
        if (OwnApplication.concerns(a, OrganisationMember.organisationsOf(user))) {
            throw DomainException.forbidden(OwnApplication.CODE, "nobody who belongs to the applying organisation " + act + " its application " + a.id, List.of());
        }
    }

    /** The business date: Europe/Brussels, from the injected clock. */
    private LocalDate today() {
        return clock.instant().atZone(Brussels.ZONE).toLocalDate();
    }

    private static Application lockedForApplicant(Long id, String user) {
        Application a = Application.forUpdate(id).orElseThrow(() -> DomainException.notFound("application", "" + id));
        if (!OrganisationMember.isMember(user, a.organisationId)) {
            throw DomainException.notFound("application", String.valueOf(id));
        }
        return a;
    }

    private void event(Application a, String step, String detail, String actor) {
        new ApplicationEvent(a.id, step, detail, actor, clock.instant()).persist();
    }

    ApplicationView view(Application a) {
        Organisation org = Organisation.findById(a.organisationId);
        ApplicationView.Exchange x = a.visitorId == null ? null : new ApplicationView.Exchange(a.visitorName, a.visitorId,
                a.hostOrganisationId, a.stayFrom, a.stayTo, a.distanceKm, a.hostConfirmedAt, a.hostConfirmedBy);
        List<ApplicationView.Step> timeline = ApplicationEvent.<ApplicationEvent>list("applicationId = ?1 order by id",
                a.id).stream().map(e -> new ApplicationView.Step(e.step, e.detail, e.actor, e.occurredAt)).toList();
        return new ApplicationView(a.id, a.openCallId, a.grantId, a.organisationId, org.legalName, a.applicant, a.status,
                a.refusals, a.requested, a.awarded, a.purpose, a.sector, x, a.score, a.awardAccountId,
                tranche(a.firstOrderId), tranche(a.balanceOrderId), a.reportDueAt, a.reportedAt, a.reportRejections,
                a.overdueAt, workflow.currentStep(a.id).orElse(null), a.submittedAt, timeline);
    }

    private static ApplicationView.Tranche tranche(Long orderId) {
        if (orderId == null) {
            return null;
        }
        PaymentOrder o = PaymentOrder.findById(orderId);
        return new ApplicationView.Tranche(o.id, o.amount, o.status.name());
    }
}
