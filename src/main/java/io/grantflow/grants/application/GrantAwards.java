package io.grantflow.grants.application;

import io.grantflow.grants.api.GrantView;
import io.grantflow.grants.api.AwardView;
import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.PaymentSchedule;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.ranking.application.RankingAwards;
import io.grantflow.ranking.application.RankingService;
import io.grantflow.ranking.domain.Ranking;
import io.grantflow.ranking.domain.RankingEntry;
import io.grantflow.ranking.domain.RankingOutcome;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The award: a grant offered per main-list proposal of a ranked batch, its maximum contribution
 * committed in the ledger from the call's (or cut-off's) budget; and, when a grant is released, an
 * offer to the first reserve-list proposal that fits. Award, decline and termination lock the call's
 * row first, so they never interleave for one call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantAwards {

    private static final Logger LOG = Logger.getLogger(GrantAwards.class);

    @Inject
    java.time.Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    ProposalActs proposals;

    @Inject
    RankingAwards rankings;

    @Inject
    Idempotency idempotency;

    @Inject
    GrantQueries queries;

    public Idempotency.Result award(String identifier, Integer cutoff, String key, String officer) {
        return idempotency.once(key, "award:" + identifier + ":" + officer, Map.of("call", identifier, "cutoff", String.valueOf(cutoff)),
                200, () -> {
                    Call call = Call.byIdentifierForUpdate(identifier).filter(c -> !c.isDraft())
                            .orElseThrow(() -> DomainException.notFound("call", identifier));
                    int index = RankingService.batch(call, cutoff);
                    Ranking ranking = Ranking.of(call.id, index).orElseThrow(() -> DomainException.conflict("not_ranked",
                            "rank the batch first: POST /api/calls/" + identifier + "/ranking"));
                    ranking.requireFunding();
                    if (!ranking.isAwarded()) {
                        for (RankingEntry e : rankings.list(ranking, RankingOutcome.MAIN_LIST)) {
                            offer(call, Proposal.findById(e.key.proposalId()), index, false, officer);
                        }
                        rankings.awarded(ranking, officer);
                    }
                    List<GrantView> grants = Grant.<Grant>list("callId = ?1 and deadlineIndex = ?2 order by id", call.id, index)
                            .stream().map(queries::view).toList();
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
        proposals.grantOffered(p, number, fromReserve, officer);
        em.flush();
        return grant;
    }

    private static LedgerAccount budgetAccount(Call call, int index) {
        return call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS
                ? LedgerAccount.find(AccountKind.CUTOFF, BudgetAllocations.cutoffReference(call.identifier, index)).orElseThrow()
                : LedgerAccount.find(AccountKind.CALL, call.identifier).orElseThrow();
    }

    /** Offers a grant to the first reserve-list proposal whose requested amount fits what the budget has left. */
    void offerReserve(Call call, int index, String released) {
        Ranking ranking = Ranking.of(call.id, index).orElse(null);
        if (ranking == null || !ranking.isAwarded()) {
            return;
        }
        LedgerAccount budget = budgetAccount(call, index);
        em.refresh(budget);
        Money available = budget.available();
        for (RankingEntry e : rankings.list(ranking, RankingOutcome.RESERVE_LIST)) {
            if (Grant.count("proposalId", e.key.proposalId()) > 0 || e.requested.greaterThan(available)) {
                continue;
            }
            Grant g = offer(call, Proposal.findById(e.key.proposalId()), index, true, ranking.awardedBy);
            rankings.movedUpFromReserve(e, released, g.number);
            LOG.infof("Grant %s released; reserve proposal %d offered grant %s", released, e.key.proposalId(), g.number);
            return;
        }
    }
}
