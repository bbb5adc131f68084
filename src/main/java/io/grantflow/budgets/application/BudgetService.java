package io.grantflow.budgets.application;

import io.grantflow.budgets.api.CommitmentRequest;
import io.grantflow.budgets.api.BudgetView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.application.LedgerReplay;
import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
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
    LedgerReplay replay;

    @Inject
    Idempotency idempotency;

    /** Every account's summary against the replay of the append-only ledger. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LedgerReplay.Reconciliation reconciliation() {
        return replay.reconcile();
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

    /** Every programme's budget, newest first, one page of them (without children). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BudgetView> programmes(PageRequest request) {
        var query = LedgerAccount.<LedgerAccount>find("kind = ?1 order by id desc", AccountKind.PROGRAMME);
        return Page.of(query.range(request.offset(), request.lastIndex()).list().stream().map(BudgetView::leaf)
                .toList(), request, query.count());
    }

    /**
     * The accounts above one, from its programme down to its parent (the budget tree's path to it). An FSTP
     * envelope is the root of its own tree (docs/money.md); its path goes on through the grant that funded it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetView> above(Long id) {
        java.util.LinkedList<BudgetView> path = new java.util.LinkedList<>();
        LedgerAccount a = LedgerAccount.findById(id);
        while (a != null) {
            a = a.parentId != null ? LedgerAccount.findById(a.parentId) : fundedBy(a);
            if (a != null && a.kind != AccountKind.SOURCE) {
                path.addFirst(BudgetView.leaf(a));
            }
        }
        return path;
    }

    /**
     * The roots of other trees that an account funds (a grant's FSTP envelope), oldest first: they are not its
     * children, so that a payment to an SME is not counted on the grant (docs/money.md), but they are below it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetView> funded(Long id) {
        return LedgerTransfer.<LedgerTransfer>list(
                        "kind = ?1 and debitAccountId = ?2 order by id", TransferKind.FUNDING, id).stream()
                .map(t -> LedgerAccount.<LedgerAccount>findById(t.creditAccountId)).map(BudgetView::leaf).toList();
    }

    /** The account whose FUNDING transfer made a root's budget (none for the source's programmes). */
    private static LedgerAccount fundedBy(LedgerAccount root) {
        if (root.kind == AccountKind.PROGRAMME || root.kind == AccountKind.SOURCE) {
            return null;
        }
        return LedgerTransfer.<LedgerTransfer>find(
                        "kind = ?1 and creditAccountId = ?2 order by id", TransferKind.FUNDING, root.id)
                .firstResultOptional().map(t -> LedgerAccount.<LedgerAccount>findById(t.debitAccountId)).orElse(null);
    }

    /** How an account's figures grew, transfer by transfer ({@link LedgerReplay#history}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerReplay.Balance> history(Long id) {
        return replay.history(id);
    }

    /** A payment out of (or a recovery into) an account committed to a payee, with the payee's name. */
    public record Movement(Long transfer, java.time.Instant at, TransferKind kind, io.grantflow.shared.money.Money amount,
                           String reference, String payee, boolean reversed) {
    }

    /** The payments and recoveries of an account committed to a payee, newest first, one page of them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Movement> movements(Long id, PageRequest request) {
        var query = LedgerTransfer.<LedgerTransfer>find(
                "kind in ?1 and (debitAccountId = ?2 or creditAccountId = ?2) order by id desc",
                List.of(TransferKind.PAYMENT, TransferKind.RECOVERY), id);
        List<Movement> items = query.range(request.offset(), request.lastIndex()).list().stream().map(t -> {
            Long payee = t.kind == TransferKind.PAYMENT ? t.creditAccountId : t.debitAccountId;
            LedgerAccount account = LedgerAccount.findById(payee);
            boolean reversed = LedgerTransfer.find(TransferKind.REVERSAL,
                    Ledger.reversalReference(t.id)).isPresent();
            return new Movement(t.id, t.occurredAt, t.kind, t.amount, t.reference, account == null ? null
                    : account.name, reversed);
        }).toList();
        return Page.of(items, request, query.count());
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
