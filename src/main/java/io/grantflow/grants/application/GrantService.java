package io.grantflow.grants.application;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.application.PaymentRequest;
import io.grantflow.payments.application.PaymentService;
import io.grantflow.payments.application.PaymentView;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.proposals.application.ProposalService;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.ranking.domain.Ranking;
import io.grantflow.ranking.domain.RankingEntry;
import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Award and grants: a grant per main-list proposal, its maximum contribution committed in the ledger
 * from the call's (or cut-off's) budget; signature by the coordinator creates the pre-financing order
 * and opens the FSTP envelope; a declined or terminated grant releases what it has not paid and the
 * first reserve-list proposal that fits is offered a grant. Award, decline and termination lock the
 * call's row first, so they never interleave for one call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantService {

    private static final Logger LOG = Logger.getLogger(GrantService.class);

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    PaymentService payments;

    @Inject
    ProposalService proposals;

    @Inject
    Idempotency idempotency;

    public record Decision(String reason) {
    }

    public record Signature(String iban) {
    }

    public Idempotency.Result award(String identifier, Integer cutoff, String key, String officer) {
        return idempotency.once(key, "award:" + identifier + ":" + officer, Map.of("call", identifier, "cutoff", String.valueOf(cutoff)),
                200, () -> {
                    Call call = Call.byIdentifierForUpdate(identifier).filter(c -> !c.isDraft())
                            .orElseThrow(() -> DomainException.notFound("call", identifier));
                    int index = RankingService.batch(call, cutoff);
                    Ranking ranking = Ranking.of(call.id, index).orElseThrow(() -> DomainException.conflict("not_ranked",
                            "rank the batch first: POST /api/calls/" + identifier + "/ranking"));
                    if (ranking.isInvitation()) {
                        throw DomainException.conflict("not_a_funding_ranking",
                                "stage 1 invites to stage 2; grants are awarded from the stage-2 ranking");
                    }
                    if (ranking.awardedAt == null) {
                        List<RankingEntry> main = RankingEntry.list("key.rankingId = ?1 and outcome = ?2 order by position",
                                ranking.id, RankingOutcome.MAIN_LIST);
                        for (RankingEntry e : main) {
                            offer(call, Proposal.findById(e.key.proposalId()), index, false, officer);
                        }
                        ranking.awardedAt = clock.instant();
                        ranking.awardedBy = officer;
                    }
                    List<GrantView> grants = Grant.<Grant>list("callId = ?1 and deadlineIndex = ?2 order by id", call.id, index)
                            .stream().map(this::view).toList();
                    Money committed = grants.stream().map(g -> LedgerAccount.<LedgerAccount>findById(g.account()).committed)
                            .reduce(Money.ZERO, Money::plus); // what the ledger still holds committed to these grants
                    return new AwardView(call.identifier, index, ranking.awardedAt, ranking.awardedBy, committed, grants);
                });
    }

    /** Offers a grant for a proposal: the commitment moves its maximum contribution out of the budget (once per proposal). */
    private Grant offer(Call call, Proposal p, int index, boolean fromReserve, String officer) {
        Instant now = clock.instant();
        Number seq = (Number) em.createNativeQuery("select nextval('grantflow.grant_number_seq')").getSingleResult();
        String number = String.format("101%06d", seq.longValue());
        LedgerAccount budget = budgetAccount(call, index);
        LedgerAccount account = ledger.open(AccountKind.GRANT, "grant:" + number, p.acronym + " (" + number + ")",
                budget.id, p.coordinatorId);
        ledger.transfer(TransferKind.COMMITMENT, budget.id, account.id, p.requestedContribution,
                "grant:proposal-" + p.id, officer);
        List<PaymentSchedule.WorkPackage> wps = p.workPackages.stream()
                .filter(w -> w.lumpSumShare != null)
                .map(w -> new PaymentSchedule.WorkPackage(w.title, w.lumpSumShare)).toList();
        List<PaymentSchedule.Instalment> schedule = PaymentSchedule.of(p.requestedContribution, call.preFinancingPercent,
                Arrays.asList(call.interimPaymentPercents), call.actionType == ActionType.LUMP_SUM_GRANT, wps);
        Grant grant = new Grant(number, p.id, call.id, index, p.coordinatorId, p.organisationIds(), p.acronym,
                p.requestedContribution, p.plannedSmeSupport, call.minSmeShare, schedule, fromReserve, account.id,
                officer, now);
        grant.persist();
        proposals.advance(p, ProposalStatus.MAIN_LIST, "GRANT_OFFERED", "grant " + number
                + (fromReserve ? " (from the reserve list)" : ""), officer);
        em.flush();
        return grant;
    }

    private static LedgerAccount budgetAccount(Call call, int index) {
        return call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS
                ? LedgerAccount.find(AccountKind.CUTOFF, BudgetAllocations.cutoffReference(call.identifier, index)).orElseThrow()
                : LedgerAccount.find(AccountKind.CALL, call.identifier).orElseThrow();
    }

    /** The coordinator signs: the pre-financing order goes to approval, the FSTP envelope opens. */
    public Idempotency.Result sign(Long id, Signature signature, String key, String user) {
        return idempotency.once(key, "grant-sign:" + id + ":" + user, signature, 200, () -> {
            Grant g = lockedForCoordinator(id, user);
            if (g.status == GrantStatus.SIGNED) {
                return view(g);
            }
            requireOffered(g);
            Instant now = clock.instant();
            Long envelope = null;
            if (g.fstpEnvelope.isPositive()) {
                LedgerAccount e = ledger.open(AccountKind.FSTP_ENVELOPE, "grant:" + g.number + ":fstp",
                        g.acronym + " FSTP envelope (" + g.number + ")", null, g.coordinatorId);
                ledger.transfer(TransferKind.FUNDING, g.accountId, e.id, g.fstpEnvelope, "fstp-envelope:" + g.number, user);
                envelope = e.id;
            }
            if (signature.iban() != null) {
                payments.registerPayeeAccount(g.accountId, signature.iban(), user); // every payment of the grant goes there
            }
            Long order = null;
            PaymentSchedule.Instalment pre = g.paymentSchedule.get(0);
            if (pre.amount().isPositive()) {
                Organisation coordinator = Organisation.findById(g.coordinatorId);
                // initiated on the programme's side by the officer who awarded; a second officer approves
                PaymentView created = payments.open(new PaymentRequest(g.accountId, coordinator.legalName,
                        signature.iban(), pre.amount(), "Pre-financing of grant " + g.number,
                        "grant:" + g.number + ":pre-financing"), g.offeredBy);
                order = created.id();
            }
            g.sign(user, envelope, order, now);
            proposals.advance(Proposal.findById(g.proposalId), ProposalStatus.MAIN_LIST, "GRANT_SIGNED", g.number, user);
            em.flush();
            return view(g);
        });
    }

    /** The coordinator declines the offer: the commitment returns to the budget and the reserve list moves up. */
    public Idempotency.Result decline(Long id, Decision decision, String key, String user) {
        return idempotency.once(key, "grant-decline:" + id + ":" + user, decision, 200, () -> {
            Call call = lockedCallOf(id);
            Grant g = lockedForCoordinator(id, user);
            if (g.status == GrantStatus.DECLINED) {
                return view(g);
            }
            requireOffered(g);
            end(g, GrantStatus.DECLINED, user, reason(decision));
            offerReserve(call, g.deadlineIndex, g.number);
            return view(g);
        });
    }

    /** An officer terminates a signed grant: what it has not paid returns to the budget; the reserve list moves up. */
    public Idempotency.Result terminate(Long id, Decision decision, String key, String officer) {
        return idempotency.once(key, "grant-terminate:" + id + ":" + officer, decision, 200, () -> {
            Call call = lockedCallOf(id);
            Grant g = Grant.forUpdate(id).orElseThrow();
            if (g.status == GrantStatus.TERMINATED) {
                return view(g);
            }
            if (g.status != GrantStatus.SIGNED) {
                throw DomainException.conflict("grant_not_signed", "grant " + g.number + " is " + g.status
                        + "; only a signed grant is terminated (an offer is declined by its coordinator)");
            }
            long pending = PaymentOrder.count("accountId = ?1 and status in ?2", g.accountId,
                    List.of(io.grantflow.payments.domain.PaymentStatus.PENDING_APPROVAL,
                            io.grantflow.payments.domain.PaymentStatus.APPROVED));
            if (pending > 0) {
                throw DomainException.conflict("payments_pending", pending + " payment order(s) of grant " + g.number
                        + " await approval or execution; decide them first");
            }
            end(g, GrantStatus.TERMINATED, officer, reason(decision));
            offerReserve(call, g.deadlineIndex, g.number);
            return view(g);
        });
    }

    /** The grant's call, locked first (before the grant is read), as award and ranking lock it. */
    private Call lockedCallOf(Long grantId) {
        List<String> identifiers = em.createQuery("select c.identifier from Grant g, Call c where g.id = :id "
                + "and c.id = g.callId", String.class).setParameter("id", grantId).getResultList();
        if (identifiers.isEmpty()) {
            throw DomainException.notFound("grant", String.valueOf(grantId));
        }
        return Call.byIdentifierForUpdate(identifiers.get(0)).orElseThrow();
    }

    private void end(Grant g, GrantStatus status, String user, String reason) {
        LedgerAccount account = ledger.lockForPayment(g.accountId);
        Money unpaid = account.stillToPay();
        if (unpaid.isPositive()) {
            ledger.transfer(TransferKind.DECOMMITMENT, g.accountId, account.parentId, unpaid, "grant-release:" + g.number,
                    user);
        }
        g.end(status, user, reason, clock.instant());
        proposals.advance(Proposal.findById(g.proposalId), Proposal.<Proposal>findById(g.proposalId).status,
                "GRANT_" + status, g.number + (reason == null ? "" : ": " + reason), user);
        em.flush();
    }

    /** Offers a grant to the first reserve-list proposal whose requested amount fits what the budget has left. */
    private void offerReserve(Call call, int index, String released) {
        Ranking ranking = Ranking.of(call.id, index).orElse(null);
        if (ranking == null || ranking.awardedAt == null) {
            return;
        }
        LedgerAccount budget = budgetAccount(call, index);
        em.refresh(budget);
        Money available = budget.available();
        List<RankingEntry> reserve = RankingEntry.list("key.rankingId = ?1 and outcome = ?2 order by position",
                ranking.id, RankingOutcome.RESERVE_LIST);
        for (RankingEntry e : reserve) {
            if (Grant.count("proposalId", e.key.proposalId()) > 0 || e.requested.greaterThan(available)) {
                continue;
            }
            Grant g = offer(call, Proposal.findById(e.key.proposalId()), index, true, ranking.awardedBy);
            e.outcome = RankingOutcome.MAIN_LIST;
            List<String> reasons = new ArrayList<>(e.reasons);
            reasons.add("moved up from the reserve list: grant " + released + " was released; offered grant " + g.number);
            e.reasons = reasons;
            LOG.infof("Grant %s released; reserve proposal %d offered grant %s", released, e.key.proposalId(), g.number);
            return;
        }
    }

    private static String reason(Decision d) {
        String reason = d == null ? null : d.reason();
        if (reason != null && reason.length() > 500) {
            throw DomainException.ruleBroken("invalid_decision", "the reason is too long",
                    List.of(new Violation("reason", "too_long", "at most 500 characters")));
        }
        return reason;
    }

    private static void requireOffered(Grant g) {
        if (g.status != GrantStatus.OFFERED) {
            throw DomainException.conflict("grant_not_offered", "grant " + g.number + " is " + g.status);
        }
    }

    /** The grant, locked, if the user is a member of its coordinator; other beneficiaries get 403, anyone else 404. */
    private static Grant lockedForCoordinator(Long id, String user) {
        Grant g = Grant.forUpdate(id).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(id)));
        if (!OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries))) {
            throw DomainException.notFound("grant", String.valueOf(id));
        }
        if (!OrganisationMember.isMember(user, g.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member", "only members of the coordinating organisation sign or decline the grant", List.of());
        }
        return g;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrantView get(Long id, String user, boolean officer) {
        return view(readable(id, user, officer));
    }

    /** The grant if the caller may read it: officers, and members of its beneficiaries; anyone else gets 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Grant readable(Long id, String user, boolean officer) {
        Grant g = Grant.<Grant>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("grant", String.valueOf(id)));
        if (!officer && !OrganisationMember.isMemberOfAny(user, Arrays.asList(g.beneficiaries))) {
            throw DomainException.notFound("grant", String.valueOf(id));
        }
        return g;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GrantView> list(String callIdentifier, GrantStatus status, String user, boolean officer, PageRequest page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (callIdentifier != null) {
            Long callId = Call.byIdentifier(callIdentifier).map(c -> c.id).orElse(-1L);
            q.append(" and callId = :call");
            params.and("call", callId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (!officer) { // the grants whose beneficiaries include one of the user's organisations
            List<Long> mine = OrganisationMember.organisationsOf(user);
            @SuppressWarnings("unchecked")
            List<Number> ids = mine.isEmpty() ? List.of() : em.createNativeQuery("select id from grantflow.grant_agreement g "
                    + "where exists (select 1 from unnest(g.beneficiaries) b where b in (:mine))").setParameter("mine", mine)
                    .getResultList();
            q.append(" and id in :mine");
            params.and("mine", ids.isEmpty() ? List.of(-1L) : ids.stream().map(Number::longValue).toList());
        }
        var query = Grant.<Grant>find(q + " order by id", params);
        long total = query.count();
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(this::view).toList(),
                page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GrantBudgetView budget(Long id, String user, boolean officer) {
        return budget(readable(id, user, officer));
    }

    /** Officers: signed grants, optionally only those below their SME-share trajectory. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GrantBudgetView> budgets(boolean belowTrajectory, PageRequest page) {
        List<GrantBudgetView> all = Grant.<Grant>list("status = ?1 order by id", GrantStatus.SIGNED).stream()
                .map(this::budget).filter(b -> !belowTrajectory || b.belowTrajectory()).toList();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), page, all.size());
    }

    private GrantBudgetView budget(Grant g) {
        LedgerAccount a = LedgerAccount.findById(g.accountId);
        LedgerAccount e = g.envelopeAccountId == null ? null : LedgerAccount.findById(g.envelopeAccountId);
        java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
        java.math.BigDecimal max = g.maxContribution.amount();
        Money smePaid = e == null ? Money.ZERO : e.paid;
        Money smeCommitted = Money.ZERO;
        if (e != null) {
            Object sum = em.createNativeQuery("select coalesce(sum(committed), 0) from grantflow.ledger_account "
                    + "where parent_id = ?1 and kind = 'OPEN_CALL'").setParameter(1, e.id).getSingleResult();
            smeCommitted = Money.of(new java.math.BigDecimal(sum.toString()));
        }
        Money required = Money.rounded(max.multiply(g.minSmeShare).divide(hundred, 10, java.math.RoundingMode.UP),
                java.math.RoundingMode.UP);
        Money stillNeeded = required.greaterThan(smeCommitted) ? required.minus(smeCommitted) : Money.ZERO;
        // the trajectory: the required support in proportion to what the programme has paid of the grant
        boolean below = g.status == GrantStatus.SIGNED && smeCommitted.amount().multiply(max)
                .compareTo(required.amount().multiply(a.paid.amount())) < 0;
        return new GrantBudgetView(g.id, g.number, g.status, Money.CURRENCY,
                new GrantBudgetView.Level(a.id, a.allocated, a.committed, a.paid, a.available(), a.stillToPay()),
                new GrantBudgetView.Envelope(e == null ? null : e.id, g.fstpEnvelope, e == null ? Money.ZERO : e.allocated,
                        e == null ? Money.ZERO : e.committed, smePaid, e == null ? Money.ZERO : e.available()),
                g.minSmeShare.setScale(2), percent(g.fstpEnvelope, max), percent(smePaid, max),
                percent(smeCommitted, max), smeCommitted, smePaid, required, stillNeeded, below);
    }

    private static java.math.BigDecimal percent(Money part, java.math.BigDecimal whole) {
        return part.amount().multiply(java.math.BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.DOWN);
    }

    GrantView view(Grant g) {
        Map<Long, Organisation> orgs = new HashMap<>();
        Organisation.<Organisation>list("id in ?1", Arrays.asList(g.beneficiaries)).forEach(o -> orgs.put(o.id, o));
        List<GrantView.Beneficiary> beneficiaries = Arrays.stream(g.beneficiaries).map(orgs::get)
                .map(o -> new GrantView.Beneficiary(o.id, o.legalName, o.country)).toList();
        Organisation c = orgs.get(g.coordinatorId);
        GrantView.PreFinancing pre = null;
        if (g.preFinancingOrderId != null) {
            PaymentOrder o = PaymentOrder.findById(g.preFinancingOrderId);
            pre = new GrantView.PreFinancing(o.id, o.amount, o.status);
        }
        Call call = Call.findById(g.callId);
        return new GrantView(g.id, g.number, call.identifier, g.deadlineIndex, g.proposalId, g.acronym,
                new GrantView.Beneficiary(c.id, c.legalName, c.country), beneficiaries, g.status, Money.CURRENCY,
                g.maxContribution, g.fstpEnvelope, g.minSmeShare.setScale(2), g.paymentSchedule, g.fromReserve,
                g.accountId, g.envelopeAccountId, pre, g.offeredAt, g.offeredBy, g.signedAt, g.signedBy, g.endedAt,
                g.endedBy, g.endReason);
    }
}
