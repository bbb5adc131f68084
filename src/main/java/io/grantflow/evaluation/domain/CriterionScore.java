package io.grantflow.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * A score (0–5 in half points) and a comment for one criterion: an expert's ({@link Score}) or the
 * consensus ({@link ConsensusScore}). A draft may hold either alone; {@link ScoringPolicy} judges them.
 */
@Embeddable
public class CriterionScore {

    @Column(name = "score")
    public BigDecimal score;

    @Column(name = "comment")
    public String comment;

    public CriterionScore() {
    }

    /** A draft's entry replaces the score and the comment it gives; what it leaves out (null) stays. */
    public void write(ScoringPolicy.Entry entry) {
        if (entry.score() != null) {
            score = entry.score();
        }
        if (entry.comment() != null) {
            comment = entry.comment();
        }
    }

    public ScoringPolicy.Entry entry(String criterion) {
        return new ScoringPolicy.Entry(criterion, score, comment);
    }
}
