package io.grantflow.evaluation.api;

import java.util.List;

/**
 * What {@code POST /api/calls/{identifier}/assignments} did: created assignments, evaluations
 * started (every slot filled), and proposals still short of experts.
 */
public record AssignmentRun(int proposals, int created, int expertsPerProposal, int evaluationsStarted,
                            List<Shortfall> shortfalls) {

    public record Shortfall(Long proposal, int assigned, int needed) {
    }
}
