package io.grantflow.grants.application;

import io.grantflow.calls.domain.Call;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.ledger.application.Ledger;
import io.grantflow.ledger.domain.LedgerAccount;
import io.grantflow.ledger.domain.TransferKind;
import io.grantflow.payments.application.Payments;
import io.grantflow.proposals.application.ProposalActs;
import io.grantflow.shared.idempotency.Idempotency;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Collections;
import java.util.List;

/**
 * A grant ends before its term: its coordinator declines the offer, or an officer terminates the
 * signed grant. What it has not paid returns to the budget and the reserve list moves up. The
 * call's row is locked first, as the award locks it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class GrantEndings {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Payments payments;

    @Inject
    ProposalActs proposals;

    @Inject
    Idempotency idempotency;

    @Inject
    GrantAccess access;

    @Inject
    GrantAwards awards;

    @Inject
    GrantQueries queries;

    @Inject
    GrantLifecycle lifecycle;

    /** The coordinator declines the offer: the commitment returns to the budget and the reserve list moves up. */
    public Idempotency.Result decline(Long id, String reason, String key, String user) {
        return idempotency.once(key, "grant-decline:" + id + ":" + user, decision(reason), 200, () -> {
            Call call = lockedCallOf(id);
            Grant g = access.lockedForCoordinator(id, user);
            if (g.is(GrantStatus.DECLINED)) {
                return queries.view(g);
            }
            g.decline(user, reason, clock.instant());
            end(g, user, reason);
            awards.offerReserve(call, g.deadlineIndex, g.number);
            return queries.view(g);
        });
    }

    /** An officer terminates a signed grant: what it has not paid returns to the budget; the reserve list moves up. */
    public Idempotency.Result terminate(Long id, String reason, String key, String officer) {
        return idempotency.once(key, "grant-terminate:" + id + ":" + officer, decision(reason), 200, () -> {
            Call call = lockedCallOf(id);
            Grant g = Grant.forUpdate(id).orElseThrow();
            if (g.is(GrantStatus.TERMINATED)) {
                return queries.view(g);
            }
            g.terminate(officer, reason, payments.pendingCount(g.accountId), clock.instant());
            end(g, officer, reason);
            lifecycle.terminated(g.id);
            awards.offerReserve(call, g.deadlineIndex, g.number);
            return queries.view(g);
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

    /** After the grant ended: what it has not paid returns to the budget; its proposal records the end. */
    private void end(Grant g, String user, String reason) {
        GrantStatus status = g.status;
        LedgerAccount account = ledger.lockForPayment(g.accountId);
        Money unpaid = account.stillToPay();
        if (unpaid.isPositive()) {
            ledger.transfer(TransferKind.DECOMMITMENT, g.accountId, account.parentId, unpaid, "grant-release:" + g.number,
                    user);
        }
        proposals.grantEnded(g.proposalId, status.name(), g.number, reason, user);
        em.flush();
    }

    /** The body the request is recognised by (see {@link Idempotency}): {@code {"reason": ...}}. */
    private static Object decision(String reason) {
        return Collections.singletonMap("reason", reason);
    }
}
