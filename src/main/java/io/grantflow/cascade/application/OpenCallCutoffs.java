package io.grantflow.cascade.application;

import io.grantflow.cascade.api.OpenCallCutoffView;
import io.grantflow.cascade.domain.Application;
import io.grantflow.cascade.domain.ApplicationStatus;
import io.grantflow.cascade.domain.CutoffState;
import io.grantflow.cascade.domain.OpenCall;
import io.grantflow.cascade.domain.OpenCallCutoff;
import io.grantflow.cascade.domain.OpenCallDefinition;
import io.grantflow.cascade.domain.Selection;
import io.grantflow.grants.application.GrantAccess;
import io.grantflow.ledger.application.BudgetAllocations;
import io.grantflow.ledger.domain.CarryOverPolicy;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.LedgerTransfer;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cut-offs of open calls: each holds its budget in a {@code CUTOFF} account under the open call's account
 * (allocated at creation); an application counts against the cut-off open when it is submitted, and its award is
 * committed from that cut-off's account. The consortium's carry-over moves the unused budget of a decided cut-off
 * to the next as one {@code CARRY_OVER} transfer (reference {@code carry-over:{open call's account}#{index}}, once),
 * under the grant's row lock, like the submissions and awards it must not interleave with; the amount is read under
 * the cut-off account's lock ({@link BudgetAllocations#carryOverCutoff}). The rule is the programme calls'
 * {@link CarryOverPolicy}. The transfer row is the audit record (who, when).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OpenCallCutoffs {

    /** The applications of a cut-off that are still to be decided: it is not decided while any is left. */
    private static final List<ApplicationStatus> UNDECIDED = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW);

    /** What the open call's view shows of its budget: summed over its cut-offs where it has them. */
    public record Summary(Money committed, Money remaining, List<OpenCallCutoffView.Cutoff> cutoffs) {
    }

    @Inject
    Clock clock;

    @Inject
    BudgetAllocations budgets;

    @Inject
    GrantAccess grants;

    /** At the open call's creation, after its own allocation: the cut-offs, each with its account and budget. */
    void create(OpenCall oc, OpenCallDefinition d, LedgerAccount account, String user) {
        List<OpenCallDefinition.Cutoff> cutoffs = d.cutoffList();
        if (cutoffs.isEmpty()) {
            return;
        }
        List<LedgerAccount> accounts = budgets.allocateCutoffs(account.id, account.reference, d.title(),
                cutoffs.stream().map(OpenCallDefinition.Cutoff::budget).toList(), user);
        for (int i = 0; i < cutoffs.size(); i++) {
            OpenCallDefinition.Cutoff c = cutoffs.get(i);
            new OpenCallCutoff(oc.id, i, c.closesAt(), c.budget(), c.selection() == null ? d.selection() : c.selection(),
                    accounts.get(i).id).persist();
        }
    }

    /** The cut-off that takes applications at {@code now}; empty when the open call has none or is not open. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OpenCallCutoff> openAt(OpenCall oc, Instant now) {
        if (!oc.isOpenAt(now)) {
            return Optional.empty();
        }
        return OpenCallCutoff.of(oc.id).stream().filter(c -> !c.isClosedAt(now)).findFirst();
    }

    /** The ledger account an application's award is committed from: its cut-off's, or the open call's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long budgetAccount(OpenCall oc, Integer cutoffIndex) {
        return cutoffIndex == null ? oc.accountId : cutoff(oc.id, cutoffIndex).accountId;
    }

    /** How an application is selected: by its cut-off's selection, or the open call's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Selection selection(OpenCall oc, Integer cutoffIndex) {
        return cutoffIndex == null ? oc.selection : cutoff(oc.id, cutoffIndex).selection;
    }

    /** What is left of a cut-off's budget now: its account's available amount (what awards may still take). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Money remaining(Long openCallId, int index) {
        return LedgerAccount.<LedgerAccount>findById(cutoff(openCallId, index).accountId).available();
    }

    /** Carries the cut-off's unused budget to the next cut-off; a repeated decision returns the first transfer. */
    public OpenCallCutoffView carryOver(Long openCallId, long index, String user) {
        OpenCall oc = OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId)));
        grants.lockedForMember(oc.grantId, user); // the consortium's decision, one at a time with submissions and awards
        List<OpenCallCutoff> cutoffs = OpenCallCutoff.of(oc.id);
        if (!cutoffs.isEmpty() && (index < 0 || index >= cutoffs.size())) {
            throw DomainException.notFound("cut-off of open call " + openCallId, index);
        }
        String owner = owner(oc);
        int i = (int) index;
        if (cutoffs.isEmpty() || budgets.carriedOver(owner, i).isEmpty()) {
            Instant now = clock.instant();
            Money unused = cutoffs.isEmpty() ? Money.ZERO
                    : LedgerAccount.<LedgerAccount>findById(cutoffs.get(i).accountId).available();
            List<Violation> violations = CarryOverPolicy.check(new CarryOverPolicy.Facts(!cutoffs.isEmpty(), i,
                    cutoffs.size(), decided(cutoffs, i, now), decided(cutoffs, i + 1, now), unused));
            if (!violations.isEmpty()) {
                throw DomainException.ruleBroken("carry_over_refused", "the cut-off's budget cannot be carried over",
                        violations);
            }
            budgets.carryOverCutoff(owner, i, user).orElseThrow(() -> DomainException.ruleBroken(
                    "carry_over_refused", "the cut-off's budget cannot be carried over", List.of(new Violation(
                            "amount", "nothing_unused", "cut-off " + i + " has no unused budget"))));
        }
        return view(oc);
    }

    /** The budgets of the open call's cut-offs (none for an open call without cut-offs). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenCallCutoffView cutoffs(Long openCallId) {
        return view(OpenCall.<OpenCall>findByIdOptional(openCallId)
                .orElseThrow(() -> DomainException.notFound("open call", String.valueOf(openCallId))));
    }

    /** The open call's committed and remaining budget (over its cut-offs where it has them) and its cut-offs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(OpenCall oc, LedgerAccount account) {
        List<OpenCallCutoffView.Cutoff> cutoffs = view(oc).cutoffs();
        if (cutoffs.isEmpty()) {
            return new Summary(account.committed, account.available(), cutoffs);
        }
        Money committed = Money.ZERO;
        Money remaining = Money.ZERO;
        for (OpenCallCutoffView.Cutoff c : cutoffs) {
            committed = committed.plus(c.committed());
            remaining = remaining.plus(c.remaining());
        }
        return new Summary(committed, remaining, cutoffs);
    }

    private OpenCallCutoffView view(OpenCall oc) {
        List<OpenCallCutoff> cutoffs = OpenCallCutoff.of(oc.id);
        List<OpenCallCutoffView.Cutoff> views = new ArrayList<>();
        if (!cutoffs.isEmpty()) {
            String owner = owner(oc);
            Instant now = clock.instant();
            Integer current = openAt(oc, now).map(c -> c.index).orElse(null);
            Money carriedIn = Money.ZERO;
            for (OpenCallCutoff c : cutoffs) {
                int next = c.index + 1;
                LedgerAccount account = LedgerAccount.findById(c.accountId);
                Optional<LedgerTransfer> out = budgets.carriedOver(owner, c.index);
                Money carriedOut = out.map(t -> t.amount).orElse(Money.ZERO);
                CutoffState state = out.isPresent() ? CutoffState.CARRIED_OVER : c.isClosedAt(now) ? CutoffState.CLOSED
                        : Integer.valueOf(c.index).equals(current) ? CutoffState.OPEN : CutoffState.UPCOMING;
                views.add(new OpenCallCutoffView.Cutoff(c.index, c.closesAt, c.selection, c.budget, carriedIn, carriedOut,
                        account.allocated, account.committed, account.available(), state, decided(cutoffs, c.index, now),
                        account.id, out.map(t -> new OpenCallCutoffView.CarryOver(t.id, t.reference, next, t.amount,
                                t.causedBy, t.occurredAt)).orElse(null)));
                carriedIn = carriedOut;
            }
        }
        return new OpenCallCutoffView(oc.id, views);
    }

    /**
     * Closed, and none of its applications is left to decide (a waiting list does not hold it open, nor a panel's
     * reserve list: those applications were ranked and wait only for budget to be released).
     */
    private static boolean decided(List<OpenCallCutoff> cutoffs, int index, Instant now) {
        if (index >= cutoffs.size()) {
            return false;
        }
        OpenCallCutoff c = cutoffs.get(index);
        return c.isClosedAt(now) && Application.count("openCallId = ?1 and cutoffIndex = ?2 and status in ?3"
                + " and reservePosition is null", c.openCallId, c.index, UNDECIDED) == 0;
    }

    /** The reference the open call's cut-off accounts are named after: its own account's. */
    private static String owner(OpenCall oc) {
        return LedgerAccount.<LedgerAccount>findById(oc.accountId).reference;
    }

    private static OpenCallCutoff cutoff(Long openCallId, int index) {
        return OpenCallCutoff.<OpenCallCutoff>find("openCallId = ?1 and index = ?2", openCallId, index).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("open call " + openCallId + " has no cut-off " + index));
    }
}
