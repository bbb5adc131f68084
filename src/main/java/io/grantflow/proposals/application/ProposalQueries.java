package io.grantflow.proposals.application;

import io.grantflow.proposals.api.ProposalView;
import io.grantflow.proposals.api.VersionView;
import io.grantflow.calls.domain.Call;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalEvent;
import io.grantflow.proposals.domain.ProposalFinance;
import io.grantflow.proposals.domain.ProposalVersion;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.money.Money;
import io.grantflow.shared.problem.DomainException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading proposals: one, a page of them, their versions; only the consortium (and officers) see a proposal. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProposalQueries {

    @Inject
    ProposalWorkflow workflow;

    public ProposalView get(Long id, ProposalAccess.Actor actor) {
        return view(ProposalAccess.readable(id, actor));
    }

    /** The proposal for an expert whose access the evaluation feature has already checked. */
    public ProposalView viewForEvaluation(Long id) {
        return view(Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id)));
    }

    public List<VersionView> versions(Long id, ProposalAccess.Actor actor) {
        Proposal p = ProposalAccess.readable(id, actor);
        return ProposalVersion.of(p.id).stream().map(v -> new VersionView(v.key.number(), v.requestedContribution,
                v.plannedSmeSupport, v.submittedBy, v.submittedAt, v.key.number() == p.currentVersion)).toList();
    }

    public Page<ProposalView> list(String callIdentifier, PageRequest page, ProposalAccess.Actor actor) {
        StringBuilder q = new StringBuilder("from Proposal p where 1 = 1");
        Parameters params = new Parameters();
        if (callIdentifier != null) {
            q.append(" and p.call.identifier = :call");
            params.and("call", callIdentifier);
        }
        if (!actor.officer()) {
            q.append(" and exists (select 1 from Proposal p2 join p2.members m where p2 = p and m.organisationId in"
                    + " (select om.key.organisationId from OrganisationMember om where om.key.username = :user))");
            params.and("user", actor.user());
        }
        q.append(" order by p.id");
        var query = Proposal.<Proposal>find(q.toString(), params);
        long total = query.count();
        List<ProposalView> items = query.range(page.offset(), page.lastIndex()).list().stream()
                .map(this::view).toList();
        return Page.of(items, page, total);
    }

    ProposalView view(Proposal p) {
        Map<Long, Organisation> orgs = new HashMap<>();
        Organisation.<Organisation>list("id in ?1", p.organisationIds()).forEach(o -> orgs.put(o.id, o));
        List<ProposalView.MemberView> members = p.members.stream().map(m -> {
            Organisation o = orgs.get(m.organisationId);
            return new ProposalView.MemberView(m.organisationId, o == null ? null : o.legalName,
                    o == null ? null : o.country, o == null ? null : o.type, o == null ? null : o.smeCategory, m.role,
                    m.personnel, m.travel, m.subcontracting, m.otherDirect, m.fstp, m.indirect,
                    m.personnel.plus(m.travel).plus(m.subcontracting).plus(m.otherDirect).plus(m.fstp).plus(m.indirect));
        }).toList();
        ProposalContent content = p.content();
        return new ProposalView(p.id, p.call.identifier, p.stage, p.call.deadlines.get(p.deadlineIndex).at, p.status,
                p.acronym, p.title, p.abstractText, List.of(p.tags), p.coordinatorId, members,
                content.workPackagesOrEmpty(), content.objectivesOrEmpty(), financeView(p.call, ProposalEligibility.finance(p.call, content)),
                p.currentVersion, p.submittedAt, p.withdrawnAt, workflow.currentStep(p.id).orElse(null),
                ProposalEvent.of(p.id).stream().map(e -> new ProposalView.Step(e.step, e.detail, e.actor, e.occurredAt))
                        .toList(), p.createdAt, p.updatedAt);
    }

    static ProposalView.Finance financeView(Call call, ProposalFinance f) {
        return new ProposalView.Finance(Money.CURRENCY, f.fstpCosts(), f.otherCosts(),
                f.totalCosts(), call.fstpFundingRate, call.otherFundingRate, f.requestedContribution(),
                f.plannedSmeSupport(), f.plannedSmeSharePercent(), call.minSmeShare);
    }
}
