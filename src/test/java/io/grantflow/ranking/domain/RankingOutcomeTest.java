package io.grantflow.ranking.domain;

import io.grantflow.proposals.domain.ProposalStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A ranking's outcome is what the proposal becomes: each outcome names a ranked proposal status. */
class RankingOutcomeTest {

    @Test
    void everyOutcomeIsARankedProposalStatus() {
        for (RankingOutcome outcome : RankingOutcome.values()) {
            assertThat(ProposalStatus.valueOf(outcome.name()).isRanked()).as(outcome.name()).isTrue();
        }
    }

    @Test
    void aRankedProposalCanBeRankedAgainUntilTheAward() {
        for (RankingOutcome outcome : RankingOutcome.values()) {
            assertThat(ProposalStatus.RANKABLE).contains(ProposalStatus.valueOf(outcome.name()));
        }
        assertThat(ProposalStatus.RANKABLE).contains(ProposalStatus.EVALUATED)
                .doesNotContainAnyElementsOf(ProposalStatus.AWAITING_CONSENSUS);
    }
}
