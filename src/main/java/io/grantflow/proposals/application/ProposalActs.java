package io.grantflow.proposals.application;

import io.grantflow.proposals.domain.Proposal;
import io.grantflow.shared.time.Brussels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What other features tell a proposal (published by the proposals feature): its evaluation started,
 * its consensus was agreed, a ranking placed it, a grant was offered, signed or ended. Each act is a
 * method of {@link Proposal} that refuses an illegal step, and leaves one step in the timeline.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProposalActs {

    @Inject
    Clock clock;

    @Inject
    ProposalTimeline timeline;

    @Inject
    RankedProposals rankedProposals;

    /** Every evaluation slot has an expert: the evaluation runs until {@code due}. */
    public void evaluationStarted(Proposal p, int experts, Instant due) {
        Instant now = clock.instant();
        p.startEvaluation(now);
        timeline.record(p, "EVALUATION_STARTED", experts + " experts; due " + Brussels.format(due), null, now);
    }

    /** The rapporteur agreed the consensus with this weighted total. */
    public void consensusAgreed(Proposal p, BigDecimal total, String officer) {
        Instant now = clock.instant();
        p.agreeConsensus(now);
        timeline.record(p, "CONSENSUS_AGREED", "total " + total.stripTrailingZeros().toPlainString(), officer, now);
    }

    /** A ranking placed a batch of proposals (in JDBC batches: a batch may hold thousands). */
    public void ranked(List<RankedProposals.Rank> ranks, String officer) {
        rankedProposals.record(ranks, officer, clock.instant());
    }

    /** A grant was offered to the proposal (a reserve-list proposal moves up to the main list). */
    public void grantOffered(Proposal p, String grantNumber, boolean fromReserve, String officer) {
        Instant now = clock.instant();
        p.offerGrant(now);
        timeline.record(p, "GRANT_OFFERED", "grant " + grantNumber + (fromReserve ? " (from the reserve list)" : ""),
                officer, now);
    }

    /** The coordinator signed the grant offered to the proposal. */
    public void grantSigned(Long proposalId, String grantNumber, String user) {
        Proposal p = Proposal.findById(proposalId);
        Instant now = clock.instant();
        p.signGrant(now);
        timeline.record(p, "GRANT_SIGNED", grantNumber, user, now);
    }

    /** The grant was declined or terminated ({@code ending}, e.g. DECLINED); the proposal keeps its place. */
    public void grantEnded(Long proposalId, String ending, String grantNumber, String reason, String user) {
        Proposal p = Proposal.findById(proposalId);
        Instant now = clock.instant();
        p.endGrant(now);
        timeline.record(p, "GRANT_" + ending, grantNumber + (reason == null ? "" : ": " + reason), user, now);
    }
}
