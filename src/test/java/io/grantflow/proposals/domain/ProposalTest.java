package io.grantflow.proposals.domain;

import io.grantflow.shared.problem.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.function.Supplier;

import static io.grantflow.proposals.domain.ProposalFixture.AFTER_DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.BEFORE_DEADLINE;
import static io.grantflow.proposals.domain.ProposalFixture.draftProposal;
import static io.grantflow.proposals.domain.ProposalFixture.eligibleProposal;
import static io.grantflow.proposals.domain.ProposalFixture.evaluatedProposal;
import static io.grantflow.proposals.domain.ProposalFixture.ineligibleProposal;
import static io.grantflow.proposals.domain.ProposalFixture.proposalUnderEvaluation;
import static io.grantflow.proposals.domain.ProposalFixture.rankedProposal;
import static io.grantflow.proposals.domain.ProposalFixture.submittedProposal;
import static io.grantflow.proposals.domain.ProposalFixture.withdrawnProposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every business act of a proposal: where it may happen, what it changes, and the refusal elsewhere. */
class ProposalTest {

    private static void refused(Supplier<Proposal> given, java.util.function.Consumer<Proposal> act, String code) {
        Proposal p = given.get();
        ProposalStatus before = p.status;
        assertThatThrownBy(() -> act.accept(p)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo(code);
        });
        assertThat(p.status).isEqualTo(before);
    }

    // ---- submit ----

    @Test
    void aDraftIsSubmittedAsItsFirstVersion() {
        Proposal p = draftProposal();
        assertThat(p.submit(BEFORE_DEADLINE)).isTrue();
        assertThat(p.status).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(p.currentVersion).isEqualTo(1);
        assertThat(p.submittedAt).isEqualTo(BEFORE_DEADLINE);
    }

    @Test
    void aResubmissionAddsAVersion() {
        Proposal p = submittedProposal();
        assertThat(p.submit(BEFORE_DEADLINE.plusSeconds(60))).isFalse();
        assertThat(p.currentVersion).isEqualTo(2);
        assertThat(p.status).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void aWithdrawnProposalIsNotSubmitted() {
        refused(ProposalFixture::withdrawnProposal, p -> p.submit(BEFORE_DEADLINE), "proposal_withdrawn");
    }

    @Test
    void aProposalRecheckedAfterItsDeadlineIsLocked() {
        refused(ProposalFixture::eligibleProposal, p -> p.submit(AFTER_DEADLINE), "proposal_locked");
        refused(ProposalFixture::ineligibleProposal, p -> p.submit(AFTER_DEADLINE), "proposal_locked");
        refused(() -> rankedProposal(ProposalStatus.INVITED_TO_STAGE_2), p -> p.submit(AFTER_DEADLINE), "proposal_locked");
    }

    @Test
    void onlyADraftJoinsAnotherCutOffsBatch() {
        Proposal draft = draftProposal();
        draft.joinBatch(2);
        assertThat(draft.deadlineIndex).isEqualTo(2);
        refused(ProposalFixture::submittedProposal, p -> p.joinBatch(2), "proposal_not_draft");
    }

    // ---- withdraw ----

    @Test
    void aSubmittedProposalIsWithdrawnAndItsProcessEnds() {
        Proposal p = submittedProposal();
        assertThat(p.withdraw(BEFORE_DEADLINE)).isTrue();
        assertThat(p.status).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(p.withdrawnAt).isEqualTo(BEFORE_DEADLINE);
    }

    @Test
    void aDraftOrAnIneligibleProposalHasNoProcessToEnd() {
        assertThat(draftProposal().withdraw(BEFORE_DEADLINE)).isFalse();
        assertThat(ineligibleProposal().withdraw(AFTER_DEADLINE)).isFalse();
        assertThat(proposalUnderEvaluation().withdraw(AFTER_DEADLINE)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"MAIN_LIST", "RESERVE_LIST", "REJECTED", "INVITED_TO_STAGE_2", "NOT_INVITED"})
    void aRankedProposalIsNotWithdrawn(ProposalStatus outcome) {
        refused(() -> rankedProposal(outcome), p -> p.withdraw(AFTER_DEADLINE), "proposal_ranked");
    }

    @Test
    void aWithdrawnProposalIsNotWithdrawnTwice() {
        refused(ProposalFixture::withdrawnProposal, p -> p.withdraw(AFTER_DEADLINE), "proposal_withdrawn");
    }

    // ---- the re-check after the deadline ----

    @Test
    void theRecheckMarksASubmittedProposalEligibleOrNot() {
        assertThat(eligibleProposal().status).isEqualTo(ProposalStatus.ELIGIBLE);
        assertThat(ineligibleProposal().status).isEqualTo(ProposalStatus.INELIGIBLE);
        assertThat(eligibleProposal().updatedAt).isEqualTo(AFTER_DEADLINE);
    }

    @Test
    void onlyASubmittedProposalIsRechecked() {
        refused(ProposalFixture::draftProposal, p -> p.markEligible(AFTER_DEADLINE), "proposal_not_submitted");
        refused(ProposalFixture::withdrawnProposal, p -> p.markIneligible(AFTER_DEADLINE), "proposal_not_submitted");
        refused(ProposalFixture::eligibleProposal, p -> p.markIneligible(AFTER_DEADLINE), "proposal_not_submitted");
    }

    // ---- evaluation and consensus ----

    @Test
    void anEligibleProposalIsEvaluatedThenItsConsensusAgreed() {
        Proposal p = eligibleProposal();
        p.startEvaluation(AFTER_DEADLINE);
        assertThat(p.status).isEqualTo(ProposalStatus.UNDER_EVALUATION);
        p.agreeConsensus(AFTER_DEADLINE);
        assertThat(p.status).isEqualTo(ProposalStatus.EVALUATED);
    }

    @Test
    void onlyAnEligibleProposalStartsItsEvaluation() {
        refused(ProposalFixture::submittedProposal, p -> p.startEvaluation(AFTER_DEADLINE), "proposal_not_eligible");
        refused(ProposalFixture::ineligibleProposal, p -> p.startEvaluation(AFTER_DEADLINE), "proposal_not_eligible");
        refused(ProposalFixture::proposalUnderEvaluation, p -> p.startEvaluation(AFTER_DEADLINE), "proposal_not_eligible");
    }

    @Test
    void onlyAProposalUnderEvaluationGetsAConsensus() {
        refused(ProposalFixture::eligibleProposal, p -> p.agreeConsensus(AFTER_DEADLINE), "proposal_not_under_evaluation");
        refused(ProposalFixture::evaluatedProposal, p -> p.agreeConsensus(AFTER_DEADLINE), "proposal_not_under_evaluation");
        refused(() -> {
            Proposal p = proposalUnderEvaluation();
            p.withdraw(AFTER_DEADLINE);
            return p;
        }, p -> p.agreeConsensus(AFTER_DEADLINE), "proposal_not_under_evaluation");
    }

    // ---- ranking ----

    @ParameterizedTest
    @EnumSource(value = ProposalStatus.class, names = {"MAIN_LIST", "RESERVE_LIST", "REJECTED", "INVITED_TO_STAGE_2", "NOT_INVITED"})
    void anEvaluatedProposalIsRankedAndRankedAgainUntilTheAward(ProposalStatus outcome) {
        Proposal p = rankedProposal(outcome);
        assertThat(p.status).isEqualTo(outcome);
        p.rank(ProposalStatus.RESERVE_LIST, AFTER_DEADLINE);
        assertThat(p.status).isEqualTo(ProposalStatus.RESERVE_LIST);
    }

    @Test
    void aProposalWithoutAnAgreedConsensusIsNotRanked() {
        refused(ProposalFixture::proposalUnderEvaluation, p -> p.rank(ProposalStatus.MAIN_LIST, AFTER_DEADLINE),
                "proposal_not_rankable");
        refused(ProposalFixture::withdrawnProposal, p -> p.rank(ProposalStatus.MAIN_LIST, AFTER_DEADLINE),
                "proposal_not_rankable");
    }

    @Test
    void aRankingPlacesOnlyToARankedStatus() {
        Proposal p = evaluatedProposal();
        assertThatThrownBy(() -> p.rank(ProposalStatus.ELIGIBLE, AFTER_DEADLINE)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- the grant ----

    @Test
    void aMainListProposalIsOfferedAGrantSignedAndEnded() {
        Proposal p = rankedProposal(ProposalStatus.MAIN_LIST);
        p.offerGrant(AFTER_DEADLINE);
        p.signGrant(AFTER_DEADLINE);
        p.endGrant(AFTER_DEADLINE);
        assertThat(p.status).isEqualTo(ProposalStatus.MAIN_LIST);
    }

    @Test
    void aReserveListProposalMovesUpWhenOfferedAGrant() {
        Proposal p = rankedProposal(ProposalStatus.RESERVE_LIST);
        p.offerGrant(AFTER_DEADLINE);
        assertThat(p.status).isEqualTo(ProposalStatus.MAIN_LIST);
    }

    @Test
    void noGrantForAProposalOffTheLists() {
        refused(() -> rankedProposal(ProposalStatus.REJECTED), p -> p.offerGrant(AFTER_DEADLINE), "proposal_not_on_a_list");
        refused(ProposalFixture::evaluatedProposal, p -> p.offerGrant(AFTER_DEADLINE), "proposal_not_on_a_list");
        refused(() -> rankedProposal(ProposalStatus.RESERVE_LIST), p -> p.signGrant(AFTER_DEADLINE), "proposal_not_offered");
        refused(() -> rankedProposal(ProposalStatus.NOT_INVITED), p -> p.endGrant(AFTER_DEADLINE), "proposal_not_offered");
    }
}
