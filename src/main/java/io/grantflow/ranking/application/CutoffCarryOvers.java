package io.grantflow.ranking.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Deadline;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.domain.CarryOverPolicy;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ranking.api.CutoffBudgetView;
import io.grantflow.ranking.domain.Ranking;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The EEN carry-over: an officer's decision to move the unused budget of a decided cut-off (its batch
 * awarded) to the next cut-off, as one {@code CARRY_OVER} transfer in the ledger (reference
 * {@code carry-over:{call}#{index}}, so the same decision twice moves the money once). It runs under the
 * call's row lock, like the award, the decline and the termination, so it never interleaves with them;
 * the amount is read under the cut-off account's lock. The transfer row is the audit record (who, when).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CutoffCarryOvers {

    @Inject
    BudgetAllocations budgets;

    /** Carries the cut-off's unused budget to the next cut-off; a repeated decision returns the first transfer. */
    public CutoffBudgetView carryOver(String identifier, long index, String officer) {
        Call call = Call.byIdentifierForUpdate(identifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
        if (index < 0 || index >= call.deadlines.size()) {
            throw DomainException.notFound("cut-off of call " + identifier, index);
        }
        return carryOver(call, (int) index, officer);
    }

    private CutoffBudgetView carryOver(Call call, int index, String officer) {
        String identifier = call.identifier;
        if (budgets.carriedOver(identifier, index).isEmpty()) {
            boolean hasCutoffs = call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS;
            Money unused = hasCutoffs ? budgets.cutoff(identifier, index).map(LedgerAccount::available).orElse(Money.ZERO)
                    : Money.ZERO;
            List<Violation> violations = CarryOverPolicy.check(new CarryOverPolicy.Facts(hasCutoffs, index,
                    call.deadlines.size(), decided(call, index), decided(call, index + 1), unused));
            if (!violations.isEmpty()) {
                throw DomainException.ruleBroken("carry_over_refused", "the cut-off's budget cannot be carried over",
                        violations);
            }
            budgets.carryOverCutoff(identifier, index, officer).orElseThrow(() -> DomainException.ruleBroken(
                    "carry_over_refused", "the cut-off's budget cannot be carried over", List.of(new Violation(
                            "amount", "nothing_unused", "cut-off " + index + " has no unused budget"))));
        }
        return view(call);
    }

    /** The budgets of the call's cut-offs (none for a call without cut-offs). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CutoffBudgetView cutoffs(String identifier) {
        Call call = Call.byIdentifier(identifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", identifier));
        return view(call);
    }

    private CutoffBudgetView view(Call call) {
        List<CutoffBudgetView.Cutoff> cutoffs = new ArrayList<>();
        if (call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS) {
            Money carriedIn = Money.ZERO;
            for (int i = 0; i < call.deadlines.size(); i++) {
                Deadline d = call.deadlines.get(i);
                int next = i + 1;
                Optional<LedgerAccount> account = budgets.cutoff(call.identifier, i);
                Optional<LedgerTransfer> out = budgets.carriedOver(call.identifier, i);
                Money carriedOut = out.map(t -> t.amount).orElse(Money.ZERO);
                cutoffs.add(new CutoffBudgetView.Cutoff(i, d.label, d.at, d.budget, carriedIn, carriedOut,
                        account.map(a -> a.allocated).orElse(null), account.map(a -> a.committed).orElse(null),
                        account.map(LedgerAccount::available).orElse(null), decided(call, i),
                        out.map(t -> new CutoffBudgetView.CarryOver(t.id, t.reference, next, t.amount,
                                t.causedBy, t.occurredAt)).orElse(null)));
                carriedIn = carriedOut;
            }
        }
        return new CutoffBudgetView(call.identifier, cutoffs);
    }

    private static boolean decided(Call call, int index) {
        return index < call.deadlines.size() && Ranking.of(call.id, index).map(Ranking::isAwarded).orElse(false);
    }
}
