package io.grantflow.cascade.application;

import io.grantflow.cascade.api.ApplicationView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationPolicy;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.ThirdPartyCap;
import io.grantflow.grants.domain.Grant;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * From the checks to the award: the automatic checks ({@link ApplicationPolicy}), the consortium's
 * decision on an evaluated call's application, and the commitment of the amount to award from the open
 * call's budget, or a refusal or the waiting list when the cap or the envelope does not allow it (an
 * exchange's award also asks its host cluster to confirm the visit). The
 * service tasks of fstp-lump-sum.bpmn call {@link #check} and {@link #award}; both are idempotent.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ApplicationAward {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Notifications notifications;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    ApplicationTimeline timeline;

    @Inject
    ApplicationQueries queries;

    @Inject
    OpenCallCutoffs cutoffs;

    @Inject
    InKindSupport inKind;

    public record AwardResult(boolean awarded, boolean waitlisted, Instant reminderAt, Instant dueAt) {
    }

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
        a.assess(outcome, cutoffs.selection(oc, a.cutoffIndex), clock.instant());
        if (!outcome.passed()) {
            refused(a);
            return false;
        }
        timeline.record(a, "CHECKS_PASSED", a.status == ApplicationStatus.UNDER_REVIEW
                ? "waits for the consortium's decision" : null, null);
        return true;
    }

    /**
     * One consortium member's decision on an application to an evaluated call without evaluation terms (with a
     * score from 0 to 100); an open call evaluated by a panel decides by its ranking ({@link PanelDecision}).
     */
    public ApplicationView decide(Long id, boolean approve, BigDecimal score, String reason, String user) {
        Application a = ApplicationAccess.lockedForConsortium(id, user, "decides on");
        if (OpenCall.<OpenCall>findById(a.openCallId).evaluatedByPanel()) {
            throw DomainException.conflict("evaluated_by_panel", "open call " + a.openCallId + " is evaluated by its "
                    + "panel: the consortium decides by the ranking (POST /api/open-calls/" + a.openCallId
                    + "/ranking/decision)");
        }
        return record(a, approve, score, reason, user);
    }

    /** The ranking's decision on one application: the award follows (same path, caps and ledger) or the rejection. */
    ApplicationView decideRanked(Long id, boolean approve, String reason, String user) {
        return record(ApplicationAccess.lockedForConsortium(id, user, "decides on"), approve, null, reason, user);
    }

    private ApplicationView record(Application a, boolean approve, BigDecimal score, String reason, String user) {
        Grant.forUpdate(a.grantId).orElseThrow();
        if (approve) {
            a.approve(score, reason, user, clock.instant());
        } else {
            a.reject(score, reason, user, clock.instant());
            notifications.toUser(a.applicant, NotificationKind.REJECTED, NotificationParams.of()
                    .text("openCall", OpenCall.<OpenCall>findById(a.openCallId).title).text("application", a.id)
                    .text("reason", reason), "application:" + a.id, List.of(a.organisationId));
        }
        timeline.record(a, approve ? "APPROVED" : "REJECTED", reason, user);
        em.flush();
        workflow.decided(a.id, approve);
        return queries.view(a);
    }

    /** Commits the award from the open call's budget, or refuses / wait-lists it when the cap or the envelope does not allow it. */
    public AwardResult award(Long id) {
        Application a = Application.findById(id);
        OpenCall oc = OpenCall.findById(a.openCallId);
        if (a.isAwarded()) {
            return awarded(oc, a);
        }
        Grant.forUpdate(a.grantId).orElseThrow();
        Organisation org = Organisation.findById(a.organisationId);
        if (oc.inKindByDays()) { // days of a roster provider: valued now, with the SME's cap and de minimis
            var inKindOutcome = inKind.value(a, oc, org, heldUnderGrant(a));
            if (!inKindOutcome.passed()) {
                a.refuse(inKindOutcome.refusals(), clock.instant());
                refused(a);
                return new AwardResult(false, false, null, null);
            }
        }
        Money amount = a.amountToAward;
        var aboveCap = ThirdPartyCap.of(oc).refusal(org.legalName, heldUnderGrant(a), amount);
        if (aboveCap.isPresent()) {
            a.refuse(List.of(aboveCap.get()), clock.instant());
            refused(a);
            return new AwardResult(false, false, null, null);
        }
        Long budgetAccount = cutoffs.budgetAccount(oc, a.cutoffIndex); // its cut-off's, or the open call's
        LedgerAccount budget = ledger.lockForPayment(budgetAccount);
        if (amount.greaterThan(budget.available())) {
            if (oc.waitlist) {
                if (a.waitlist(clock.instant())) {
                    timeline.record(a, "WAITLISTED", "EUR " + budget.available() + " left in the open call", null);
                    notifications.toUser(a.applicant, NotificationKind.WAITLISTED, NotificationParams.of()
                            .text("openCall", oc.title).text("application", a.id), "application:" + a.id,
                            List.of(a.organisationId));
                }
                return new AwardResult(false, true, null, null);
            }
            a.refuse(List.of(new Application.Refusal("envelope_exhausted", "the open call has EUR " + budget.available()
                    + " left, not the EUR " + amount + " this application needs")), clock.instant());
            refused(a);
            return new AwardResult(false, false, null, null);
        }
        LedgerAccount award = ledger.open(AccountKind.AWARD, "application:" + a.id, org.legalName + " – " + oc.title,
                budgetAccount, a.organisationId);
        ledger.transfer(TransferKind.COMMITMENT, budgetAccount, award.id, amount, "award:application-" + a.id,
                a.decidedBy == null ? oc.createdBy : a.decidedBy);
        a.award(award.id, org.smeCategory != null && org.smeCategory.isSme(), Duration.ofDays(oc.reportDays),
                clock.instant());
        timeline.record(a, "AWARDED", "EUR " + a.awarded + "; report due " + a.reportDue(), null);
        if (oc.inKindByDays()) {
            inKind.awarded(a);
        }
        notifications.toUser(a.applicant, NotificationKind.AWARDED, NotificationParams.of().money("amount", a.awarded)
                .text("openCall", oc.title).text("application", a.id).instant("reportDue", a.reportDueAt),
                "application:" + a.id, List.of(a.organisationId));
        if (a.isClusterXchange()) {
            notifications.toUsers(ApplicationAccess.hostConfirmers(a), NotificationKind.HOST_CONFIRMATION_NEEDED,
                    NotificationParams.of().text("openCall", oc.title).text("application", a.id)
                            .text("visitor", a.visitorName).date("from", a.stayFrom).date("to", a.stayTo),
                    "visit:" + a.id, List.of(a.hostOrganisationId, a.organisationId));
        }
        return awarded(oc, a);
    }

    private static AwardResult awarded(OpenCall oc, Application a) {
        Instant due = a.reportDueAt;
        return new AwardResult(true, false, due == null ? null : due.minus(Duration.ofDays(oc.reminderDays)), due);
    }

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

    private void refused(Application a) {
        timeline.record(a, "REFUSED", String.join(", ", a.refusals.stream().map(Application.Refusal::code).toList()), null);
        notifications.toUser(a.applicant, NotificationKind.REFUSED, NotificationParams.of()
                .text("openCall", OpenCall.<OpenCall>findById(a.openCallId).title).text("application", a.id)
                .text("reasons", String.join("; ", a.refusals.stream().map(Application.Refusal::message).toList())),
                "application:" + a.id, List.of(a.organisationId));
    }
}
