package io.grantflow.evaluation.domain;

import io.grantflow.calls.domain.Criterion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Assignments, evaluations and scores in each state, reached through their acts, without a database. */
public final class EvaluationFixture {

    public static final Instant STARTED = Instant.parse("2026-06-10T08:00:00Z");
    public static final Instant LATER = STARTED.plusSeconds(86_400);

    private EvaluationFixture() {
    }

    public static Assignment newAssignment() {
        return new Assignment(42L, 7L, 0, STARTED);
    }

    public static Assignment acceptedAssignment() {
        Assignment a = newAssignment();
        a.declareNoConflict(LATER);
        return a;
    }

    public static Assignment submittedAssignment() {
        Assignment a = acceptedAssignment();
        a.submit(LATER);
        return a;
    }

    public static Assignment conflictedAssignment() {
        Assignment a = newAssignment();
        a.declareConflict("I advise the coordinator", LATER);
        return a;
    }

    public static ProposalEvaluation individualEvaluation() {
        return new ProposalEvaluation(42L, 1L, 0, 3, STARTED, STARTED.plusSeconds(14 * 86_400L),
                STARTED.plusSeconds(11 * 86_400L));
    }

    public static ProposalEvaluation evaluationInConsensus() {
        ProposalEvaluation e = individualEvaluation();
        e.openConsensus(LATER);
        return e;
    }

    public static ProposalEvaluation agreedEvaluation() {
        ProposalEvaluation e = evaluationInConsensus();
        e.agree("rapporteur", new BigDecimal("12.000"), LATER);
        return e;
    }

    /** Excellence (weight 1.50), Impact (1.00), Implementation (0.50); threshold 3 each. */
    public static List<Criterion> weightedCriteria() {
        return List.of(new Criterion("Excellence", new BigDecimal("1.50"), new BigDecimal("3")),
                new Criterion("Impact", new BigDecimal("1.00"), new BigDecimal("3")),
                new Criterion("Implementation", new BigDecimal("0.50"), new BigDecimal("3")));
    }

    public static ScoringPolicy.Entry entry(String criterion, String score, String comment) {
        return new ScoringPolicy.Entry(criterion, score == null ? null : new BigDecimal(score), comment);
    }

    public static Map<String, ScoringPolicy.Entry> completeScores() {
        return Map.of("Excellence", entry("Excellence", "4.5", "A convincing, well-argued concept."),
                "Impact", entry("Impact", "3.5", "Credible pathways to impact."),
                "Implementation", entry("Implementation", "4.0", "A sound work plan and team."));
    }
}
