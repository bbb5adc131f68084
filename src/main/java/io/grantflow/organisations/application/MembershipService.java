package io.grantflow.organisations.application;

import io.grantflow.organisations.api.MembershipRequestView;
import io.grantflow.organisations.domain.MembershipRequest;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Joining an existing organisation: an authenticated user asks; one of its members or an officer
 * approves or rejects, never the requester. Until approved the requester is not a member.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class MembershipService {

    @Inject
    Clock clock;

    /** The new request ({@code created}), or the user's request that is already pending. */
    public record Asked(MembershipRequestView request, boolean created) {
    }

    public Asked ask(Long organisationId, String user) {
        organisation(organisationId);
        if (OrganisationMember.isMember(user, organisationId)) {
            throw DomainException.conflict("already_a_member", "you are a member of organisation " + organisationId);
        }
        var pending = MembershipRequest.pending(organisationId, user);
        if (pending.isPresent()) {
            return new Asked(MembershipRequestView.of(pending.get()), false);
        }
        MembershipRequest r = MembershipRequest.ask(organisationId, user, clock.instant());
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) { // the same user asked at the same moment
            throw DomainException.conflict("membership_request_pending", "your request to join is pending");
        }
        return new Asked(MembershipRequestView.of(r), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MembershipRequestView> requests(Long organisationId, String user, boolean officer, PageRequest page) {
        organisation(organisationId);
        if (!officer && !OrganisationMember.isMember(user, organisationId)) {
            throw notAMember();
        }
        var query = MembershipRequest.<MembershipRequest>find("organisationId = ?1 order by id", organisationId);
        return Page.of(query.range(page.offset(), page.lastIndex()).list().stream().map(MembershipRequestView::of)
                .toList(), page, query.count());
    }

    /** The user's own requests to join that wait for a decision, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipRequestView> pendingOf(String user) {
        return MembershipRequest.<MembershipRequest>list("username = ?1 and status = ?2 order by id", user,
                MembershipRequest.Status.PENDING).stream().map(MembershipRequestView::of).toList();
    }

    /** The organisation's requests to join that wait for a decision, oldest first, for its members and officers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MembershipRequestView> pending(Long organisationId, String user, boolean officer) {
        organisation(organisationId);
        if (!officer && !OrganisationMember.isMember(user, organisationId)) {
            throw notAMember();
        }
        return MembershipRequest.<MembershipRequest>list("organisationId = ?1 and status = ?2 order by id",
                organisationId, MembershipRequest.Status.PENDING).stream().map(MembershipRequestView::of).toList();
    }

    public MembershipRequestView approve(Long organisationId, Long requestId, String user, boolean officer) {
        MembershipRequest r = decidable(organisationId, requestId, MembershipRequest.Status.APPROVED, user, officer);
        if (r.approve(user, clock.instant()) && !OrganisationMember.isMember(r.username, organisationId)) {
            new OrganisationMember(organisationId, r.username).persist();
        }
        return MembershipRequestView.of(r);
    }

    public MembershipRequestView reject(Long organisationId, Long requestId, String user, boolean officer) {
        MembershipRequest r = decidable(organisationId, requestId, MembershipRequest.Status.REJECTED, user, officer);
        r.reject(user, clock.instant());
        return MembershipRequestView.of(r);
    }

    private static MembershipRequest decidable(Long organisationId, Long requestId, MembershipRequest.Status outcome,
                                               String user, boolean officer) {
        organisation(organisationId);
        MembershipRequest r = MembershipRequest.forUpdate(organisationId, requestId)
                .orElseThrow(() -> DomainException.notFound("membership request", String.valueOf(requestId)));
        if (r.isBy(user)) {
            throw DomainException.forbidden("own_membership_request", "a member of the organisation or an officer decides on a request to join, never the requester",
                    List.of());
        }
        if (!officer && !OrganisationMember.isMember(user, organisationId)) {
            throw notAMember();
        }
        if (r.decidedOtherThan(outcome)) {
            throw DomainException.conflict("membership_request_decided", "request " + requestId + " was " + r.status
                    + " by " + r.decidedBy);
        }
        return r;
    }

    private static Organisation organisation(Long id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("organisation", String.valueOf(id)));
    }

    private static DomainException notAMember() {
        return DomainException.forbidden("not_a_member", "the organisation's members and officers decide on requests to join it", List.of());
    }
}
