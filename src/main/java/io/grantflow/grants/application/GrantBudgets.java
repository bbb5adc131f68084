package io.grantflow.grants.application;

import io.grantflow.grants.api.GrantBudgetView;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.grants.domain.SmeShareTrajectory;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * Read model: a grant's budget (its account, its FSTP envelope, the SME support committed and paid)
 * measured against its {@link SmeShareTrajectory}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantBudgets {

    @Inject
    EntityManager em;

    @Inject
    GrantAccess access;

    public GrantBudgetView budget(Long id, String user, boolean officer) {
        return budget(access.readable(id, user, officer));
    }

    /** Officers: signed grants, optionally only those below their SME-share trajectory. */
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
        Money max = g.maxContribution;
        Money smePaid = e == null ? Money.ZERO : e.paid;
        Money smeCommitted = e == null ? Money.ZERO : committedToSmes(e);
        SmeShareTrajectory trajectory = g.smeShareTrajectory();
        boolean below = g.is(GrantStatus.SIGNED) && trajectory.isBelow(smeCommitted, a.paid);
        return new GrantBudgetView(g.id, g.number, g.status, Money.CURRENCY,
                new GrantBudgetView.Level(a.id, a.allocated, a.committed, a.paid, a.available(), a.stillToPay()),
                new GrantBudgetView.Envelope(e == null ? null : e.id, g.fstpEnvelope, e == null ? Money.ZERO : e.allocated,
                        e == null ? Money.ZERO : e.committed, smePaid, e == null ? Money.ZERO : e.available()),
                g.minSmeShare.setScale(2), g.fstpEnvelope.percentOf(max), smePaid.percentOf(max),
                smeCommitted.percentOf(max), smeCommitted, smePaid, trajectory.required(),
                trajectory.stillNeeded(smeCommitted), trajectory.expectedBy(a.paid), below);
    }

    /** What the envelope's open calls have committed to SMEs. */
    private Money committedToSmes(LedgerAccount envelope) {
        Object sum = em.createNativeQuery("select coalesce(sum(committed), 0) from grantflow.ledger_account "
                + "where parent_id = ?1 and kind = 'OPEN_CALL'").setParameter(1, envelope.id).getSingleResult();
        return Money.of(new BigDecimal(sum.toString()));
    }
}
