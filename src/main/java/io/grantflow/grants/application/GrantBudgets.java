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

    /**
     * What a grant's FSTP envelope (its id: %s) has committed to SMEs: the sum of its open calls' commitments (of an
     * open call with cut-offs, which allocated its budget to them, its cut-offs' commitments).
     */
    private static final String COMMITTED_TO_SMES = "select coalesce(sum(coalesce((select sum(c.committed) from "
            + "grantflow.ledger_account c where c.parent_id = o.id and c.kind = 'CUTOFF'), o.committed)), 0) "
            + "from grantflow.ledger_account o where o.parent_id = %s and o.kind = 'OPEN_CALL'";

    /** A signed grant whose SME support committed lags behind its trajectory now. */
    public record Lagging(Long grant, String number, String acronym, Money smeCommitted, Money trajectoryNow) {
    }

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<SmeSupport> smeSupport;

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
        SmeSupport.OtherSupport others = toOthers(g.id);
        Money envelopePaid = e == null ? Money.ZERO : e.paid;
        Money smePaid = envelopePaid.minus(others.paid());
        Money smeCommitted = e == null ? Money.ZERO : committedToSmes(e).minus(others.committed());
        SmeShareTrajectory trajectory = g.smeShareTrajectory();
        boolean below = g.is(GrantStatus.SIGNED) && trajectory.isBelow(smeCommitted, a.paid);
        return new GrantBudgetView(g.id, g.number, g.status, Money.CURRENCY,
                new GrantBudgetView.Level(a.id, a.allocated, a.committed, a.paid, a.available(), a.stillToPay()),
                new GrantBudgetView.Envelope(e == null ? null : e.id, g.fstpEnvelope, e == null ? Money.ZERO : e.allocated,
                        e == null ? Money.ZERO : e.committed, envelopePaid, e == null ? Money.ZERO : e.available()),
                g.minSmeShare.setScale(2), g.fstpEnvelope.percentOf(max), smePaid.percentOf(max),
                smeCommitted.percentOf(max), smeCommitted, smePaid, trajectory.required(),
                trajectory.stillNeeded(smeCommitted), trajectory.expectedBy(a.paid), below);
    }

    /** What the envelope committed and paid to beneficiaries that were not SMEs when awarded (they never count as SME share). */
    private SmeSupport.OtherSupport toOthers(Long grantId) {
        return smeSupport.isResolvable() ? smeSupport.get().toOthers(grantId) : SmeSupport.OtherSupport.NONE;
    }

    /** What the envelope's open calls have committed (to SMEs once {@link #toOthers} is taken off). */
    private Money committedToSmes(LedgerAccount envelope) {
        Object sum = em.createNativeQuery(COMMITTED_TO_SMES.formatted("?1")).setParameter(1, envelope.id).getSingleResult();
        return Money.of(new BigDecimal(sum.toString()));
    }

    /**
     * Every signed grant below its {@link SmeShareTrajectory} now, read in one query (the scanner's read; the
     * same figures as {@link #budget}): SME support committed through the envelope against what the programme paid.
     */
    public List<Lagging> belowTrajectoryNow() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.id, g.number, g.acronym, g.max_contribution, g.min_sme_share, "
                + "a.paid, (" + COMMITTED_TO_SMES.formatted("g.envelope_account_id") + ") from grantflow.grant_agreement g "
                + "join grantflow.ledger_account a on a.id = g.account_id where g.status = ?1 order by g.id")
                .setParameter(1, GrantStatus.SIGNED.name()).getResultList();
        return rows.stream().map(r -> {
            SmeShareTrajectory trajectory = new SmeShareTrajectory(money(r[3]), new BigDecimal(r[4].toString()));
            Money paid = money(r[5]);
            Money committed = money(r[6]).minus(toOthers(((Number) r[0]).longValue()).committed());
            return trajectory.isBelow(committed, paid)
                    ? new Lagging(((Number) r[0]).longValue(), (String) r[1], (String) r[2], committed, trajectory.expectedBy(paid))
                    : null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static Money money(Object value) {
        return Money.of(new BigDecimal(value.toString()).setScale(2));
    }
}
