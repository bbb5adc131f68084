package io.grantflow.budgets.application;

import io.grantflow.budgets.api.CommitmentRequest;
import io.grantflow.budgets.api.BudgetView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violations;
import io.grantflow.shared.text.TextLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** Budget views over the ledger's summary rows (index-backed: one row per level), and commitments. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class BudgetService {

    @Inject
    Ledger ledger;

    @Inject
    Idempotency idempotency;

    @Transactional(Transactional.TxType.SUPPORTS)
    /** Every account's summary against the replay of the append-only ledger. */
    public Ledger.Reconciliation reconciliation() {
        return ledger.reconcile();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView programme(String code, PageRequest children) {
        return view(LedgerAccount.find(AccountKind.PROGRAMME, code)
                .orElseThrow(() -> DomainException.notFound("programme budget", code)), children);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView call(String identifier, PageRequest children) {
        return view(LedgerAccount.find(AccountKind.CALL, identifier)
                .orElseThrow(() -> DomainException.notFound("call budget (calls have one once published)", identifier)),
                children);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetView account(Long id, PageRequest children) {
        return view(LedgerAccount.<LedgerAccount>findByIdOptional(id)
                .filter(a -> a.kind != AccountKind.SOURCE)
                .orElseThrow(() -> DomainException.notFound("account", String.valueOf(id))), children);
    }

    /** Commits part of a published call's budget to a payee; once per Idempotency-Key. */
    public Idempotency.Result commit(String identifier, CommitmentRequest request, String key, String actor) {
        return idempotency.once(key, "commit:" + identifier + ":" + actor, request, 201, requestReference -> {
            Call call = Call.byIdentifier(identifier).filter(c -> !c.isDraft())
                    .orElseThrow(() -> DomainException.notFound("call", identifier));
            String reference = "commitment:" + requestReference; // the ledger's name of this request's commitment
            var made = LedgerAccount.find(AccountKind.COMMITMENT, reference);
            if (made.isPresent()) { // the same request, resent after its key expired: committed once
                return view(made.get());
            }
            Violations v = new Violations();
            if (v.required(request.payee(), "payee")) {
                v.check(Organisation.findById(request.payee()) == null, "payee", "unknown_organisation",
                        "there is no organisation " + request.payee());
            }
            if (v.required(request.amount(), "amount")) {
                v.check(!request.amount().isPositive(), "amount", "must_be_positive", "amount must be more than EUR 0.00");
            }
            if (v.required(request.purpose(), "purpose")) {
                v.check(request.purpose().length() > TextLimits.PAYMENT_PURPOSE, "purpose", "too_long", "purpose has at most "
                        + TextLimits.PAYMENT_PURPOSE + " characters");
            }
            boolean cutoffs = call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS;
            if (cutoffs && v.required(request.cutoff(), "cutoff")) {
                v.check(request.cutoff() < 0 || request.cutoff() >= call.deadlines.size(), "cutoff", "unknown_cutoff",
                        "the call has cut-offs 0 to " + (call.deadlines.size() - 1));
            }
            v.check(!cutoffs && request.cutoff() != null, "cutoff", "not_a_cutoff_call", "the call has no cut-offs");
            v.throwIfAny("invalid_commitment", "the commitment cannot be made");
            LedgerAccount budget = cutoffs
                    ? LedgerAccount.find(AccountKind.CUTOFF, BudgetAllocations.cutoffReference(identifier, request.cutoff()))
                    .orElseThrow()
                    : LedgerAccount.find(AccountKind.CALL, identifier).orElseThrow();
            LedgerAccount commitment = ledger.open(AccountKind.COMMITMENT, reference, request.purpose(), budget.id,
                    request.payee());
            ledger.transfer(TransferKind.COMMITMENT, budget.id, commitment.id, request.amount(), reference, actor);
            return view(commitment);
        });
    }

    /** The account with one page of the accounts directly below it, oldest first. */
    private static BudgetView view(LedgerAccount a, PageRequest children) {
        var query = LedgerAccount.<LedgerAccount>find("parentId = ?1 order by id", a.id);
        List<BudgetView> items = query.range(children.offset(), children.lastIndex()).list().stream()
                .map(BudgetView::leaf).toList();
        return BudgetView.of(a, Page.of(items, children, query.count()));
    }

    private static BudgetView view(LedgerAccount a) {
        return view(a, PageRequest.first(PageRequest.MAX_SIZE));
    }
}
