package io.grantflow.evaluation.api;

import io.grantflow.evaluation.domain.EvaluationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The consensus of one proposal for the rapporteur: per criterion the individual scores (once every
 * individual evaluation is in), their spread, a flag where experts differ by 2 points or more, and the
 * consensus score and comment drafted so far. {@code total} is the weighted sum, once agreed.
 */
public record ConsensusView(Long proposalId, String call, String acronym, int stage, EvaluationStatus status,
                            int expertsRequired, int submitted, String rapporteur, Instant consensusOpenedAt,
                            Instant agreedAt, BigDecimal total, List<CriterionConsensus> criteria) {

    public record CriterionConsensus(String criterion, BigDecimal weight, BigDecimal threshold,
                                     List<Individual> individual, BigDecimal min, BigDecimal max, BigDecimal spread,
                                     BigDecimal average, boolean divergent, BigDecimal score, String comment) {
    }

    public record Individual(Long assignmentId, String expert, BigDecimal score, String comment) {
    }
}
