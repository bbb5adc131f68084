package io.grantflow.ledger.application;

import io.grantflow.ledger.domain.AccountKind;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The budget tree in the ledger: a programme is funded when it is created, a call's budget is
 * allocated from its programme when the call is published, and each cut-off's budget from its call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class BudgetAllocations {

    @Inject
    Ledger ledger;

    public static String cutoffReference(String callIdentifier, int index) {
        return callIdentifier + "#" + index;
    }

    /** The reference of the carry-over out of a cut-off (of {@link #cutoffReference}): one per cut-off. */
    public static String carryOverReference(String cutoffReference) {
        return "carry-over:" + cutoffReference;
    }

    /** A cut-off's account: a programme call's (opened at publication) or an open call's (opened at creation). */
    public java.util.Optional<LedgerAccount> cutoff(String callIdentifier, int index) {
        return LedgerAccount.find(AccountKind.CUTOFF, cutoffReference(callIdentifier, index));
    }

    /** The carry-over out of a cut-off (of a programme call or an open call), if it was made. */
    public java.util.Optional<LedgerTransfer> carriedOver(String callIdentifier, int index) {
        return LedgerTransfer.find(TransferKind.CARRY_OVER, carryOverReference(cutoffReference(callIdentifier, index)));
    }

    /**
     * Carries the unused budget of a cut-off (of a programme call, or of an open call: {@code callIdentifier} is then
     * its account's reference) to the next cut-off ({@code CARRY_OVER}, once per cut-off); empty when nothing is
     * unused. The caller checks that the cut-off is decided.
     */
    public java.util.Optional<LedgerTransfer> carryOverCutoff(String callIdentifier, int index, String actor) {
        LedgerAccount from = cutoff(callIdentifier, index).orElseThrow(
                () -> new IllegalStateException("cut-off " + index + " of " + callIdentifier + " has no account"));
        LedgerAccount to = cutoff(callIdentifier, index + 1).orElseThrow(
                () -> new IllegalStateException("cut-off " + (index + 1) + " of " + callIdentifier + " has no account"));
        return ledger.carryOver(from.id, to.id, carryOverReference(cutoffReference(callIdentifier, index)), actor);
    }

    public void fundProgramme(String code, String name, Money budget, String actor) {
        LedgerAccount programme = ledger.open(AccountKind.PROGRAMME, code, name, null, null);
        ledger.transfer(TransferKind.FUNDING, ledger.source().id, programme.id, budget, "programme:" + code, actor);
    }

    /** Allocates a published call's budget from its programme (never more than the programme has). */
    public void allocateCall(String programmeCode, String identifier, String title, Money budget,
                             List<Money> cutoffBudgets, String actor) {
        LedgerAccount programme = LedgerAccount.find(AccountKind.PROGRAMME, programmeCode)
                .orElseThrow(() -> new IllegalStateException("programme " + programmeCode + " has no account"));
        LedgerAccount call = ledger.open(AccountKind.CALL, identifier, title, programme.id, null);
        ledger.transfer(TransferKind.ALLOCATION, programme.id, call.id, budget, "call:" + identifier, actor);
        allocateCutoffs(call.id, identifier, title, cutoffBudgets, actor);
    }

    /**
     * Opens one {@code CUTOFF} account per budget under {@code parentId} (a programme call's account, or a
     * consortium's open call's) and allocates each its budget from it ({@code ALLOCATION}, reference
     * {@code cutoff:{owner}#{index}}, so a repeat allocates nothing again); the accounts, first to last.
     */
    public List<LedgerAccount> allocateCutoffs(Long parentId, String ownerReference, String title,
                                               List<Money> cutoffBudgets, String actor) {
        List<LedgerAccount> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < cutoffBudgets.size(); i++) {
            String reference = cutoffReference(ownerReference, i);
            LedgerAccount cutoff = ledger.open(AccountKind.CUTOFF, reference, title + " – cut-off " + (i + 1), parentId, null);
            ledger.transfer(TransferKind.ALLOCATION, parentId, cutoff.id, cutoffBudgets.get(i), "cutoff:" + reference, actor);
            accounts.add(cutoff);
        }
        return accounts;
    }
}
