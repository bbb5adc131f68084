package io.grantflow.proposals.api;

import io.grantflow.shared.problem.Violation;

import java.util.List;

/** What submitting would say now, without submitting: {@code GET /api/proposals/{id}/eligibility}. */
public record EligibilityReport(Long proposal, boolean eligible, List<Violation> violations,
                                ProposalView.Finance finance) {
}
