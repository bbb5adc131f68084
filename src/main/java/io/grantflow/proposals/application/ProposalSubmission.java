package io.grantflow.proposals.application;

import io.grantflow.proposals.api.ProposalView;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallObjective;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.RequiredActivity;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.notifications.application.Notifications;
import io.grantflow.notifications.domain.NotificationKind;
import io.grantflow.notifications.domain.NotificationParams;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalContentPolicy;
import io.grantflow.proposals.domain.ProposalFinance;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.proposals.domain.ProposalVersion;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The consortium's acts on its proposal: drafting, editing, submission with every eligibility rule,
 * resubmission (the coordinator's members are told) and withdrawal. Only members of the coordinator submit or
 * withdraw it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProposalSubmission {

    @Inject
    Clock clock;

    @Inject
    ProposalWorkflow workflow;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ProposalEligibility eligibility;

    @Inject
    ProposalQueries queries;

    @Inject
    ContentJson json;

    @Inject
    Notifications notifications;

    public ProposalView create(String callIdentifier, ProposalContent content, ProposalAccess.Actor actor) {
        Call call = Call.byIdentifier(callIdentifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", callIdentifier));
        Instant now = clock.instant();
        if (call.statusAt(now) != CallStatus.OPEN) {
            throw DomainException.conflict("call_not_open", "call " + callIdentifier + " is " + call.statusAt(now)
                    + "; proposals are created while it is open");
        }
        validateContent(content, null, call);
        if (!OrganisationMember.isMember(actor.user(), content.coordinator())) {
            throw DomainException.forbidden("not_a_coordinator_member", "you are not a member of the coordinating organisation " + content.coordinator(), List.of());
        }
        int deadline = nextDeadline(call, now);
        int stage = call.submissionModel == SubmissionModel.TWO_STAGE ? deadline + 1 : 1;
        Proposal p = Proposal.draft(call, stage, deadline, content, ProposalEligibility.finance(call, content),
                actor.user(), now);
        p.persistAndFlush();
        timeline.record(p, "CREATED", "draft created for stage " + stage, actor.user(), now);
        return queries.view(p);
    }

    public ProposalView update(Long id, ProposalContent content, ProposalAccess.Actor actor) {
        Proposal p = ProposalAccess.lockedForConsortium(id, actor);
        Instant now = clock.instant();
        requireEditable(p, now);
        validateContent(content, p.coordinatorId, p.call);
        p.write(content, ProposalEligibility.finance(p.call, content), now);
        timeline.record(p, "EDITED", null, actor.user(), now);
        return queries.view(p);
    }

    /**
     * Submits the current content. Every rule is checked after the proposal and (for share) the call
     * row are locked, so a submission races neither a double click nor the closing of its batch.
     * An unchanged resubmission adds no version.
     */
    public ProposalView submit(Long id, ProposalAccess.Actor actor) {
        Proposal p = ProposalAccess.lockedForConsortium(id, actor);
        ProposalAccess.requireCoordinatorMember(p, actor);
        Call call = Call.<Call>find("id", p.call.id).withLock(LockModeType.PESSIMISTIC_READ).firstResult();
        Instant now = clock.instant();
        p.requireOpenForChange();
        if (p.status == ProposalStatus.DRAFT && call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS) {
            p.joinBatch(nextDeadline(call, now)); // a draft joins the next cut-off's batch
        }
        ProposalContent content = p.content();
        ProposalFinance finance = ProposalEligibility.finance(call, content);
        List<Violation> violations = eligibility.violations(p, call, content, finance, now);
        if (!violations.isEmpty()) {
            throw DomainException.ruleBroken("proposal_ineligible", "the proposal cannot be submitted ("
                    + violations.size() + " problem" + (violations.size() == 1 ? "" : "s") + ")", violations);
        }
        String canonical = json.write(content);
        String hash = ContentJson.sha256(canonical);
        if (p.currentVersion > 0 && ProposalVersion.find(p.id, p.currentVersion)
                .map(v -> v.contentHash.equals(hash)).orElse(false)) {
            return queries.view(p); // the same content again (a double click): no new version
        }
        boolean first = p.submit(now);
        new ProposalVersion(p.id, p.currentVersion, canonical, hash, finance, actor.user(), now).persist();
        timeline.record(p, first ? "SUBMITTED" : "RESUBMITTED", "version " + p.currentVersion, actor.user(), now);
        if (first) {
            workflow.submitted(p.id, p.currentVersion);
        } else {
            workflow.resubmitted(p.id, p.currentVersion);
            notifications.toMembers(List.of(p.coordinatorId), NotificationKind.PROPOSAL_RESUBMITTED, NotificationParams.of()
                    .text("proposal", p.id).text("acronym", p.acronym).text("call", call.identifier)
                    .number("version", p.currentVersion).text("by", actor.user()), "proposal:" + p.id);
        }
        return queries.view(p);
    }

    public ProposalView withdraw(Long id, ProposalAccess.Actor actor) {
        Proposal p = ProposalAccess.lockedForConsortium(id, actor);
        ProposalAccess.requireCoordinatorMember(p, actor);
        if (p.status == ProposalStatus.WITHDRAWN) {
            return queries.view(p); // the same withdrawal again
        }
        Instant now = clock.instant();
        boolean running = p.withdraw(now);
        timeline.record(p, "WITHDRAWN", null, actor.user(), now);
        if (running) {
            workflow.withdrawn(p.id);
        }
        return queries.view(p);
    }

    private static void validateContent(ProposalContent content, Long coordinator, Call call) {
        if (content == null) {
            throw DomainException.malformed("malformed_request", "the request needs a JSON body", List.of());
        }
        Violations v = new Violations().addAll(ProposalContentPolicy.check(content,
                ProposalEligibility.organisations(content).keySet(),
                call.objectives.stream().map(CallObjective::code).collect(Collectors.toSet()),
                call.requiredActivities.stream().map(RequiredActivity::code).collect(Collectors.toSet())));
        if (coordinator != null && content.coordinator() != null && !coordinator.equals(content.coordinator())) {
            v.add("coordinator", "coordinator_cannot_change", "the coordinator of a proposal does not change");
        }
        v.throwIfAny("invalid_proposal", "the proposal content breaks rules");
    }

    private static int nextDeadline(Call call, Instant now) {
        for (int i = 0; i < call.deadlines.size(); i++) {
            if (!now.isAfter(call.deadlines.get(i).at)) {
                return i;
            }
        }
        return call.deadlines.size() - 1;
    }

    /** Refuses a change once withdrawn or locked, or after the deadline (a draft of an open call with cut-offs joins the next). */
    static void requireEditable(Proposal p, Instant now) {
        p.requireOpenForChange();
        if (now.isAfter(p.call.deadlines.get(p.deadlineIndex).at)
                && !(p.status == ProposalStatus.DRAFT && p.call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS
                && p.call.statusAt(now) == CallStatus.OPEN)) {
            throw DomainException.conflict("proposal_locked", "the deadline has passed; the proposal is locked");
        }
    }
}
