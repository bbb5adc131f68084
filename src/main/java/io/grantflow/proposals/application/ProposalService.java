package io.grantflow.proposals.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantflow.calls.application.CallLifecycleService;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.CallStatus;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationMember;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalContentPolicy;
import io.grantflow.proposals.domain.ProposalEligibilityPolicy;
import io.grantflow.proposals.domain.ProposalEvent;
import io.grantflow.proposals.domain.ProposalFinance;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.proposals.domain.ProposalVersion;
import io.grantflow.shared.api.Page;
import io.grantflow.shared.api.PageRequest;
import io.grantflow.shared.problem.DomainException;
import io.grantflow.shared.problem.Violation;
import io.grantflow.shared.problem.Violations;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposals: drafting, submission with every eligibility rule, resubmission, withdrawal, and the
 * re-check when the deadline passes. Only the consortium (and officers) see a proposal; only members
 * of the coordinator submit or withdraw it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProposalService {

    private static final Logger LOG = Logger.getLogger(ProposalService.class);

    @Inject
    Clock clock;

    @Inject
    ProposalWorkflow workflow;

    @Inject
    ObjectMapper json;

    /** Who is asking: user name, and whether an officer (officers read every proposal). */
    public record Actor(String user, boolean officer) {
    }

    public ProposalView create(String callIdentifier, ProposalContent content, Actor actor) {
        Call call = Call.byIdentifier(callIdentifier).filter(c -> !c.isDraft())
                .orElseThrow(() -> DomainException.notFound("call", callIdentifier));
        Instant now = clock.instant();
        if (call.statusAt(now) != CallStatus.OPEN) {
            throw DomainException.conflict("call_not_open", "call " + callIdentifier + " is " + call.statusAt(now)
                    + "; proposals are created while it is open");
        }
        validateContent(content, null);
        if (!OrganisationMember.isMember(actor.user(), content.coordinator())) {
            throw DomainException.forbidden("not_a_coordinator_member", "you are not a member of the coordinating organisation " + content.coordinator(), List.of());
        }
        int deadline = nextDeadline(call, now);
        int stage = call.submissionModel == SubmissionModel.TWO_STAGE ? deadline + 1 : 1;
        Proposal p = Proposal.draft(call, stage, deadline, content, finance(call, content), actor.user(), now);
        p.persistAndFlush();
        event(p, "CREATED", "draft created for stage " + stage, actor.user(), now);
        return view(p);
    }

    public ProposalView update(Long id, ProposalContent content, Actor actor) {
        Proposal p = lockedForConsortium(id, actor);
        Instant now = clock.instant();
        requireEditable(p, now);
        validateContent(content, p.coordinatorId);
        p.write(content, finance(p.call, content), now);
        event(p, "EDITED", null, actor.user(), now);
        return view(p);
    }

    /**
     * Submits the current content. Every rule is checked after the proposal and (for share) the call
     * row are locked, so a submission races neither a double click nor the closing of its batch.
     * An unchanged resubmission adds no version.
     */
    public ProposalView submit(Long id, Actor actor) {
        Proposal p = lockedForConsortium(id, actor);
        requireCoordinatorMember(p, actor);
        Call call = Call.<Call>find("id", p.call.id).withLock(LockModeType.PESSIMISTIC_READ).firstResult();
        Instant now = clock.instant();
        requireNotWithdrawnOrLocked(p);
        if (p.status == ProposalStatus.DRAFT && call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS) {
            p.deadlineIndex = nextDeadline(call, now); // a draft joins the next cut-off's batch
        }
        ProposalContent content = p.content();
        ProposalFinance finance = finance(call, content);
        List<Violation> violations = eligibility(p, call, content, finance, now);
        if (!violations.isEmpty()) {
            throw DomainException.ruleBroken("proposal_ineligible", "the proposal cannot be submitted ("
                    + violations.size() + " problem" + (violations.size() == 1 ? "" : "s") + ")", violations);
        }
        String canonical = canonical(content);
        String hash = sha256(canonical);
        if (p.currentVersion > 0 && ProposalVersion.find(p.id, p.currentVersion)
                .map(v -> v.contentHash.equals(hash)).orElse(false)) {
            return view(p); // the same content again (a double click): no new version
        }
        boolean first = p.currentVersion == 0;
        p.currentVersion++;
        new ProposalVersion(p.id, p.currentVersion, canonical, hash, finance, actor.user(), now).persist();
        p.status = ProposalStatus.SUBMITTED;
        p.submittedAt = now;
        p.updatedAt = now;
        event(p, first ? "SUBMITTED" : "RESUBMITTED", "version " + p.currentVersion, actor.user(), now);
        if (first) {
            workflow.submitted(p.id, p.currentVersion);
        } else {
            workflow.resubmitted(p.id, p.currentVersion);
        }
        return view(p);
    }

    public ProposalView withdraw(Long id, Actor actor) {
        Proposal p = lockedForConsortium(id, actor);
        requireCoordinatorMember(p, actor);
        if (p.status == ProposalStatus.WITHDRAWN) {
            return view(p);
        }
        if (p.status.isRanked()) {
            throw DomainException.conflict("proposal_ranked", "the proposal is ranked (" + p.status
                    + "); a consortium offered a grant declines the grant instead");
        }
        Instant now = clock.instant();
        boolean running = p.currentVersion > 0 && p.status != ProposalStatus.INELIGIBLE;
        p.status = ProposalStatus.WITHDRAWN;
        p.withdrawnAt = now;
        p.updatedAt = now;
        event(p, "WITHDRAWN", null, actor.user(), now);
        if (running) {
            workflow.withdrawn(p.id);
        }
        return view(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView get(Long id, Actor actor) {
        return view(readable(id, actor));
    }

    /** The proposal for an expert whose access the evaluation feature has already checked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView viewForEvaluation(Long id) {
        return view(Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EligibilityReport eligibility(Long id, Actor actor) {
        Proposal p = readable(id, actor);
        Instant now = clock.instant();
        ProposalContent content = p.content();
        ProposalFinance finance = finance(p.call, content);
        List<Violation> violations = new java.util.ArrayList<>();
        if (p.status == ProposalStatus.WITHDRAWN) {
            violations.add(new Violation(null, "proposal_withdrawn", "the proposal was withdrawn"));
        } else {
            violations.addAll(eligibility(p, p.call, content, finance, now));
        }
        return new EligibilityReport(p.id, violations.isEmpty(), violations, financeView(p.call, finance));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VersionView> versions(Long id, Actor actor) {
        Proposal p = readable(id, actor);
        return ProposalVersion.of(p.id).stream().map(v -> new VersionView(v.key.number(), v.requestedContribution,
                v.plannedSmeSupport, v.submittedBy, v.submittedAt, v.key.number() == p.currentVersion)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> list(String callIdentifier, PageRequest page, Actor actor) {
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

    // ---- the process's side --------------------------------------------------------------------

    /** A deadline's batch closed: every proposal submitted to it goes on to its re-check. */
    void onBatchClosed(@Observes CallLifecycleService.BatchClosed closed) {
        List<Proposal> submitted = Proposal.list("call.identifier = ?1 and deadlineIndex = ?2 and status = ?3",
                closed.callIdentifier(), closed.deadlineIndex(), ProposalStatus.SUBMITTED);
        Instant now = clock.instant();
        for (Proposal p : submitted) {
            event(p, "DEADLINE_PASSED", "batch of deadline " + closed.deadlineIndex() + " closed", null, now);
            workflow.deadlinePassed(p.id);
        }
        LOG.infof("Call %s, deadline %d: %d submitted proposal(s) go to the eligibility re-check",
                closed.callIdentifier(), closed.deadlineIndex(), submitted.size());
    }

    /** The re-check after the deadline (admissibility and eligibility of the submitted version). */
    public boolean recheckAfterDeadline(Long id) {
        Proposal p = Proposal.byIdForUpdate(id).orElseThrow();
        if (p.status == ProposalStatus.ELIGIBLE) {
            return true; // a retried job: already re-checked
        }
        if (p.status == ProposalStatus.INELIGIBLE) {
            return false;
        }
        ProposalVersion submitted = ProposalVersion.find(p.id, p.currentVersion).orElseThrow();
        ProposalContent content = read(submitted.content);
        ProposalFinance finance = finance(p.call, content);
        // the deadline itself is not re-checked: the version was accepted before it
        List<Violation> violations = eligibility(p, p.call, content, finance, null);
        Instant now = clock.instant();
        p.status = violations.isEmpty() ? ProposalStatus.ELIGIBLE : ProposalStatus.INELIGIBLE;
        p.updatedAt = now;
        event(p, violations.isEmpty() ? "ELIGIBILITY_CONFIRMED" : "FOUND_INELIGIBLE",
                violations.isEmpty() ? "version " + p.currentVersion + " is admissible and eligible; awaiting evaluation"
                        : violations.stream().map(Violation::code).toList().toString(), null, now);
        return violations.isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private List<Violation> eligibility(Proposal p, Call call, ProposalContent content, ProposalFinance finance,
                                       Instant now) {
        Map<Long, Organisation> orgs = organisations(content);
        boolean invited = p.stage == 2 && Proposal.count("call.id = ?1 and coordinatorId = ?2 and stage = 1 and status = ?3",
                call.id, p.coordinatorId, ProposalStatus.INVITED_TO_STAGE_2) > 0;
        Instant deadline = call.deadlines.get(p.deadlineIndex).at;
        Instant checkedAt = now == null ? deadline : now; // the re-check judges the version as at its deadline
        return ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content, finance, call, orgs,
                deadline, checkedAt, p.stage, invited));
    }

    private void validateContent(ProposalContent content, Long coordinator) {
        if (content == null) {
            throw DomainException.malformed("malformed_request", "the request needs a JSON body", List.of());
        }
        Violations v = new Violations().addAll(ProposalContentPolicy.check(content, organisations(content).keySet()));
        if (coordinator != null && content.coordinator() != null && !coordinator.equals(content.coordinator())) {
            v.add("coordinator", "coordinator_cannot_change", "the coordinator of a proposal does not change");
        }
        v.throwIfAny("invalid_proposal", "the proposal content breaks rules");
    }

    private static Map<Long, Organisation> organisations(ProposalContent content) {
        Set<Long> ids = new HashSet<>();
        if (content.coordinator() != null) {
            ids.add(content.coordinator());
        }
        content.partnersOrEmpty().forEach(p -> {
            if (p != null && p.organisation() != null) {
                ids.add(p.organisation());
            }
        });
        Map<Long, Organisation> result = new HashMap<>();
        if (!ids.isEmpty()) {
            Organisation.<Organisation>list("id in ?1", ids).forEach(o -> result.put(o.id, o));
        }
        return result;
    }

    private static ProposalFinance finance(Call call, ProposalContent content) {
        return ProposalFinance.of(content.budgetOrEmpty(), call.fstpFundingRate, call.otherFundingRate);
    }

    private static int nextDeadline(Call call, Instant now) {
        for (int i = 0; i < call.deadlines.size(); i++) {
            if (!now.isAfter(call.deadlines.get(i).at)) {
                return i;
            }
        }
        return call.deadlines.size() - 1;
    }

    private void requireEditable(Proposal p, Instant now) {
        requireNotWithdrawnOrLocked(p);
        if (now.isAfter(p.call.deadlines.get(p.deadlineIndex).at)
                && !(p.status == ProposalStatus.DRAFT && p.call.submissionModel == SubmissionModel.MULTIPLE_CUTOFFS
                && p.call.statusAt(now) == CallStatus.OPEN)) {
            throw DomainException.conflict("proposal_locked", "the deadline has passed; the proposal is locked");
        }
    }

    private static void requireNotWithdrawnOrLocked(Proposal p) {
        if (p.status == ProposalStatus.WITHDRAWN) {
            throw DomainException.conflict("proposal_withdrawn", "the proposal was withdrawn");
        }
        if (p.isLockedAfterDeadline()) {
            throw DomainException.conflict("proposal_locked", "the deadline has passed; the proposal is locked");
        }
    }

    private static void requireCoordinatorMember(Proposal p, Actor actor) {
        if (!OrganisationMember.isMember(actor.user(), p.coordinatorId)) {
            throw DomainException.forbidden("not_a_coordinator_member", "only members of the coordinating organisation submit or withdraw the proposal", List.of());
        }
    }

    /** The proposal if the actor may read it; otherwise 404, so that other consortia learn nothing. */
    private static Proposal readable(Long id, Actor actor) {
        Proposal p = Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id));
        if (!actor.officer() && !OrganisationMember.isMemberOfAny(actor.user(), p.organisationIds())) {
            throw DomainException.notFound("proposal", String.valueOf(id));
        }
        return p;
    }

    private static Proposal lockedForConsortium(Long id, Actor actor) {
        Proposal p = Proposal.byIdForUpdate(id).orElseThrow(() -> DomainException.notFound("proposal", "" + id));
        if (!OrganisationMember.isMemberOfAny(actor.user(), p.organisationIds())) {
            throw DomainException.notFound("proposal", String.valueOf(id));
        }
        return p;
    }

    /** Evaluation moves a proposal on; its timeline records the step. */
    public void advance(Proposal p, ProposalStatus status, String step, String detail, String actor) {
        Instant now = clock.instant();
        p.status = status;
        p.updatedAt = now;
        event(p, step, detail, actor, now);
    }

    private void event(Proposal p, String step, String detail, String actor, Instant now) {
        new ProposalEvent(p.id, step, detail, actor, now).persist();
    }

    private ProposalView view(Proposal p) {
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
                content.workPackagesOrEmpty(), financeView(p.call, finance(p.call, content)), p.currentVersion,
                p.submittedAt, p.withdrawnAt, workflow.currentStep(p.id).orElse(null),
                ProposalEvent.of(p.id).stream().map(e -> new ProposalView.Step(e.step, e.detail, e.actor, e.occurredAt))
                        .toList(), p.createdAt, p.updatedAt);
    }

    private static ProposalView.Finance financeView(Call call, ProposalFinance f) {
        return new ProposalView.Finance(io.grantflow.shared.money.Money.CURRENCY, f.fstpCosts(), f.otherCosts(),
                f.totalCosts(), call.fstpFundingRate, call.otherFundingRate, f.requestedContribution(),
                f.plannedSmeSupport(), f.plannedSmeSharePercent(), call.minSmeShare);
    }

    private String canonical(ProposalContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProposalContent read(String canonical) {
        try {
            return json.readValue(canonical, ProposalContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
