package io.grantflow.grants.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.grants.api.ReportDraft;
import io.grantflow.grants.api.ReportView;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantReport;
import io.grantflow.grants.domain.ReportPolicy;
import io.grantflow.grants.domain.ReportStatus;
import io.grantflow.grants.domain.ReportingPeriod;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consortium's side of a period's report: members of the grant's beneficiaries write the draft; members of the
 * coordinator submit it once the period is over, and answer an officer's request for information. A rejected
 * version stays as it was; writing again starts a new version from it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantReporting {

    /** The code (409) when a report is submitted before its period is over. */
    public static final String PERIOD_NOT_ENDED = "period_not_ended";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    GrantNotices notices;

    /** Writes the period's draft (a new version after a rejection); refuses a report that is with the officer. */
    public ReportView saveDraft(Long grantId, int period, ReportDraft draft, String user) {
        Grant g = access.lockedForMember(grantId, user);
        ReportingPeriod p = periodOf(g, period);
        g.requireRunning();
        Violations v = ReportPolicy.check(draft.technical(), draft.kpis(), draft.costs(),
                new HashSet<>(Arrays.asList(g.beneficiaries)));
        v.check(g.isLumpSum() && draft.costs() != null && !draft.costs().isEmpty(), "costs", "costs_not_reported",
                "a lump-sum grant reports no costs: its work packages are paid when accepted");
        v.throwIfAny(ReportPolicy.CODE, "the report cannot be saved");
        Instant now = clock.instant();
        Optional<GrantReport> latest = GrantReport.latest(g.id, period);
        GrantReport r;
        if (latest.isEmpty() || latest.get().is(ReportStatus.REJECTED)) {
            r = GrantReport.draft(g.id, p, latest.map(x -> x.version + 1).orElse(1), latest, user, now);
            r.persist();
        } else {
            r = latest.get();
        }
        r.write(draft.technical(), draft.kpis() == null ? Map.of() : draft.kpis(),
                draft.costs() == null ? List.of() : draft.costs(), now);
        em.flush();
        return ReportView.of(r);
    }

    /**
     * A member of the coordinator submits the draft once the period is over ({@value #PERIOD_NOT_ENDED}): the support
     * paid to third parties in the period is read from the ledger, the contribution computed at the call's funding
     * rates, and the payment deadline starts. Submitting what is submitted already returns it.
     */
    public ReportView submit(Long grantId, int period, String user) {
        Grant g = coordinatorOf(grantId, user);
        ReportingPeriod p = periodOf(g, period);
        GrantReport r = GrantReport.latest(g.id, period)
                .orElseThrow(() -> DomainException.conflict(GrantReport.WRONG_STATUS, "write the report of period "
                        + period + " first: PUT /api/grants/" + grantId + "/reports/" + period));
        if (r.is(ReportStatus.SUBMITTED) && user.equals(r.submittedBy)) {
            return ReportView.of(r);
        }
        g.requireRunning();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Brussels.ZONE);
        if (!p.endedBy(today)) {
            throw DomainException.conflict(PERIOD_NOT_ENDED, "period " + period + " runs until " + p.to()
                    + "; its report is submitted after that");
        }
        ReportPolicy.submittable(r).throwIfAny(ReportPolicy.CODE, "the report cannot be submitted");
        Money fstpToDate = g.envelopeAccountId == null ? Money.ZERO
                : LedgerAccount.<LedgerAccount>findById(g.envelopeAccountId).paid;
        Money counted = GrantReport.ofGrant(g.id).stream()
                .filter(x -> x.period < period && x.is(ReportStatus.ACCEPTED) && x.fstpCosts != null)
                .map(x -> x.fstpCosts).reduce(Money.ZERO, Money::plus);
        Money fstp = fstpToDate.minus(counted).isNegative() ? Money.ZERO : fstpToDate.minus(counted);
        Call call = Call.findById(g.callId);
        Money contribution = g.isLumpSum() ? Money.ZERO
                : ReportPolicy.contribution(fstp, r.otherCosts, call.fstpFundingRate, call.otherFundingRate);
        r.submit(user, fstpToDate, fstp, contribution, today, call.paymentDays, now);
        em.flush();
        notices.submitted(g, r);
        return ReportView.of(r);
    }

    /** A member of the coordinator answers the officer's request: the payment deadline runs again. */
    public ReportView answer(Long grantId, int period, String answer, String user) {
        Grant g = coordinatorOf(grantId, user);
        periodOf(g, period);
        Violations v = new Violations();
        if (v.required(answer == null || answer.isBlank() ? null : answer, "answer")) {
            v.maxLength(answer, "answer", TextLimits.REASON * 4);
        }
        v.throwIfAny(ReportPolicy.CODE, "the answer cannot be recorded");
        GrantReport r = GrantReport.latest(g.id, period).orElseThrow(() -> DomainException.notFound("report",
                grantId + "/" + period));
        Instant now = clock.instant();
        r.answer(answer, LocalDate.ofInstant(r.suspendedAt == null ? now : r.suspendedAt, Brussels.ZONE),
                LocalDate.ofInstant(now, Brussels.ZONE), now);
        em.flush();
        notices.answered(g, r);
        return ReportView.of(r);
    }

    private Grant coordinatorOf(Long grantId, String user) {
        Grant g = access.lockedForMember(grantId, user);
        if (!OrganisationMember.isMember(user, g.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member",
                    "members of the coordinating organisation submit the consortium's reports", List.of());
        }
        return g;
    }

    static ReportingPeriod periodOf(Grant g, int period) {
        return g.period(period).orElseThrow(() -> DomainException.notFound("reporting period", g.id + "/" + period));
    }
}
