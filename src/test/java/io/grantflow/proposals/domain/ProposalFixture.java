package io.grantflow.proposals.domain;

import io.grantflow.calls.domain.ActionType;
import io.grantflow.calls.domain.Call;
import io.grantflow.calls.domain.Criterion;
import io.grantflow.calls.domain.Deadline;
import io.grantflow.calls.domain.RequiredOrganisationType;
import io.grantflow.calls.domain.SubmissionModel;
import io.grantflow.organisations.domain.Organisation;
import io.grantflow.organisations.domain.OrganisationType;
import io.grantflow.shared.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls, organisations and proposals in every state, without a database (in the style of
 * ddd-by-examples' PatronFixture). A proposal in a later state got there through the business acts.
 */
public final class ProposalFixture {

    public static final Instant OPENS = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant DEADLINE = Instant.parse("2026-06-02T15:00:00Z");
    public static final Instant BEFORE_DEADLINE = DEADLINE.minusSeconds(3600);
    public static final Instant AFTER_DEADLINE = DEADLINE.plusSeconds(3600);

    private ProposalFixture() {
    }

    private static final class TestCall extends Call {
    }

    private static final class TestOrganisation extends Organisation {
    }

    /** A Euroclusters-like call: 3 cluster organisations from 3 countries, FSTP at 100%, 75% to SMEs. */
    public static Call euroclustersCall() {
        Call call = new TestCall();
        call.id = 1L;
        call.identifier = "EUROCLUSTERS-2026";
        call.actionType = ActionType.BUDGET_BASED_GRANT;
        call.submissionModel = SubmissionModel.SINGLE_STAGE;
        call.budget = Money.eur("10000000.00");
        call.maxGrant = Money.eur("2000000.00");
        call.fstpFundingRate = new BigDecimal("100");
        call.otherFundingRate = new BigDecimal("100");
        call.minSmeShare = new BigDecimal("75");
        call.opensAt = OPENS;
        call.deadlines.add(new Deadline("single", DEADLINE, null));
        call.minPartners = 3;
        call.minCountries = 3;
        call.requiredOrganisationTypes.add(new RequiredOrganisationType(OrganisationType.CLUSTER_ORGANISATION, 3));
        call.criteria.add(new Criterion("Excellence", BigDecimal.ONE, new BigDecimal("3")));
        call.criteria.add(new Criterion("Impact", BigDecimal.ONE, new BigDecimal("3")));
        call.criteria.add(new Criterion("Implementation", BigDecimal.ONE, new BigDecimal("3")));
        call.overallThreshold = new BigDecimal("10");
        return call;
    }

    /** A validated cluster organisation. */
    public static Organisation cluster(long id, String country) {
        Organisation o = organisation(id, country, OrganisationType.CLUSTER_ORGANISATION);
        o.validate("officer", OPENS);
        return o;
    }

    public static Organisation organisation(long id, String country, OrganisationType type) {
        Organisation o = new TestOrganisation();
        o.id = id;
        o.legalName = "Organisation " + id;
        o.country = country;
        o.type = type;
        return o;
    }

    /** Three validated clusters from Belgium, France and Germany. */
    public static Map<Long, Organisation> threeClusters() {
        Map<Long, Organisation> orgs = new HashMap<>();
        orgs.put(1L, cluster(1, "BE"));
        orgs.put(2L, cluster(2, "FR"));
        orgs.put(3L, cluster(3, "DE"));
        return orgs;
    }

    /** Coordinator 1 with partners 2 and 3; 80,000 FSTP and 20,000 other costs each: 80% to SMEs. */
    public static ProposalContent consortiumOf(Long coordinator, Long... partners) {
        List<Long> all = new java.util.ArrayList<>();
        all.add(coordinator);
        all.addAll(List.of(partners));
        return new ProposalContent("ECL", "Euroclusters for resilience", "abstract", List.of(), coordinator,
                List.of(partners).stream().map(p -> new ProposalContent.Partner(p, PartnerRole.PARTNER)).toList(),
                List.of(), all.stream().map(o -> new ProposalContent.BudgetLine(o, Money.eur("20000.00"), Money.ZERO,
                        Money.ZERO, Money.ZERO, Money.eur("80000.00"), Money.ZERO)).toList());
    }

    public static ProposalContent eligibleContent() {
        return consortiumOf(1L, 2L, 3L);
    }

    public static ProposalFinance financeOf(Call call, ProposalContent content) {
        return ProposalFinance.of(content.budgetOrEmpty(), call.fstpFundingRate, call.otherFundingRate);
    }

    /** What the eligibility policy is asked at submission, just before the deadline. */
    public static ProposalEligibilityPolicy.Input submissionOf(ProposalContent content, Map<Long, Organisation> orgs) {
        Call call = euroclustersCall();
        return new ProposalEligibilityPolicy.Input(content, financeOf(call, content), call, orgs, DEADLINE,
                BEFORE_DEADLINE, 1, false);
    }

    // ---- proposals in each state, reached through the acts ---------------------------------------

    public static Proposal draftProposal() {
        Call call = euroclustersCall();
        ProposalContent content = eligibleContent();
        Proposal p = Proposal.draft(call, 1, 0, content, financeOf(call, content), "applicant", OPENS);
        p.id = 42L;
        return p;
    }

    public static Proposal submittedProposal() {
        Proposal p = draftProposal();
        p.submit(BEFORE_DEADLINE);
        return p;
    }

    public static Proposal eligibleProposal() {
        Proposal p = submittedProposal();
        p.markEligible(AFTER_DEADLINE);
        return p;
    }

    public static Proposal ineligibleProposal() {
        Proposal p = submittedProposal();
        p.markIneligible(AFTER_DEADLINE);
        return p;
    }

    public static Proposal proposalUnderEvaluation() {
        Proposal p = eligibleProposal();
        p.startEvaluation(AFTER_DEADLINE);
        return p;
    }

    public static Proposal evaluatedProposal() {
        Proposal p = proposalUnderEvaluation();
        p.agreeConsensus(AFTER_DEADLINE);
        return p;
    }

    public static Proposal rankedProposal(ProposalStatus outcome) {
        Proposal p = evaluatedProposal();
        p.rank(outcome, AFTER_DEADLINE);
        return p;
    }

    public static Proposal withdrawnProposal() {
        Proposal p = submittedProposal();
        p.withdraw(BEFORE_DEADLINE);
        return p;
    }
}
