package io.grantflow.grants.application;

import io.grantflow.grants.api.GrantView;
import io.grantflow.calls.domain.Call;
import io.grantflow.grants.domain.Grant;
import io.grantflow.grants.domain.GrantStatus;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.payments.domain.PaymentOrder;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Grants as read by people: one (if they may see it), or a page by call and status (theirs, unless officers). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GrantQueries {

    @Inject
    EntityManager em;

    @Inject
    GrantAccess access;

    @Inject
    LifecycleQueries lifecycle;

    public GrantView get(Long id, String user, boolean officer) {
        return view(access.readable(id, user, officer));
    }

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
                g.endedBy, g.endReason, g.startDate, call.projectEnd, lifecycle.periods(g), lifecycle.workPackages(g), g.finalAmount,
                g.closedAt);
    }
}
