package io.grantflow.proposals.application;

import io.grantflow.proposals.api.EligibilityReport;
import io.grantflow.calls.application.CallLifecycleService;
import io.grantflow.calls.domain.Call;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.proposals.domain.Proposal;
import io.grantflow.proposals.domain.ProposalContent;
import io.grantflow.proposals.domain.ProposalEligibilityPolicy;
import io.grantflow.proposals.domain.ProposalFinance;
import io.grantflow.proposals.domain.ProposalStatus;
import io.grantflow.proposals.domain.ProposalVersion;
import io.grantflow.shared.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Eligibility: what submitting would say now, and the re-check of the submitted version when its
 * deadline's batch closes (proposal-lifecycle.bpmn).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProposalEligibility {

    private static final Logger LOG = Logger.getLogger(ProposalEligibility.class);

    @Inject
    Clock clock;

    @Inject
    ProposalWorkflow workflow;

    @Inject
    ProposalTimeline timeline;

    @Inject
    ContentJson json;

    @Transactional(Transactional.TxType.SUPPORTS)
    public EligibilityReport report(Long id, ProposalAccess.Actor actor) {
        Proposal p = ProposalAccess.readable(id, actor);
        ProposalContent content = p.content();
        ProposalFinance finance = finance(p.call, content);
        List<Violation> violations = new ArrayList<>();
        if (p.status == ProposalStatus.WITHDRAWN) {
            violations.add(new Violation(null, "proposal_withdrawn", "the proposal was withdrawn"));
        } else {
            violations.addAll(violations(p, p.call, content, finance, clock.instant()));
        }
        return new EligibilityReport(p.id, violations.isEmpty(), violations, ProposalQueries.financeView(p.call, finance));
    }

    /** A deadline's batch closed: every proposal submitted to it goes on to its re-check. */
    void onBatchClosed(@Observes CallLifecycleService.BatchClosed closed) {
        List<Proposal> submitted = Proposal.list("call.identifier = ?1 and deadlineIndex = ?2 and status = ?3",
                closed.callIdentifier(), closed.deadlineIndex(), ProposalStatus.SUBMITTED);
        Instant now = clock.instant();
        for (Proposal p : submitted) {
            timeline.record(p, "DEADLINE_PASSED", "batch of deadline " + closed.deadlineIndex() + " closed", null, now);
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
        ProposalContent content = json.read(submitted.content);
        // the deadline itself is not re-checked: the version was accepted before it
        List<Violation> violations = violations(p, p.call, content, finance(p.call, content), null);
        Instant now = clock.instant();
        if (violations.isEmpty()) {
            p.markEligible(now);
            timeline.record(p, "ELIGIBILITY_CONFIRMED", "version " + p.currentVersion
                    + " is admissible and eligible; awaiting evaluation", null, now);
        } else {
            p.markIneligible(now);
            timeline.record(p, "FOUND_INELIGIBLE", violations.stream().map(Violation::code).toList().toString(), null, now);
        }
        return violations.isEmpty();
    }

    /** Every eligibility rule for the content; {@code now} null judges it as at its deadline (the re-check). */
    @Transactional(Transactional.TxType.SUPPORTS) // also read by the report, outside a transaction
    List<Violation> violations(Proposal p, Call call, ProposalContent content, ProposalFinance finance, Instant now) {
        boolean invited = p.stage == 2 && Proposal.count("call.id = ?1 and coordinatorId = ?2 and stage = 1 and status = ?3",
                call.id, p.coordinatorId, ProposalStatus.INVITED_TO_STAGE_2) > 0;
        Instant deadline = call.deadlines.get(p.deadlineIndex).at;
        Instant checkedAt = now == null ? deadline : now;
        return ProposalEligibilityPolicy.check(new ProposalEligibilityPolicy.Input(content, finance, call,
                organisations(content), deadline, checkedAt, p.stage, invited));
    }

    static ProposalFinance finance(Call call, ProposalContent content) {
        return ProposalFinance.of(content.budgetOrEmpty(), call.fstpFundingRate, call.otherFundingRate);
    }

    static Map<Long, Organisation> organisations(ProposalContent content) {
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
}
